using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A weekday that dates an event takes its direction from the sentence's tense (article dated Monday 18 March 2013).</summary>
    public class EventDateDirectionTests
    {
        private static readonly DateValue Monday = new(2013, 3, 18);

        [Theory]
        [InlineData("The two leaders met on Thursday in the capital.", "2013-03-14")]
        [InlineData("The foreign ministers will meet on Thursday in the capital.", "2013-03-21")]
        [InlineData("The delegation is due to arrive on Friday for two days of talks.", "2013-03-22")]
        [InlineData("The delegation arrived on Friday for two days of talks.", "2013-03-15")]
        public void A_weekday_follows_the_tense(string sentence, string expected)
        {
            var calendar = DateRecognizer.Recognize(sentence, Monday);
            var directed = EventDateDirection.Apply(sentence, Monday, calendar);
            var weekday = Assert.Single(directed, m => m.Kind == TemporalKind.Weekday);
            Assert.Equal(expected, weekday.Start.ToIso());
        }

        [Fact]
        public void Without_an_anchor_nothing_changes()
        {
            const string s = "The two leaders met on Thursday in the capital.";
            var calendar = DateRecognizer.Recognize(s, DateValue.None);
            Assert.Equal(calendar.ToArray(), EventDateDirection.Apply(s, DateValue.None, calendar).ToArray());
        }
    }
}
