using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Text
{
    /// <summary>Found by the fuzz run (case 1825): front matter "published: 99999-99-99" became the anchor and a DateTime
    /// built from it threw, so the article lost its statements (SG0001).</summary>
    public class ImpossibleDatesTests
    {
        [Theory]
        [InlineData("99999-99-99")]
        [InlineData("2019-13")]
        [InlineData("2019-02-30")]
        [InlineData("0000-00-00")]
        [InlineData("-1")]
        public void Impossible_iso_dates_are_no_date(string iso) => Assert.True(DateValue.ParseIso(iso).IsNone);

        [Theory]
        [InlineData("2019-10-08")]
        [InlineData("2019-10")]
        [InlineData("2019")]
        [InlineData("2020-02-29")]
        public void Real_iso_dates_still_parse(string iso) => Assert.Equal(iso, DateValue.ParseIso(iso).ToIso());

        [Fact]
        public void An_impossible_published_date_does_not_fail_the_article()
        {
            var a = ArticleExtractor.Extract("seeds/x.txt", "---\npublished: 99999-99-99\n---\nTalks in Minsk\n\nMinsk, 7 October (BelTA) \u2013 next month on June 14 \u201CWe are ready to host talks,\u201D said Foreign Minister Jan Novak.\n");
            Assert.DoesNotContain(a.Diagnostics, d => d.Id == DiagnosticIds.ExtractionFailed);
            Assert.NotEmpty(a.Statements);
        }
    }
}
