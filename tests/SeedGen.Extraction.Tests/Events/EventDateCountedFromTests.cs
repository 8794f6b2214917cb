using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A span counted from what follows it dates that on the other side of the sentence's own time (article dated
    /// Wednesday 10 March 2021).</summary>
    public class EventDateCountedFromTests
    {
        private static readonly DateValue Wednesday = new(2021, 3, 10);

        private static TemporalMatch[] Read(string sentence) =>
            EventDateCountedFrom.Apply(sentence, Wednesday, DateRecognizer.Recognize(sentence, Wednesday), EventWords.Default).ToArray();

        [Theory]
        [InlineData("The day before the referendum is held, the president says he will accept the result.", "2021-03-11")]
        [InlineData("The announcement comes a day after the two ministers met in Vienna.", "2021-03-09")]
        [InlineData("The strike began the day after the talks collapsed.", "2021-03-09")]
        public void One_day_counted_from_the_following_event_is_the_day_on_its_other_side(string sentence, string expected)
        {
            var m = Assert.Single(Read(sentence));
            Assert.Equal(expected, m.Start.ToIso());
        }

        [Fact]
        public void A_longer_span_from_the_article_date_gives_only_the_month()
        {
            var m = Assert.Single(Read("The resignation comes two weeks after she attended a summit of party leaders."));
            Assert.Equal("2021-02", m.Start.ToIso());
        }

        [Fact]
        public void The_sentences_own_date_is_counted_from_when_it_has_one()
        {
            var dates = Read("On 5 March 2021, two days after the summit ended, the ministers met again.");
            Assert.Contains(dates, d => d.Start.ToIso() == "2021-03-03");
            Assert.Contains(dates, d => d.Start.ToIso() == "2021-03-05");
        }

        [Theory]
        [InlineData("The delegation left the day after.", "2021-03-11")]
        [InlineData("The vote was held two days ago.", "2021-03-08")]
        [InlineData("The talks resume in three days.", "2021-03-13")]
        public void A_span_not_counted_from_a_following_phrase_is_left_as_read(string sentence, string expected)
        {
            var m = Assert.Single(Read(sentence));
            Assert.Equal(expected, m.Start.ToIso());
        }
    
        [Fact]
        public void A_span_after_a_definite_subject_counts_from_the_date_of_the_action_it_names()
        {
            const string earlier = "Both countries closed their consulates in the port city on 8 March 2021.";
            const string sentence = "The closures come a day after the foreign minister toured the region.";
            var earlierDates = DateRecognizer.Recognize(earlier, Wednesday);
            var matches = DateRecognizer.Recognize(sentence, Wednesday);
            var referent = EventDateReferent.Find(sentence, matches, new[] { (earlier, earlierDates) }, EventWords.Default);
            Assert.Equal("2021-03-08", referent?.ToIso());
            var m = Assert.Single(EventDateCountedFrom.Apply(sentence, Wednesday, matches, EventWords.Default, referent));
            Assert.Equal("2021-03-07", m.Start.ToIso());
        }

        [Fact]
        public void A_subject_no_earlier_sentence_names_leaves_the_article_date()
        {
            const string earlier = "Both countries closed their consulates in the port city on 8 March 2021.";
            const string sentence = "The announcement comes a day after the two ministers met in Vienna.";
            Assert.Null(EventDateReferent.Find(sentence, DateRecognizer.Recognize(sentence, Wednesday), new[] { (earlier, DateRecognizer.Recognize(earlier, Wednesday)) }, EventWords.Default));
        }
    }
}
