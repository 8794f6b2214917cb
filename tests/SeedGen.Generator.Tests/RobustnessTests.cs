using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Extraction;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>The generator never throws, never emits code that does not compile, and copies article text exactly.</summary>
    public class RobustnessTests
    {
        private static IReadOnlyList<SeedGen.Statement> Statements(GeneratorRun run) =>
            (IReadOnlyList<SeedGen.Statement>)GeneratorHarness.Load(run.Output).GetType("Consumer.Corpus+Statements")!.GetProperty("All")!.GetValue(null)!;

        [Fact]
        public void A_failing_extraction_becomes_one_warning_and_the_rest_still_generates()
        {
            const string Doomed = "seeds/doomed-by-test-hook.txt";
            var hooks = new GeneratorHooks { BeforeStep = (step, p) => { if (step == GeneratorHooks.Extract && p == Doomed) throw new InvalidOperationException("forced by the test"); } };
            {
                var files = GeneratorHarness.Seeds().Append((Doomed, "Doomed article\n\n\u201CWe will never be read,\u201D he said.\n")).ToList();
                var run = GeneratorHarness.Run(files, generator: new SeedGenGenerator(hooks));
                var d = Assert.Single(run.GeneratorDiagnostics, x => x.Severity >= DiagnosticSeverity.Warning);
                Assert.Equal("SG0001", d.Id);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
                Assert.EndsWith(Doomed, d.Location.GetLineSpan().Path);
                Assert.Contains("forced by the test", d.GetMessage());
                Assert.Empty(run.CompileDiagnostics.Select(x => x.ToString()));
                // the other articles are all there, and the failed one is kept as an article without statements
                var articles = (IReadOnlyList<SeedGen.Article>)GeneratorHarness.Load(run.Output).GetType("Consumer.Corpus+Articles")!.GetProperty("All")!.GetValue(null)!;
                Assert.Equal(6, articles.Count);
                Assert.Empty(articles.Single(a => a.File == Doomed).Statements);
                Assert.NotEmpty(articles.Where(a => a.File != Doomed).SelectMany(a => a.Statements));
            }
        }

        public static IEnumerable<object[]> Hostile => new[]
        {
            new object[] { "backslashes and quotes", "He said \\\"yes\\\" and C:\\path\\ then \"\"\"raw\"\"\" and a trailing \\" },
            new object[] { "comment and doc breakers", "This */ closes /* nothing </summary> <para> & &amp; <![CDATA[ ]]> -- <!-- -->" },
            new object[] { "format and interpolation", "{0} {{1}} $\"{x}\" @\"y\" #if DEBUG #endregion #pragma warning disable" },
            new object[] { "line separators", "one\u2028two\u2029three\u0085four and a \u000B vertical tab and \u000C form feed" },
            new object[] { "control and null", "nul\u0000char and bell\u0007 and escape\u001B[31m red" },
            new object[] { "unicode", "emoji \U0001F600 and RTL \u202Eevil\u202C and zero width \u200B\u200D and BOM \uFEFF inside" },
            new object[] { "lone surrogates", "half \uD800 pair and \uDC00 other half" },
        };

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Article_text_is_escaped_and_round_trips_exactly(string name, string payload)
        {
            string text = "Hostile: " + name + " " + payload + "\n\n"
                + "\u201CWe will say " + payload + " out loud for everyone,\u201D said Foreign Minister Vladimir Makei.\n\n"
                + "Makei stressed that " + payload + " is what they all wanted to hear.\n";
            var run = GeneratorHarness.Run(new[] { ("seeds/hostile.txt", text) });
            Assert.Empty(run.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));

            var expected = ArticleExtractor.Extract("seeds/hostile.txt", text).Statements.Select(s => s.Text).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Statements(run).Select(s => s.Text).ToList());

            // the compilation has exactly the expected shape: no type or member came from the article's text
            var asm = GeneratorHarness.Load(run.Output);
            var publicTypes = asm.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).Select(t => t.FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "Consumer.Corpus", "Consumer.Corpus+Articles", "Consumer.Corpus+Events", "Consumer.Corpus+Organizations", "Consumer.Corpus+People", "Consumer.Corpus+Places", "Consumer.Corpus+Statements" }, publicTypes);
            var statementMembers = asm.GetType("Consumer.Corpus+Statements")!.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(m => m.MemberType != System.Reflection.MemberTypes.Method || m.Name == "Find").ToList();
            Assert.Equal(expected.Count + 2, statementMembers.Count(m => m.MemberType == System.Reflection.MemberTypes.Property) + 1); // one per statement, All, Find
            Assert.All(asm.GetType("Consumer.Corpus+Statements")!.GetProperties().Where(p => p.Name != "All"), p => Assert.Equal(typeof(SeedGen.Statement), p.PropertyType));
        }

        [Fact]
        public void Names_that_are_keywords_digits_or_duplicates_become_valid_unique_identifiers()
        {
            var files = new[]
            {
                ("seeds/a.txt", "class\n\nBody text.\n"),
                ("seeds/b.txt", "2019\n\nBody text.\n"),
                ("seeds/c.txt", "class\n\nSame title, another article.\n"),
                ("seeds/d.txt", "Corpus\n\nA title that is the class name.\n"),
                ("seeds/e.txt", "All\n\nA title that is a member name.\n"),
                ("seeds/f.txt", "Find\n\nAnother member name.\n"),
                ("seeds/g.txt", "\u0411\u0435\u043B\u0430\u0440\u0443\u0441\u044C \u2014 \u041C\u0438\u043D\u0441\u043A\n\nCyrillic title.\n"),
                ("seeds/h.txt", "!!! ??? ...\n\nPunctuation only.\n"),
            };
            var run = GeneratorHarness.Run(files);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            var articles = (IReadOnlyList<SeedGen.Article>)GeneratorHarness.Load(run.Output).GetType("Consumer.Corpus+Articles")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(files.Length, articles.Count);
            Assert.Equal(files.Length, articles.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        }

        [Fact]
        public void Bad_input_gives_diagnostics_with_file_and_line_and_still_compiles()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds().Concat(new[]
            {
                ("seeds/empty.txt", ""),
                ("seeds/binary.txt", new string(Enumerable.Range(0, 4000).Select(i => (char)(i * 7919 % 0xD7FF)).ToArray())),
                ("seeds/seedgen.yaml", "people:\n  - name: Someone\n    aliases: [unclosed\n"),
            }));
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            var yaml = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("seedgen.yaml", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(yaml);
            Assert.All(yaml, d => Assert.StartsWith("SG", d.Id));
            Assert.Contains(yaml, d => d.Location.GetLineSpan().StartLinePosition.Line >= 1);
            // the seeds' statements are all still there
            Assert.True(Statements(run).Count >= 40);
        }

        [Fact]
        public void Disabled_generates_nothing()
        {
            var globals = GeneratorHarness.DefaultGlobals();
            globals["build_property.SeedGenEnabled"] = "false";
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), globals);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void Namespace_and_class_name_are_configurable_and_sanitised()
        {
            var globals = GeneratorHarness.DefaultGlobals("My-App.2x");
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), globals);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));

            globals["build_property.SeedGenNamespace"] = "News.Data";
            globals["build_property.SeedGenClassName"] = "Archive";
            run = GeneratorHarness.Run(GeneratorHarness.Seeds(), globals);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            Assert.NotNull(GeneratorHarness.Load(run.Output).GetType("News.Data.Archive+Statements"));
        }

        [Fact]
        public void Files_outside_seeds_without_metadata_are_ignored_and_metadata_wins()
        {
            var run = GeneratorHarness.Run(new[] { ("docs/readme.txt", "Not an article\n\nJust docs.\n") });
            Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("SeedGen.Article", StringComparison.Ordinal));
        }
    }
}

namespace SeedGen.Generator.Tests
{
    public class SeverityTests
    {
        [Fact]
        public void Severities_can_be_changed_like_any_analyzers()
        {
            var files = new[] { ("seeds/u.txt", "Headline\n\n\u201CThis quote is never closed and has no speaker at all in the text.\n") };
            var (driver, compilation, _) = GeneratorHarness.Create(files);
            var run = GeneratorHarness.RunDriver(driver, compilation);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "SG0101");

            var options = compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["SG0101"] = ReportDiagnostic.Suppress });
            var quiet = GeneratorHarness.RunDriver(driver, compilation.WithOptions(options));
            Assert.DoesNotContain(quiet.GeneratorDiagnostics, d => d.Id == "SG0101");

            var strict = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["SG0101"] = ReportDiagnostic.Error }));
            Assert.Contains(GeneratorHarness.RunDriver(driver, strict).GeneratorDiagnostics, d => d.Id == "SG0101" && d.Severity == DiagnosticSeverity.Error);
        }
    }
}
