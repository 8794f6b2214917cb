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
            var edited = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString() + "\nThe minister said that the talks had been useful for everyone.\n");
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

        [Fact]
        public void Running_again_without_changes_is_fully_cached()
        {
            var (driver, compilation, _) = GeneratorHarness.Create(GeneratorHarness.Seeds());
            driver = driver.RunGenerators(compilation);
            driver = driver.RunGenerators(compilation);
            foreach (var step in new[] { TrackingNames.Files, TrackingNames.ArticleInputs, TrackingNames.Extracted, TrackingNames.Corpus, TrackingNames.ArticleEmit, TrackingNames.Lexicon })
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
