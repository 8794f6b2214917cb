using System.Linq;
using System.Text;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>Bad input gets a clear answer: a diagnostic or an article with what can be found, never a crash.</summary>
    public class BadInputTests
    {
        private static ArticleModel X(string text, string file = "seeds/x.txt") => ArticleExtractor.Extract(file, text);

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t\n  ")]
        [InlineData("\uFEFF")]
        public void Empty_or_whitespace_gives_empty_article_diagnostic(string text)
        {
            var a = X(text);
            Assert.Contains(a.Diagnostics, d => d.Id == DiagnosticIds.EmptyArticle && d.File == "seeds/x.txt" && d.Span.Line == 1);
            Assert.Equal("x", a.Title);
            Assert.Empty(a.Statements);
            Assert.Empty(a.Events);
        }

        [Fact]
        public void Binary_data_is_reported_not_extracted()
        {
            var bytes = new byte[4096];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 7919 % 256);
            var text = Encoding.UTF8.GetString(bytes); // invalid UTF-8 decodes to U+FFFD and control chars
            var a = X(text);
            Assert.Contains(a.Diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
            Assert.Empty(a.Statements);
        }

        [Fact]
        public void A_few_invalid_utf8_bytes_in_real_text_still_extract()
        {
            var text = "Title\n\nThe minister said the talks went well \uFFFD and will go on. \u201CWe are ready,\u201D he said.\n";
            var a = X(text);
            Assert.DoesNotContain(a.Diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
            Assert.Equal("Title", a.Title);
        }

        [Fact]
        public void Line_endings_do_not_change_the_model_except_nothing()
        {
            string lf = TestFiles.Seed("002_8e3a1bf0586efc0c.txt").Replace("\r\n", "\n");
            var a = X(lf);
            var b = X(lf.Replace("\n", "\r\n"));
            var c = X(lf.Replace("\n", "\r"));
            Assert.Equal(a, b);
            Assert.Equal(a, c);
        }

        [Fact]
        public void Utf16_text_decoded_by_the_host_reads_the_same()
        {
            string lf = TestFiles.Seed("000_eece2b19b8a7b53b.txt");
            var utf16 = Encoding.Unicode.GetString(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(lf)).ToArray());
            Assert.Equal(X(lf), X(utf16)); // the BOM that survives decoding is dropped
        }

        [Fact]
        public void Utf16_without_a_bom_read_as_utf8_is_reported_as_unreadable_not_extracted()
        {
            // without a BOM the host decodes UTF-16 as UTF-8: every other character is NUL
            string lf = TestFiles.Seed("000_eece2b19b8a7b53b.txt");
            string misread = Encoding.UTF8.GetString(Encoding.Unicode.GetBytes(lf));
            var a = X(misread);
            Assert.Contains(a.Diagnostics, d => d.Id == DiagnosticIds.UnreadableFile && d.Span.Line >= 1);
            Assert.Empty(a.Statements);
        }

        [Fact]
        public void Title_only_article_has_a_title_and_nothing_else()
        {
            var a = X("Just a headline\n");
            Assert.Equal("Just a headline", a.Title);
            Assert.Empty(a.Statements);
            Assert.Empty(a.Events);
            Assert.DoesNotContain(a.Diagnostics, d => d.Severity == DiagnosticSeverityModel.Error);
        }

        [Fact]
        public void All_boilerplate_article_keeps_its_title_and_no_body()
        {
            var doc = ArticleReader.Read("x.txt", "Situation report\nTWITTER\nbelsat.eu\nRead more\nSubscribe\nEN\nBE/RU\n");
            Assert.Equal("Situation report", doc.Title);
            Assert.Empty(doc.Paragraphs);
        }

        [Fact]
        public void Front_matter_reaches_the_article()
        {
            var a = X("---\npublished: 2019-10-07\nsource: Example News\nurl: https://example.org/a\ntitle: Front title\nlanguage: en\n---\nBody headline\nSome body text here.\n");
            Assert.Equal("Front title", a.Title);
            Assert.Equal("Example News", a.Source);
            Assert.Equal("https://example.org/a", a.Url);
            Assert.Equal(new DateValue(2019, 10, 7), a.Published);
        }

        [Fact]
        public void Broken_front_matter_is_a_diagnostic_with_line_and_the_body_still_reads()
        {
            var a = X("---\npublished: [2019\n---\nHeadline\nBody text.\n");
            var d = Assert.Single(a.Diagnostics, x => x.Id == DiagnosticIds.YamlSyntax);
            Assert.True(d.Span.Line >= 2, "line " + d.Span.Line);
            Assert.Equal("Headline", a.Title);
        }
    }
}
