using System.Linq;
using System.Text;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>YAML from users (front matter, lexicons) never crashes, hangs or explodes.</summary>
    public class HostileYamlTests
    {
        [Fact]
        public void Deep_flow_nesting_is_refused_before_parsing()
        {
            string yaml = "people: " + new string('[', 100_000) + new string(']', 100_000);
            Assert.NotNull(YamlGuard.Check(yaml));
            var fm = ArticleExtractor.Extract("x.txt", "---\ntitle: " + new string('[', 100_000) + "\n---\nHeadline\nBody.\n");
            Assert.Contains(fm.Diagnostics, d => d.Id == DiagnosticIds.YamlSyntax);
        }

        [Fact]
        public void Deep_block_nesting_is_refused()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < 200; i++) sb.Append(' ', i * 2).Append("k").Append(i).Append(":\n");
            Assert.NotNull(YamlGuard.Check(sb.ToString()));
        }

        [Fact]
        public void Alias_bomb_is_refused_or_harmless()
        {
            var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++)
                sb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
            var fm = ArticleExtractor.Extract("x.txt", "---\n" + sb + "---\nHeadline\nBody.\n");
            Assert.Equal("Headline", fm.Title); // completes; the bomb (9^9 nodes expanded) is refused with its line
            var d = Assert.Single(fm.Diagnostics, d => d.Id == DiagnosticIds.YamlSyntax);
            Assert.Contains("expands to more than", d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Ordinary_yaml_passes_the_guard()
        {
            Assert.Null(YamlGuard.Check("people:\n  - name: Anna Example\n    aliases: [A. Example, 'Ann''s']\n    role: \"minister # not a comment\"\n"));
        }

        [Fact]
        public void Ten_megabyte_lexicon_completes()
        {
            var sb = new StringBuilder("people:\n");
            int i = 0;
            while (sb.Length < 10 * 1024 * 1024) sb.Append("  - { name: Person Number").Append(i++).Append(", aliases: [P").Append(i).Append("] }\n");
            var (lex, diags) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seeds/seedgen.yaml", sb.ToString()) });
            Assert.True(lex.People.Count > 100_000);
            Assert.Empty(diags);
        }

        [Fact]
        public void Lexicon_errors_have_file_line_and_column_and_the_rest_still_loads()
        {
            var (lex, diags) = Lexicon.Lexicon.Create(new[]
            {
                new LexiconFile("seeds/a.seedgen.yaml", "people:\n  - name: Anna Example\n    colour: blue\n"),
                new LexiconFile("seeds/b.seedgen.yaml", "places:\n  - name: [unclosed\n"),
                new LexiconFile("seeds/c.seedgen.yaml", "people: 42\n"),
            });
            Assert.Contains(lex.People, p => p.Name == "Anna Example");
            var unknown = Assert.Single(diags, d => d.Id == DiagnosticIds.YamlUnknownKey);
            Assert.Equal(("seeds/a.seedgen.yaml", 3, 5), (unknown.File, unknown.Span.Line, unknown.Span.Column));
            Assert.Contains(diags, d => d.Id == DiagnosticIds.YamlSyntax && d.File == "seeds/b.seedgen.yaml" && d.Span.Line >= 2);
            Assert.Contains(diags, d => d.Id == DiagnosticIds.YamlSyntax && d.File == "seeds/c.seedgen.yaml" && d.Span.Line == 1);
        }

        [Theory]
        [InlineData("people:\n  - name: Anna Example\npeople:\n  - name: Bob Example\n", 3)]       // duplicate key
        [InlineData("people:\n  - name: Anna Example\n    name: Other\n", 3)]                      // duplicate key in an entry
        [InlineData("people:\n  - name: [a, b]\n", 2)]                                              // a list where text is expected
        [InlineData("people:\n  - name: Anna Example\n    aliases: {x: y}\n", 3)]                  // a map where a list is expected
        [InlineData("places:\n  - name: Minsk\n    kind: planet\n", 3)]                            // an unknown value
        [InlineData("people:\n  - Anna Example\n", 2)]                                              // text where an entry is expected
        public void Wrong_shapes_are_diagnostics_at_their_line_and_never_throw(string yaml, int line)
        {
            var (lex, diags) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seeds/seedgen.yaml", yaml) });
            Assert.NotNull(lex);
            Assert.Contains(diags, d => d.File == "seeds/seedgen.yaml" && d.Span.Line == line && d.Span.Column >= 1);
        }

        [Fact]
        public void Lexicon_equality_follows_content_not_order()
        {
            var a = new LexiconFile("a.seedgen.yaml", "people:\n  - name: A B\n");
            var b = new LexiconFile("b.seedgen.yaml", "people:\n  - name: C D\n");
            Assert.Equal(Lexicon.Lexicon.Create(new[] { a, b }).Lexicon, Lexicon.Lexicon.Create(new[] { b, a }).Lexicon);
            Assert.NotEqual(Lexicon.Lexicon.Create(new[] { a }).Lexicon, Lexicon.Lexicon.Create(new[] { b }).Lexicon);
        }
    }
}
