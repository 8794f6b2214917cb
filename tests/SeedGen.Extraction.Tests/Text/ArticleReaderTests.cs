using System.Linq;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Text
{
    public class ArticleReaderTests
    {
        [Fact]
        public void Title_is_the_first_line_and_boilerplate_is_dropped()
        {
            var doc = ArticleReader.Read("a.txt", "Headline here\n\nFirst paragraph. It has two sentences.\n\nPhot. example.org\n\nbelsat.eu\n\nTWITTER\n");
            Assert.Equal("Headline here", doc.Title);
            Assert.Single(doc.Paragraphs);
            Assert.Equal(2, doc.Sentences.Count);
        }

        [Fact]
        public void Footer_after_newsletter_prompt_is_dropped()
        {
            var doc = ArticleReader.Read("a.txt", "T\nBody text that is long enough to be a paragraph of news.\nSubscribe to our newsletter\nOnce a week we send commentaries to readers who like them.\n");
            Assert.Single(doc.Paragraphs);
        }

        [Fact]
        public void Byline_and_date_lines_before_the_title_are_header()
        {
            var doc = ArticleReader.Read("a.txt", "by\nDecember 5 – December 11, 2016\n\nMinsk advocates for peace\n\nBody sentence here.\n");
            Assert.Equal("Minsk advocates for peace", doc.Title);
            Assert.Equal(2, doc.Header.Count);
            Assert.Equal(4, doc.Lines.Position(doc.TitleSpan.Offset).Line);
        }

        [Fact]
        public void Front_matter_is_metadata_and_line_numbers_stay_true()
        {
            var doc = ArticleReader.Read("a.txt", "---\npublished: 2019-10-07\nsource: Example\n---\nTitle\r\nBody line one.\r\n");
            Assert.Equal("2019-10-07", doc.FrontMatter["published"]);
            Assert.Equal("Title", doc.Title);
            Assert.Equal(5, doc.TitleSpan.Line);
            Assert.Equal(6, doc.Lines.Position(doc.Paragraphs[0].Offset).Line);
        }

        [Fact]
        public void Unknown_front_matter_key_is_a_warning_with_its_line()
        {
            var doc = ArticleReader.Read("a.txt", "---\npublished: 2019-10-07\nauthorr: x\n---\nTitle\n");
            var d = Assert.Single(doc.Diagnostics);
            Assert.Equal(DiagnosticIds.YamlUnknownKey, d.Id);
            Assert.Equal(3, d.Span.Line);
        }

        [Fact]
        public void Initials_and_abbreviations_do_not_split_sentences()
        {
            var s = SentenceSplitter.Split("Lukashenka met A. Wess Mitchell. Mr. Mitchell said so. Then it ended.", 0, 0);
            Assert.Equal(3, s.Count);
        }

        [Fact]
        public void Binary_data_gives_a_diagnostic_not_garbage()
        {
            var doc = ArticleReader.Read("b.bin", new string('\0', 100) + "abc");
            Assert.Equal(DiagnosticIds.UnreadableFile, doc.Diagnostics.Single().Id);
            Assert.Empty(doc.Paragraphs);
        }

        [Fact]
        public void Seeds_read_with_titles()
        {
            Assert.Equal("Minsk advocates for Helsinki-2", ArticleReader.Read("003.txt", TestFiles.Seed("003_86bd2077dc538bc4.txt")).Title);
            var d0 = ArticleReader.Read("000.txt", TestFiles.Seed("000_eece2b19b8a7b53b.txt"));
            Assert.DoesNotContain(d0.Paragraphs, p => p.Text.Contains("belsat.eu") || p.Text == "TWITTER" || p.Text.StartsWith("Phot."));
            var d3 = ArticleReader.Read("003.txt", TestFiles.Seed("003_86bd2077dc538bc4.txt"));
            Assert.DoesNotContain(d3.Paragraphs, p => p.Text.Contains("Once a week") || p.Text == "Read more");
        }
    }
}
