using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>Cache-proofing in the manner of the .NET team's generators: tracked steps, reasons, and no Roslyn objects in models.</summary>
    public class IncrementalTests
    {
        private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

        [Fact]
        public void Editing_one_article_reruns_only_that_article()
        {
            var (driver, compilation, texts) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);

            var old = texts[2];
            var edited = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString() + "\nLukashenko said that the talks had been useful for everyone.\n");
            driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);

            var extracted = Reasons(driver, TrackingNames.Extracted);
            Assert.Equal(5, extracted.Length);
            Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(4, extracted.Count(r => r == IncrementalStepRunReason.Cached));

            // The other articles' emit models are recomputed against the new corpus but come out equal, so their sources are not regenerated.
            var emit = Reasons(driver, TrackingNames.ArticleEmit);
            Assert.Equal(1, emit.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(4, emit.Count(r => r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached));
        }

        /// <summary>Twenty copies of the seeds, each moved to other years (so their events stay apart): about 200 events, so the
        /// events are emitted in several chunks.</summary>
        private static List<(string Path, string Text)> ManyArticles()
        {
            var list = new List<(string, string)>();
            for (int k = 0; k < 20; k++)
                foreach (var (path, text) in GeneratorHarness.Seeds())
                {
                    var shifted = text;
                    for (int y = 2019; y >= 2010; y--) shifted = shifted.Replace(y.ToString(), (y + 20 * (k + 1)).ToString());
                    list.Add((path.Replace(".txt", "_" + k.ToString("00") + ".txt"), shifted));
                }
            return list;
        }

        [Fact]
        public void Adding_a_statement_leaves_linking_cached_and_regenerates_at_most_one_chunk_of_events()
        {
            var (driver, compilation, texts) = GeneratorHarness.Create(ManyArticles());
            driver = driver.RunGenerators(compilation);
            int files = driver.GetRunResult().Results.Single().GeneratedSources.Length;
            Assert.True(driver.GetRunResult().Results.Single().GeneratedSources.Count(s => s.HintName.StartsWith("SeedGen.Corpus.Events.", StringComparison.Ordinal)) > 2,
                "the events should be split into several chunk files");

            // a new quote by someone the article already quotes: no new name, place or event
            var old = texts[7];
            string text = old.GetText()!.ToString();
            var before = SeedGen.Extraction.ArticleExtractor.Extract("a.txt", text);
            string speaker = before.Statements.First(s => s.Speaker != null).Speaker!;
            string added = text + "\n\u201CWe will keep working on this,\u201D " + speaker + " said.\n";
            var after = SeedGen.Extraction.ArticleExtractor.Extract("a.txt", added);
            Assert.Equal(before.Statements.Count + 1, after.Statements.Count);
            Assert.Equal(SeedGen.Extraction.Corpus.ArticleFacts.Of(before).Link, SeedGen.Extraction.Corpus.ArticleFacts.Of(after).Link);
            driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, added)).RunGenerators(compilation);

            var facts = Reasons(driver, TrackingNames.Facts);
            Assert.Equal(1, facts.Count(r => r == IncrementalStepRunReason.Modified));
            // people, places, organisations and merged events did not change: the linking over all articles is not re-run
            Assert.All(Reasons(driver, TrackingNames.Links), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            var chunks = Reasons(driver, TrackingNames.EventChunks);
            Assert.True(chunks.Length > 2);
            Assert.True(chunks.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New) <= 1, string.Join(", ", chunks));
            Assert.Equal(files, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        }

        [Fact]
        public void Running_again_without_changes_is_fully_cached()
        {
            var (driver, compilation, _) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);
            driver = driver.RunGenerators(compilation);
            foreach (var step in new[] { TrackingNames.Files, TrackingNames.ArticleInputs, TrackingNames.Extracted, TrackingNames.Facts, TrackingNames.Links,
                TrackingNames.Corpus, TrackingNames.ArticleEmit, TrackingNames.EventChunks, TrackingNames.Lexicon })
                Assert.All(Reasons(driver, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        [Fact]
        public void Editing_csharp_code_does_not_rerun_extraction()
        {
            var (driver, compilation, _) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);
            var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserTypedThis { }"));
            driver = driver.RunGenerators(changed);
            Assert.All(Reasons(driver, TrackingNames.Extracted), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(Reasons(driver, TrackingNames.Corpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        [Fact]
        public void Adding_an_article_extracts_only_the_new_one()
        {
            var seeds = GeneratorHarness.Seeds();
            var (driver, compilation, _) = GeneratorHarness.Create(seeds.Take(4));
            driver = driver.RunGenerators(compilation);
            var added = seeds[4];
            driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + added.Path, added.Text)))
                .RunGenerators(compilation);
            var extracted = Reasons(driver, TrackingNames.Extracted);
            Assert.Equal(4, extracted.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.New));
        }

        [Fact]
        public void No_pipeline_step_holds_roslyn_objects()
        {
            var (driver, compilation, texts) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);
            var steps = driver.GetRunResult().Results.Single().TrackedSteps;
            Assert.NotEmpty(steps);
            var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
            Assert.Contains(TrackingNames.Extracted, steps.Keys);
            foreach (var (name, runs) in steps.Where(s => ours.Contains(s.Key)))
                foreach (var run in runs)
                    foreach (var (value, _) in run.Outputs)
                        AssertNoRoslyn(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        }

        private static readonly Type[] Banned =
        {
            typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(AdditionalText),
            typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions), typeof(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider),
            typeof(Location), typeof(Microsoft.CodeAnalysis.Text.SourceText),
        };

        private static void AssertNoRoslyn(object? value, string step, HashSet<object> seen, int depth)
        {
            if (value is null || depth > 12) return;
            var type = value.GetType();
            if (type.IsPrimitive || value is string || type.IsEnum) return;
            foreach (var banned in Banned)
                Assert.False(banned.IsInstanceOfType(value), $"step '{step}' holds a {type.FullName} ({banned.Name})");
            if (!type.IsValueType && !seen.Add(value)) return;
            if (value is IEnumerable e)
            {
                foreach (var item in e) AssertNoRoslyn(item, step, seen, depth + 1);
                if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
            }
            for (var t = type; t != null && t != typeof(object); t = t.BaseType)
                foreach (var f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    AssertNoRoslyn(f.GetValue(value), step + "." + f.Name, seen, depth + 1);
        }
    }
}
