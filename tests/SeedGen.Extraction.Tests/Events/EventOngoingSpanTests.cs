using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>An event of a given length that someone is on at the time of writing began and ends within that many days
    /// of the article's date.</summary>
    public class EventOngoingSpanTests
    {
        private static ArticleModel Extract(string published, string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: " + published + "\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void A_trip_going_on_inside_one_month_is_dated_to_that_month()
        {
            var e = Extract("2018-06-20", "The foreign minister is on a five-day tour of West African countries.")
                .Events.Single(x => x.Kind == EventKindModel.Visit);
            Assert.Equal("2018-06", e.Start.ToIso());
            Assert.Equal("2018-06", e.End.ToIso());
        }

        [Fact]
        public void A_trip_that_may_have_begun_last_month_gives_the_year_for_its_start()
        {
            var e = Extract("2018-06-02", "The foreign minister is on a five-day tour of West African countries.")
                .Events.Single(x => x.Kind == EventKindModel.Visit);
            Assert.Equal("2018", e.Start.ToIso());
            Assert.Equal("2018-06", e.End.ToIso());
        }

        [Fact]
        public void A_past_trip_is_not_going_on()
        {
            var e = Extract("2018-06-20", "The foreign minister was on a five-day tour of West African countries.")
                .Events.Single(x => x.Kind == EventKindModel.Visit);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
        }
    }
}
