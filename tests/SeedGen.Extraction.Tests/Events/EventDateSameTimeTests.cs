using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A clause that sets an event at the time of what the article just told dates it with the narrative's last
    /// full date.</summary>
    public class EventDateSameTimeTests
    {
        private static ArticleModel Extract(string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2016-04-13\n---\nHeadline\n\n" + body + "\n");

        [Theory]
        [InlineData("Floods killed forty people on Monday. All this happened while an emergency session of the parliament was held in the capital.")]
        [InlineData("Floods killed forty people on Monday. The disaster came as an emergency session of the parliament opened in the capital.")]
        public void An_event_set_at_the_same_time_takes_the_last_date(string body)
        {
            var e = Extract(body).Events.Single(x => x.Kind == EventKindModel.Session);
            Assert.Equal("2016-04-11", e.Start.ToIso());
        }

        [Fact]
        public void Without_a_cue_the_event_stays_undated()
        {
            var e = Extract("Floods killed forty people on Monday. An emergency session of the parliament was held in the capital.")
                .Events.Single(x => x.Kind == EventKindModel.Session);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
        }
    }
}
