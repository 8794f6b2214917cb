using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A relative expression that names a stretch of time dates an event only as finely as the whole stretch
    /// (article dated Wednesday 18 March 2015).</summary>
    public class EventDateStretchTests
    {
        private static readonly DateValue Wednesday = new(2015, 3, 18);

        private static TemporalMatch[] Read(string sentence, DateValue? anchor = null)
        {
            var a = anchor ?? Wednesday;
            return EventDateStretch.Apply(sentence, a, DateRecognizer.Recognize(sentence, a), EventWords.Default).ToArray();
        }

        [Theory]
        [InlineData("Farmers have staged protests in the capital in the past few days.")]
        [InlineData("The two leaders met last week in Geneva.")]
        [InlineData("The committee will hold hearings next week.")]
        public void A_stretch_inside_one_month_gives_the_month_as_start_and_end(string sentence)
        {
            var m = Assert.Single(Read(sentence));
            Assert.Equal("2015-03", m.Start.ToIso());
            Assert.Equal("2015-03", m.End.ToIso());
        }

        [Fact]
        public void A_stretch_into_the_future_gives_the_month_it_begins_in_and_no_end()
        {
            var m = Assert.Single(Read("The foreign minister flies to Tokyo in the coming week."));
            Assert.Equal("2015-03", m.Start.ToIso());
            Assert.True(m.End.IsNone, m.End.ToIso());
        }

        [Fact]
        public void A_stretch_across_two_months_gives_only_the_year()
        {
            // Monday 2 March 2015: last week ran from 23 February to 1 March
            var m = Assert.Single(Read("The envoys held talks last week.", new DateValue(2015, 3, 2)));
            Assert.Equal("2015", m.Start.ToIso());
        }

        [Fact]
        public void A_stretch_across_two_years_gives_no_date()
        {
            Assert.Empty(Read("Thousands marched in the past few days.", new DateValue(2015, 1, 2)));
        }

        [Theory]
        [InlineData("The president is in Ottawa this week.", "2015-03-18")]
        [InlineData("The vote was held yesterday.", "2015-03-17")]
        [InlineData("The delegation arrived two days ago.", "2015-03-16")]
        [InlineData("The ceasefire was agreed a day after the talks began.", "2015-03-19")]
        public void Days_and_the_week_of_the_article_are_left_as_read(string sentence, string expected)
        {
            var m = Assert.Single(Read(sentence));
            Assert.Equal(expected, m.Start.ToIso());
        }

        [Fact]
        public void A_month_counted_from_the_article_gives_the_end_in_that_month()
        {
            var m = Assert.Single(Read("The donors plan to hold a conference later this month."));
            Assert.Equal("2015-03", m.Start.ToIso());
            Assert.Equal("2015-03", m.End.ToIso());
        }
    }
}
