using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>Every pipeline step is guarded: an exception in any of them (forced through the generator's hooks) becomes one
    /// SG0901 warning that names the file or the step, never CS8785, and the project still compiles with what the other steps made.</summary>
    public class GuardTests
    {
        private const string Target = "seeds/002_8e3a1bf0586efc0c.txt";

        public static IEnumerable<object[]> Failures => new[]
        {
            new object[] { GeneratorHooks.Lexicon, "seeds/seedgen.yaml" },
            new object[] { GeneratorHooks.Facts, Target },
            new object[] { GeneratorHooks.Link, "" },
            new object[] { GeneratorHooks.Assemble, "" },
            new object[] { GeneratorHooks.Project, Target },
            new object[] { GeneratorHooks.Plan, "Articles" },
            new object[] { GeneratorHooks.Plan, "ArticleIndexes" },
            new object[] { GeneratorHooks.Plan, "Root" },
            new object[] { GeneratorHooks.Plan, "Indexes" },
            new object[] { GeneratorHooks.Plan, "Events" },
            new object[] { GeneratorHooks.Plan, "People" },
            new object[] { GeneratorHooks.Emit, "SeedGen.Corpus.Events.0.g.cs" },
            new object[] { GeneratorHooks.Emit, "SeedGen.Corpus.Articles.0.g.cs" },
            new object[] { GeneratorHooks.Emit, "SeedGen.Corpus.People.g.cs" },
            new object[] { GeneratorHooks.Emit, "SeedGen.Corpus.g.cs" },
        };

        [Theory]
        [MemberData(nameof(Failures))]
        public void A_failing_step_is_one_warning_naming_it_and_the_project_still_compiles(string step, string subject)
        {
            var hooks = new GeneratorHooks
            {
                BeforeStep = (s, what) =>
                {
                    if (s == step && (subject.Length == 0 || what.Split(';').Contains(subject)))
                        throw new InvalidOperationException("forced by the test");
                },
            };
            var files = GeneratorHarness.Seeds().Append(("seeds/seedgen.yaml", "people:\n  - name: Jan Novak\n")).ToList();
            var run = GeneratorHarness.Run(files, generator: new SeedGenGenerator(hooks));

            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SG0901");
            Assert.Equal(DiagnosticSeverity.Warning, failure.Severity);
            Assert.Contains("forced by the test", failure.GetMessage());
            string where = failure.Location.GetLineSpan().Path + " " + failure.GetMessage();
            Assert.Contains(subject.Length > 0 ? subject : "seeds/000_eece2b19b8a7b53b.txt", where);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            Assert.NotEmpty(run.Sources);
            // what the other steps made is still there: the public scopes exist and load
            var asm = GeneratorHarness.Load(run.Output);
            var articles = (IReadOnlyList<SeedGen.Article>)asm.GetType("Consumer.Corpus+Articles")!.GetProperty("All")!.GetValue(null)!;
            if (step is GeneratorHooks.Facts or GeneratorHooks.Project or GeneratorHooks.Lexicon)
                Assert.True(articles.Count >= 4, articles.Count + " articles");
        }

        [Fact]
        public void Without_hooks_nothing_fails()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), generator: new SeedGenGenerator(new GeneratorHooks()));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "SG0901" or "CS8785");
        }

        [Fact]
        public void The_generator_has_no_mutable_static_state()
        {
            foreach (var type in typeof(SeedGenGenerator).Assembly.GetTypes())
                foreach (var field in type.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
                    Assert.True(field.IsLiteral || field.IsInitOnly || field.Name.Contains("<", StringComparison.Ordinal) || type.Name.StartsWith("<", StringComparison.Ordinal),
                        $"{type.FullName}.{field.Name} is a mutable static");
        }

        [Fact]
        public void GeneratedCode_carries_the_generator_assembly_version_and_help_links_point_to_the_readme_anchors()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds());
            string version = typeof(SeedGenGenerator).Assembly.GetName().Version!.ToString();
            Assert.Contains("GeneratedCode(\"SeedGen\", \"" + version + "\")", run.Sources.Single(s => s.HintName == "SeedGen.Corpus.g.cs").Text);
            foreach (var d in Descriptors.All)
                Assert.EndsWith("README.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
        }
    }
}
