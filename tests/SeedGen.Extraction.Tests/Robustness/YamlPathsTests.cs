using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>Every YAML path (lexicon, sidecar, corpus curation, front matter) goes through <see cref="YamlGuard"/>: hostile
    /// YAML is SG0004 with its file and line, the rest still applies, and nothing overflows the stack or runs away.</summary>
    public class YamlPathsTests
    {
        private static readonly string Deep = "people: " + new string('[', 100_000) + new string(']', 100_000) + "\n"; // 200 KB

        /// <summary>Runs <paramref name="body"/> on a thread with a small stack, so a recursive parse fails here as it would in csc.</summary>
        private static T OnSmallStack<T>(Func<T> body)
        {
            T result = default!;
            Exception? error = null;
            var t = new Thread(() => { try { result = body(); } catch (Exception e) { error = e; } }, 256 * 1024);
            t.Start();
            Assert.True(t.Join(TimeSpan.FromSeconds(60)), "did not finish within 60 s");
            if (error != null) throw new Xunit.Sdk.XunitException("threw " + error);
            return result;
        }

        private static string BillionLaughs()
        {
            var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++)
                sb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
            return sb.ToString();
        }

        public static IEnumerable<object[]> Hostile() => new[]
        {
            new object[] { "flow nesting", Deep, 1 },
            new object[] { "map nesting", "people: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\n", 1 },
            new object[] { "block nesting", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k" + i + ":\n")), 65 },
            new object[] { "dash nesting", "people:\n  " + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n", 2 },
            // a quote inside a plain scalar or a block scalar must not hide the nesting after it (a lexical guard was fooled by both)
            new object[] { "quote in a plain scalar", "note: it is 'fine\npeople: " + new string('[', 100_000) + "\n", 2 },
            new object[] { "quote in a block scalar", "note: |\n  \"\npeople: " + new string('[', 100_000) + "\n", 3 },
            new object[] { "alias bomb", BillionLaughs(), 0 },
            new object[] { "too many anchors", "people:\n" + string.Concat(Enumerable.Range(0, YamlGuard.MaxAnchors + 1).Select(i => $"  - &p{i} x\n")), YamlGuard.MaxAnchors + 2 },
            new object[] { "too many aliases", "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", YamlGuard.MaxAliases + 1)) + "]\n", 2 },
        };

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Lexicon_yaml_is_refused_with_file_and_line_and_the_rest_still_applies(string what, string yaml, int line)
        {
            var (lex, diags) = OnSmallStack(() => Lexicon.Lexicon.Create(new[]
            {
                new LexiconFile("seeds/seedgen.yaml", yaml),
                new LexiconFile("seeds/more.seedgen.yaml", "people:\n  - name: Anna Example\n"),
            }));
            var d = Assert.Single(diags);
            Assert.Equal((DiagnosticIds.YamlSyntax, "seeds/seedgen.yaml"), (d.Id, d.File));
            if (line > 0) Assert.True(d.Span.Line == line, what + ": line " + d.Span.Line + ", expected " + line);
            else Assert.True(d.Span.Line >= 1, what);
            Assert.Contains(lex.People, p => p.Name == "Anna Example");           // the other file still applies
            Assert.Equal(Lexicon.Lexicon.Default.Places.Count, lex.Places.Count);  // and the built-in lexicon
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Sidecar_yaml_is_refused_with_file_and_line(string what, string yaml, int line)
        {
            var c = OnSmallStack(() => CurationYaml.ReadSidecar("seeds/a.txt", "seeds/a.seedgen.yaml", yaml));
            var d = Assert.Single(c.Diagnostics);
            Assert.Equal((DiagnosticIds.YamlSyntax, "seeds/a.seedgen.yaml"), (d.Id, d.File));
            if (line > 0) Assert.True(d.Span.Line == line, what + ": line " + d.Span.Line);
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Corpus_curation_yaml_never_throws_and_is_reported_once_by_the_lexicon(string what, string yaml, int line)
        {
            _ = line;
            var curations = OnSmallStack(() => CurationYaml.ReadCorpusFile("seeds/seedgen.yaml", yaml));
            Assert.True(curations.All(c => c.Diagnostics.IsEmpty), what); // the lexicon reader reports this file's problem
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Front_matter_is_refused_and_the_article_still_reads(string what, string yaml, int line)
        {
            bool tooBig = yaml.Length > 64 * 1024; // front matter has its own 64 KB limit, reported at line 1
            var a = OnSmallStack(() => ArticleExtractor.Extract("seeds/x.txt", "---\n" + yaml + "---\nHeadline\n\nBody text.\n"));
            Assert.Equal("Headline", a.Title);
            var d = Assert.Single(a.Diagnostics, d => d.Id == DiagnosticIds.YamlSyntax);
            Assert.Equal("seeds/x.txt", d.File);
            if (line > 0 && !tooBig) Assert.True(d.Span.Line == line + 1, what + ": line " + d.Span.Line); // the YAML starts on line 2
        }

        [Fact]
        public void A_200_KB_seedgen_yaml_of_nested_brackets_is_fast()
        {
            Assert.True(Deep.Length >= 200_000);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var (_, diags) = OnSmallStack(() => Lexicon.Lexicon.Create(new[] { new LexiconFile("seedgen.yaml", Deep) }));
            Assert.Contains("deeper than 64", Assert.Single(diags).Message, StringComparison.Ordinal);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), "took " + sw.Elapsed); // refused at the 65th level, not parsed to the end
        }

        [Fact]
        public void Sixty_four_levels_load_and_sixty_five_do_not()
        {
            string Nest(int n) => "people: " + new string('[', n - 1) + new string(']', n - 1) + "\n"; // the root mapping is level 1
            Assert.Null(YamlGuard.Check(Nest(YamlGuard.MaxDepth)));
            Assert.NotNull(YamlGuard.Check(Nest(YamlGuard.MaxDepth + 1)));
            Assert.NotNull(YamlGuard.Load(Nest(YamlGuard.MaxDepth), out var none));
            Assert.Null(none);
        }

        [Fact]
        public void Ordinary_anchors_and_aliases_still_work()
        {
            var (lex, diags) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seedgen.yaml",
                "people:\n  - &anna { name: Anna Example, role: minister }\nplaces:\n  - name: Minsk\n    kind: city\n    aliases: &al [Mensk]\n  - name: Mensk City\n    aliases: *al\n") });
            Assert.Empty(diags);
            Assert.Contains(lex.People, p => p.Name == "Anna Example" && p.Role == "minister");
            Assert.Contains(lex.Places, p => p.Name == "Mensk City" && p.Aliases.SequenceEqual(new[] { "Mensk" }));
        }

        [Fact]
        public void Syntax_errors_in_a_sidecar_are_reported_not_swallowed()
        {
            var c = CurationYaml.ReadSidecar("seeds/a.txt", "seeds/a.seedgen.yaml", "title: Fine\nstatements: [unclosed\n");
            var d = Assert.Single(c.Diagnostics);
            Assert.Equal((DiagnosticIds.YamlSyntax, "seeds/a.seedgen.yaml"), (d.Id, d.File));
            Assert.True(d.Span.Line >= 2);
        }

        /// <summary>The structural half of "every YAML path is guarded": YamlDotNet is only ever asked to parse inside YamlGuard.</summary>
        [Fact]
        public void Only_the_guard_parses_yaml()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
            Assert.NotNull(dir);
            var offenders = new List<string>();
            foreach (var project in new[] { "SeedGen.Extraction", "SeedGen.Generator", "SeedGen.Evaluation" })
            {
                var root = Path.Combine(dir!.FullName, "src", project);
                if (!Directory.Exists(root)) continue;
                foreach (var f in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
                {
                    if (f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
                    if (Path.GetFileName(f) == "YamlGuard.cs") continue;
                    string text = File.ReadAllText(f);
                    foreach (var parse in new[] { "new YamlStream(", "new Parser(", "new Deserializer", "DeserializerBuilder", ".Load(new StringReader" })
                        if (text.Contains(parse, StringComparison.Ordinal)) offenders.Add(Path.GetRelativePath(dir.FullName, f) + ": " + parse);
                }
            }
            Assert.True(offenders.Count == 0, "YAML parsed outside YamlGuard: " + string.Join("; ", offenders));
        }
    }
}
