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
                TrackingNames.Corpus, TrackingNames.ArticleEmit, TrackingNames.EventChunks, TrackingNames.ArticleChunks, TrackingNames.Lexicon })
                Assert.All(Reasons(driver, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }

        [Fact]
        public void Equal_but_new_inputs_are_cached_by_value()
        {
            // not the same objects run twice: new AdditionalText instances with equal text and a new compilation, as an IDE
            // hands the generator after a save that changed nothing; only value equality of the models keeps the steps cached
            var (driver, compilation, texts) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            var tree = CSharpSyntaxTree.ParseText("class UserCode { }");
            driver = driver.RunGenerators(compilation.AddSyntaxTrees(tree));
            foreach (var old in texts)
            {
                var copy = new InMemoryAdditionalText(old.Path, new string(old.GetText()!.ToString().AsSpan()));
                Assert.NotSame(old.GetText(), copy.GetText());
                driver = driver.ReplaceAdditionalText(old, copy);
            }
            var again = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserCode { }"));
            Assert.NotSame(compilation, again);
            driver = driver.RunGenerators(again);
            foreach (var step in new[] { TrackingNames.ArticleInputs, TrackingNames.Extracted, TrackingNames.Facts, TrackingNames.Links,
                TrackingNames.Corpus, TrackingNames.ArticleEmit, TrackingNames.ArticleChunks, TrackingNames.EventChunks })
                Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }

        [Fact]
        public void Editing_the_middle_of_an_article_shifts_spans_and_regenerates_its_chunk_only()
        {
            var many = ManyArticles();
            var (driver, compilation, texts) = GeneratorHarness.Create(many);
            driver = driver.RunGenerators(compilation);
            Assert.True(Reasons(driver, TrackingNames.ArticleChunks).Length > 4, "the articles should be split into several chunk files");

            // a new paragraph after the first one: every later statement and mention moves down two lines
            var old = texts[7];
            string text = old.GetText()!.ToString();
            int cut = text.IndexOf("\n\n", text.IndexOf('\n') + 2, StringComparison.Ordinal);
            Assert.True(cut > 0);
            string edited = text.Substring(0, cut) + "\n\nThe weather was mild for the time of year." + text.Substring(cut);
            var before = SeedGen.Extraction.ArticleExtractor.Extract("a.txt", text).Statements;
            var after = SeedGen.Extraction.ArticleExtractor.Extract("a.txt", edited).Statements;
            Assert.NotEmpty(after);
            Assert.All(after.Zip(before), p => Assert.Equal(p.Second.Span.Line + 2, p.First.Span.Line));

            driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, edited)).RunGenerators(compilation);
            var chunks = Reasons(driver, TrackingNames.ArticleChunks);
            Assert.Equal(1, chunks.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
            Assert.Equal(chunks.Length - 1, chunks.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

            // and the regenerated values carry the new lines
            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var asm = GeneratorHarness.Load(output);
            var all = (IReadOnlyList<SeedGen.Statement>)asm.GetType("Consumer.Corpus+Statements")!.GetProperty("All")!.GetValue(null)!;
            string file = old.Path.Substring(GeneratorHarness.ProjectDir.Length + 1);
            Assert.Equal(after.Select(s => s.Span.Line), all.Where(s => s.Source.File == file).Select(s => s.Source.Line));
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

        private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step, IncrementalStepRunReason reason) =>
            Reasons(driver, step).Where(r => r == reason).ToArray();

        private static int Count(GeneratorDriver driver, string step, params IncrementalStepRunReason[] reasons) =>
            Reasons(driver, step).Count(reasons.Contains);

        /// <summary>The generated sources and the generator's diagnostics, as text, in hint-name order.</summary>
        private static string Output(GeneratorDriver driver)
        {
            var result = driver.GetRunResult().Results.Single();
            return string.Join("\n", result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "// " + s.HintName + "\n" + s.SourceText))
                + string.Join("\n", result.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
        }

        /// <summary>What a fresh driver generates for these files, for comparing an incremental run with.</summary>
        private static string FreshOutput(IEnumerable<AdditionalText> texts)
        {
            var files = texts.Select(t => (t.Path.Substring(GeneratorHarness.ProjectDir.Length + 1), t.GetText()!.ToString())).ToList();
            var (driver, compilation, _) = GeneratorHarness.Create(files, trackSteps: false);
            return Output(driver.RunGenerators(compilation));
        }

        private static readonly IncrementalStepRunReason Cached = IncrementalStepRunReason.Cached, Unchanged = IncrementalStepRunReason.Unchanged,
            Modified = IncrementalStepRunReason.Modified, New = IncrementalStepRunReason.New, Removed = IncrementalStepRunReason.Removed;

        [Fact]
        public void Editing_one_article_recomputes_its_slice_only_and_equals_a_full_run()
        {
            var (driver, compilation, texts) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);
            int n = texts.Length;

            // a new quote by a speaker the article already has: no new name, place or event, one more statement
            var old = texts[2];
            string text = old.GetText()!.ToString();
            string speaker = SeedGen.Extraction.ArticleExtractor.Extract("a.txt", text).Statements.First(s => s.Speaker != null).Speaker!;
            var edited = new InMemoryAdditionalText(old.Path, text + "\n\u201CWe will keep working on this,\u201D " + speaker + " said.\n");
            driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);

            Assert.Equal(1, Count(driver, TrackingNames.Facts, Modified));
            Assert.All(Reasons(driver, TrackingNames.Links), r => Assert.Equal(Cached, r));
            // each article's slice and emit model: only the edited article's are recomputed
            foreach (var step in new[] { TrackingNames.Slices, TrackingNames.ArticleEmit })
            {
                Assert.Equal(1, Count(driver, step, Modified));
                Assert.Equal(n - 1, Count(driver, step, Cached));
            }
            // the new statement's name collides with nothing: the decided names and the renames are unchanged
            Assert.All(Reasons(driver, TrackingNames.Naming), r => Assert.Equal(Unchanged, r));
            Assert.All(Reasons(driver, TrackingNames.Renames), r => Assert.Equal(Unchanged, r));
            Assert.Equal(1, Count(driver, TrackingNames.ArticleChunks, Modified, New));

            var after = texts.Select(t => t == old ? (AdditionalText)edited : t).ToList();
            Assert.Equal(FreshOutput(after), Output(driver));
            // and back: the same output as before the edit
            driver = driver.ReplaceAdditionalText(edited, old).RunGenerators(compilation);
            Assert.Equal(FreshOutput(texts), Output(driver));
        }

        [Fact]
        public void Adding_and_removing_an_article_leave_the_other_slices_unchanged_and_equal_a_full_run()
        {
            var many = GeneratorHarness.Seeds();
            var (driver, compilation, texts) = GeneratorHarness.Create(many.Take(many.Count - 1));
            driver = driver.RunGenerators(compilation);
            int n = texts.Length;
            var (path, text) = many[many.Count - 1];
            var extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + path, text);

            driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation);
            Assert.Equal(1, Count(driver, TrackingNames.Extracted, New));
            Assert.Equal(n, Count(driver, TrackingNames.Extracted, Cached));
            // the lexicon does not depend on the set of articles
            Assert.All(Reasons(driver, TrackingNames.Lexicon), r => Assert.Equal(Cached, r));
            // the other articles' identifiers do not move: their slices and emit models come out equal
            foreach (var step in new[] { TrackingNames.Slices, TrackingNames.ArticleEmit })
            {
                Assert.Equal(1, Count(driver, step, New));
                Assert.Equal(n, Count(driver, step, Cached, Unchanged));
            }
            Assert.Equal(FreshOutput(texts.Append(extra)), Output(driver));

            driver = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation);
            Assert.All(Reasons(driver, TrackingNames.Lexicon), r => Assert.Equal(Cached, r));
            foreach (var step in new[] { TrackingNames.Slices, TrackingNames.ArticleEmit })
            {
                Assert.Equal(1, Count(driver, step, Removed));
                Assert.Equal(n, Count(driver, step, Cached, Unchanged));
            }
            Assert.Equal(FreshOutput(texts), Output(driver));
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
