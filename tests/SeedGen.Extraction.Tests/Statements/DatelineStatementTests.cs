using System.Linq;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>The dateline is no one's words: reported speech that opens the first paragraph starts after it (own sentences).</summary>
    public class DatelineStatementTests
    {
        [Theory]
        [InlineData("RIGA, 6 March (LETA) – Latvia is ready to host the talks, Foreign Minister Lena Berg told reporters.")]
        [InlineData("YEREVAN, March 6. Latvia is ready to host the talks, Foreign Minister Lena Berg told reporters.")]
        public void Reported_speech_of_the_lead_starts_after_the_dateline(string lead)
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2024-03-06\n---\nHeadline\n\n" + lead + "\n");
            var s = Assert.Single(a.Statements);
            Assert.Equal("Latvia is ready to host the talks", s.Text);
            Assert.Equal("Lena Berg", s.Speaker);
        }
    }
}
