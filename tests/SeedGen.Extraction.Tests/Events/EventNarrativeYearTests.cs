using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>With no dated anchor, a day and month take the year of the last full date written before them, only forward.</summary>
    public class EventNarrativeYearTests
    {
        private static ArticleModel Extract(string body) => ArticleExtractor.Extract("seeds/t.txt", "Headline\n\n" + body + "\n");

        private static EventModel Meeting(ArticleModel a) => Assert.Single(a.Events, e => e.Kind == EventKindModel.Meeting);

        [Fact]
        public void A_later_day_in_the_narrative_takes_the_written_year()
        {
            var a = Extract("Chancellor Olaf Scholz arrived in Warsaw on 14 March 2022. On 15 March, Scholz met with Prime Minister Mateusz Morawiecki.");
            Assert.Equal("2022-03-15", Meeting(a).Start.ToIso());
        }

        [Fact]
        public void An_earlier_day_keeps_its_year_unknown()
        {
            var a = Extract("Chancellor Olaf Scholz arrived in Warsaw on 14 March 2022. On 2 February, Scholz met with Prime Minister Mateusz Morawiecki.");
            Assert.Equal("--02-02", Meeting(a).Start.ToIso());
        }

        [Fact]
        public void A_day_more_than_six_months_on_keeps_its_year_unknown()
        {
            var a = Extract("Chancellor Olaf Scholz arrived in Warsaw on 14 March 2022. On 20 November, Scholz met with Prime Minister Mateusz Morawiecki.");
            Assert.Equal("--11-20", Meeting(a).Start.ToIso());
        }

        [Fact]
        public void With_a_published_date_the_anchor_decides()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2023-03-20\n---\nHeadline\n\nChancellor Olaf Scholz arrived in Warsaw on 14 March 2022. On 15 March, Scholz met with Prime Minister Mateusz Morawiecki.\n");
            Assert.Equal("2023-03-15", Meeting(a).Start.ToIso());
        }
    }
}
