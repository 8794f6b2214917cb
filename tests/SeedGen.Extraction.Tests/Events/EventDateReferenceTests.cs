using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>"two days earlier" counts from the narrative's last full date, not from the publication (article dated Monday 21 December 2020).</summary>
    public class EventDateReferenceTests
    {
        private static readonly DateValue Monday = new(2020, 12, 21);

        private static TemporalMatch[] Read(string sentence, ref DateValue reference)
        {
            var calendar = EventDateDirection.Apply(sentence, Monday, DateRecognizer.Recognize(sentence, Monday));
            return EventDateReference.Apply(sentence, Monday, calendar, EventWords.Default, ref reference).ToArray();
        }

        [Theory]
        [InlineData("Ministers attended an official meeting with the Prime Minister two days earlier.", "2020-12-16")]
        [InlineData("The two leaders met again a week later.", "2020-12-25")]
        public void An_anaphoric_quantity_counts_from_the_last_date(string sentence, string expected)
        {
            var reference = DateValue.None;
            Read("The Prime Minister posted a message on Friday announcing he had tested positive.", ref reference);
            Assert.Equal("2020-12-18", reference.ToIso());
            var m = Assert.Single(Read(sentence, ref reference));
            Assert.Equal(expected, m.Start.ToIso());
            Assert.Equal(TemporalKind.Date, m.Kind);
        }

        [Fact]
        public void Ago_counts_from_the_publication_and_no_reference_changes_nothing()
        {
            var reference = new DateValue(2020, 12, 18);
            Assert.Equal("2020-12-19", Assert.Single(Read("They met two days ago.", ref reference)).Start.ToIso());
            var none = DateValue.None;
            var m = Assert.Single(Read("They met two days earlier.", ref none));
            Assert.Equal(TemporalKind.Relative, m.Kind);
            Assert.Equal("2020-12-19", m.Start.ToIso());
        }

        [Fact]
        public void A_quantity_after_an_event_sets_no_reference()
        {
            var reference = DateValue.None;
            Read("This comes a week after he attended a summit.", ref reference);
            Assert.True(reference.IsNone);
        }
    }
}
