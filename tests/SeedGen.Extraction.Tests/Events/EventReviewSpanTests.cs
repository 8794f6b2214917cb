using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A review dated by a span inside one month (a week-range header) dates the events it tells of without a date
    /// of their own to that month.</summary>
    public class EventReviewSpanTests
    {
        [Fact]
        public void An_undated_event_of_a_weekly_review_takes_the_month_of_its_span()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "March 6 – March 12, 2017\n\nWeek in review\n\n"
                + "At the Nordic Council session in Oslo, the Estonian foreign minister spoke of energy security.\n");
            var e = Assert.Single(a.Events);
            Assert.Equal("2017-03", e.Start.ToIso());
            Assert.True(e.End.IsNone);
        }

        [Fact]
        public void An_article_dated_by_a_day_leaves_an_undated_event_undated()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2017-03-12\n---\nWeek in review\n\n"
                + "At the Nordic Council session in Oslo, the Estonian foreign minister spoke of energy security.\n");
            var e = Assert.Single(a.Events);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
        }
    }
}
