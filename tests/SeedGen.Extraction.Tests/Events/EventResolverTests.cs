using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stages 3a-3d: date, place, participants and the event an event is part of.</summary>
    public class EventResolverTests
    {
        private static ArticleModel Extract(string body, string published = "2008-08-17") =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: " + published + "\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void Durations_are_read_from_number_words_and_compounds()
        {
            var w = EventWords.Default;
            Assert.Equal(3, EventDateResolver.Duration("The talks went on over three days.", w));
            Assert.Equal(2, EventDateResolver.Duration("a two-day visit", w));
            Assert.Null(EventDateResolver.Duration("The day was long.", w));
        }

        [Fact]
        public void A_date_after_since_is_not_the_events_date()
        {
            string t = "It was his first visit since the September 11, 2001 attacks.";
            int at = t.IndexOf("September", System.StringComparison.Ordinal);
            Assert.True(EventDateResolver.AfterSince(t, 0, at, EventWords.Default));
            Assert.False(EventDateResolver.AfterSince("It opened on September 11, 2001.", 0, 12, EventWords.Default));
        }

        [Fact]
        public void A_weekday_resolves_against_the_articles_date()
        {
            var e = Assert.Single(Extract("The Baltic Sea Security Forum opened in Riga on Sunday.").Events);
            Assert.True(e.Start.HasYear);
            Assert.Equal("Riga", e.Location);
        }

        [Fact]
        public void A_meeting_during_a_visit_takes_the_visits_date_and_place()
        {
            var a = Extract("German Chancellor Angela Merkel spoke during her Sunday visit to Tbilisi. During her meeting with Georgian President Mikheil Saakashvili, Merkel stated her view.");
            var meeting = a.Events.Single(e => e.Kind == EventKindModel.Meeting);
            var visit = a.Events.Single(e => e.Kind == EventKindModel.Visit);
            Assert.Equal(visit.Start, meeting.Start);
            Assert.False(meeting.Start.IsNone);
            Assert.Equal("Tbilisi", meeting.Location);
            Assert.EndsWith("Angela Merkel and Mikheil Saakashvili", meeting.Name);
            Assert.StartsWith("Meeting between ", meeting.Name);
        }

        [Fact]
        public void A_meeting_in_another_sentence_without_shared_people_stays_undated()
        {
            var a = Extract("German Chancellor Angela Merkel spoke during her Sunday visit to Tbilisi. Later, a meeting of the Union of Rights Groups was called.");
            Assert.DoesNotContain(a.Events, e => e.Kind == EventKindModel.Meeting && !e.Start.IsNone);
        }

        [Fact]
        public void Parts_of_an_event_take_its_place()
        {
            var drafts = new List<EventDraft>
            {
                new EventDraft { Name = "Forum of Regions", Kind = EventKindModel.Forum, Location = "Minsk" },
                new EventDraft { Name = "Plenary session of the forum", Kind = EventKindModel.Session },
            };
            drafts[0].Mentions.Add(new EventMention { Start = 0, End = 5 });
            EventPlaceResolver.PartsTakeTheirWholesPlace(drafts, EventWords.Default);
            Assert.Equal("Minsk", drafts[1].Location);
        }
    }
}
