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
            // over a day: the calendar days it at least touches
            Assert.Equal(2, EventDateResolver.Duration("The official 30-hour visit takes him to two cities.", w));
            Assert.Null(EventDateResolver.Duration("a 12-hour visit", w));
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
        public void An_election_ends_on_its_start_at_the_starts_precision_and_a_conference_in_a_month_does_not()
        {
            var a = Extract("Voters went to the polls in the 2017 election in Britain. Britain will host an international conference on trade in March.", "2019-12-13");
            var election = a.Events.Single(e => e.Kind == EventKindModel.Election);
            Assert.Equal("2017", election.Start.ToIso());
            Assert.Equal("2017", election.End.ToIso());
            var conference = a.Events.Single(e => e.Kind == EventKindModel.Conference);
            Assert.Equal(3, conference.Start.Month);
            Assert.True(conference.End.IsNone);
        }

        [Fact]
        public void A_place_of_another_phrase_before_the_event_is_not_its_place()
        {
            var a = Extract("Britain announced plans to fund a police unit in Yemen, as well as plans to hold an international conference on security later this month.");
            var conference = a.Events.Single(e => e.Kind == EventKindModel.Conference);
            Assert.Null(conference.Location);
        }

        [Fact]
        public void A_place_that_opens_the_clause_or_follows_the_event_is_its_place()
        {
            var a = Extract("In Iowa, caucuses were held on February 3.", "2020-02-23");
            Assert.Equal("Iowa", a.Events.Single(e => e.Kind == EventKindModel.Election).Location);
            var b = Extract("The leaders will hold a summit on Friday in Riga.", "2020-02-23");
            Assert.Equal("Riga", b.Events.Single(e => e.Kind == EventKindModel.Summit).Location);
        }

        [Fact]
        public void A_meeting_held_during_a_session_named_before_it_takes_the_sessions_place()
        {
            var a = Extract("The session of the Council of Foreign Ministers in Minsk was a success, President Lukashenko said as he met with the foreign ministers on 6 April.", "2018-04-06");
            var meeting = a.Events.Single(e => e.Kind == EventKindModel.Meeting);
            Assert.Equal("Minsk", meeting.Location);
        }

        [Fact]
        public void An_event_going_on_since_a_day_starts_then_and_is_placed_past_the_date()
        {
            var a = Extract("Anti-government protests have been taking place since Tuesday in the Serbian capital Belgrade.", "2020-07-11");
            var e = a.Events.Single(x => x.Kind == EventKindModel.Protest);
            Assert.Equal("2020-07-07", e.Start.ToIso());
            Assert.True(e.End.IsNone);
            Assert.Equal("Belgrade", e.Location);
        }

        [Fact]
        public void A_national_vote_is_held_in_the_country_its_adjective_names()
        {
            var a = Extract("The opposition candidate in the Ukrainian presidential elections has claimed victory.", "2004-12-27");
            Assert.Equal("Ukraine", a.Events.Single(x => x.Kind == EventKindModel.Election).Location);
        }

        [Fact]
        public void A_national_vote_with_no_place_is_held_in_the_country_of_the_articles_lead()
        {
            // the lead names France most (by adjective); the body names Libya more often: the lead says what the article is about
            var a = Extract("French President Nicolas Sarkozy and the French opposition are campaigning, a Libyan document shows.\n\n"
                + "A run-off election is scheduled for May 6. Libya denied the claims. Officials in Libya said Libya paid nothing.", "2012-04-30");
            Assert.Equal("France", a.Events.Single(x => x.Kind == EventKindModel.Election).Location);
        }

        [Fact]
        public void A_partys_primary_or_caucus_takes_no_country_but_a_general_election_does()
        {
            var a = Extract("United States Senator Bernie Sanders leads the polls. The next Republican primary election is scheduled for March 3.", "2020-02-23");
            Assert.Null(a.Events.Single(x => x.Kind == EventKindModel.Election).Location);
            var b = Extract("United States Senator Bernie Sanders leads the polls. The next presidential election is scheduled for March 3.", "2020-02-23");
            Assert.Equal("United States", b.Events.Single(x => x.Kind == EventKindModel.Election).Location);
        }

        [Fact]
        public void An_event_with_no_place_of_its_own_is_where_the_article_is_datelined()
        {
            const string body = "the President of Brazil met the President of Korea at the palace. At 8:00 PM there was a dinner with Brazilian and South Korean Presidents.";
            var a = Extract("BRAS\u00CDLIA, Brazil \u2013 Mr. Luiz In\u00E1cio Lula da Silva, " + body, "2004-11-16");
            Assert.Equal("Brasilia", a.Events.Single(e => e.Name.StartsWith("Dinner", System.StringComparison.Ordinal)).Location);
            // no dateline: no place
            var b = Extract("Mr. Luiz In\u00E1cio Lula da Silva, " + body, "2004-11-16");
            Assert.Null(b.Events.Single(e => e.Name.StartsWith("Dinner", System.StringComparison.Ordinal)).Location);
        }

        [Theory]
        [InlineData("OSLO \u2014 ")]
        [InlineData("OSLO (Reuters) \u2014 ")]
        [InlineData("OSLO (AP) - ")]
        [InlineData("OSLO, Norway \u2013 ")]
        public void A_wire_dateline_with_a_dash_or_an_agency_credit_places_the_event(string dateline)
        {
            const string body = "Foreign ministers of the Nordic countries ended an emergency summit on Monday without agreeing on a joint statement.";
            var a = Extract(dateline + body, "2021-03-10");
            Assert.Equal("Oslo", a.Events.Single(e => e.Kind == EventKindModel.Summit).Location);
        }

        [Theory]
        [InlineData("OSLO \u2014 Prime Minister Jonas Berg spoke by phone with Chancellor Olaf Scholz on Monday.")]
        [InlineData("OSLO \u2014 Prime Minister Jonas Berg held a video call with Chancellor Olaf Scholz on Monday in the capital.")]
        public void A_call_is_held_at_a_distance_in_no_one_place(string text)
        {
            var a = Extract(text, "2021-03-10");
            Assert.Null(Assert.Single(a.Events).Location);
        }

        [Fact]
        public void A_meeting_on_the_sidelines_of_another_event_is_held_where_that_event_is()
        {
            var a = Extract("OSLO \u2014 The ministers agreed that a trilateral meeting would take place on the sidelines of the climate summit in Nairobi.", "2021-03-10");
            Assert.Equal("Nairobi", a.Events.Single(e => e.Kind == EventKindModel.Meeting).Location);
            // without the cue the dateline still places it
            var b = Extract("OSLO \u2014 The ministers agreed that a trilateral meeting would take place soon. The climate summit in Nairobi opens on Sunday.", "2021-03-10");
            Assert.Equal("Oslo", b.Events.Single(e => e.Kind == EventKindModel.Meeting).Location);
        }

        [Theory]
        [InlineData("NATO \u2014 the alliance, not its members \u2014 ended an emergency summit on Monday.")]
        [InlineData("Oslo \u2014 the capital \u2014 saw an emergency summit on Monday.")]
        public void A_dash_after_words_that_are_no_place_or_not_upper_case_is_no_dateline(string text)
        {
            var a = Extract(text, "2021-03-10");
            Assert.Null(a.Events.Single(e => e.Kind == EventKindModel.Summit).Location);
        }

        [Fact]
        public void A_place_in_what_was_said_after_the_event_is_not_its_place()
        {
            var a = Extract("The leaders held a dinner with Brazilian and South Korean Presidents. At the dinner Lula said South Korea is a strategic partner in Asia.", "2004-11-18");
            Assert.Null(a.Events.Single(e => e.Name.StartsWith("Dinner", System.StringComparison.Ordinal)).Location);
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
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 3a on news forms of dates.</summary>
    public class EventDateNewsFormsTests
    {
        [Fact]
        public void After_a_three_day_visit_on_a_day_ends_that_day()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2009-10-10\n---\nHeadline\n\nIn remarks made after a three-day visit to Geneva late on Wednesday, Kofi Annan warned of violence.\n");
            var e = Assert.Single(a.Events);
            Assert.Equal("2009-10-07", e.End.ToIso());
            Assert.Equal("2009-10-05", e.Start.ToIso());
        }

        [Fact]
        public void A_duration_in_a_later_paragraph_that_mentions_the_visit_gives_its_end()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2011-05-03\n---\nHeadline\n\n"
                + "The Spanish prime minister began a state visit to Mexico on Tuesday.\n\nTrade and security were on the agenda.\n\n"
                + "The 40-hour visit will take him to Monterrey as well.\n");
            var e = Assert.Single(a.Events);
            Assert.Equal("2011-05-03", e.Start.ToIso());
            Assert.Equal("2011-05-04", e.End.ToIso());
        }

        [Fact]
        public void A_date_before_following_is_not_the_events_date()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2009-10-10\n---\nHeadline\n\nTensions flared up in early 2008 following a disputed presidential election.\n");
            var e = Assert.Single(a.Events);
            Assert.True(e.Start.IsNone);
        }

        [Fact]
        public void A_quarantine_for_ten_days_does_not_lengthen_a_summit()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2020-12-21\n---\nHeadline\n\nHe attended the Riga summit on 10 December 2020. He will isolate for ten days.\n");
            var e = Assert.Single(a.Events);
            Assert.Equal("2020-12-10", e.End.ToIso());
        }
    }
}
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 3a: a year in the phrase and a day in that year in its sentence.</summary>
    public class EventOwnYearTests
    {
        [Fact]
        public void A_day_in_the_phrases_year_dates_the_event_and_another_years_date_does_not()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2019-12-16\n---\nHeadline\n\nThe 2019 parliamentary elections were held on 12 December 2019.\n");
            Assert.Equal("2019-12-12", Assert.Single(a.Events).Start.ToIso());
            var b = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2018-12-16\n---\nHeadline\n\nOn 12 December 2018 he spoke of the 2019 parliamentary elections.\n");
            Assert.Equal("2019", Assert.Single(b.Events).Start.ToIso());
        }
    }
}
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 3b: places of national votes.</summary>
    public class EventNationalPlaceTests
    {
        private static ArticleModel Extract(string body) => ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2012-04-29\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void A_vote_without_a_place_is_held_in_the_country_the_article_is_about()
        {
            var a = Extract("France is divided. Polls in France favour the challenger. A run-off election is scheduled for May 6.");
            Assert.Equal("France", Assert.Single(a.Events).Location);
        }

        [Fact]
        public void No_country_is_taken_when_two_are_named_as_often()
        {
            var a = Extract("France and Germany disagree. France and Germany met. A run-off election is scheduled for May 6.");
            Assert.Null(Assert.Single(a.Events).Location);
        }

        [Fact]
        public void The_owner_of_a_national_vote_is_its_country()
        {
            var a = Extract("The day before Zimbabwe's presidential runoff, the opposition withdrew.");
            Assert.Equal("Zimbabwe", Assert.Single(a.Events).Location);
        }
    }
}
