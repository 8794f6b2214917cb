using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 1a: event noun phrases of news language.</summary>
    public class NominalMentionFinderTests
    {
        [Fact]
        public void An_owner_names_the_event_and_takes_part()
        {
            var m = Assert.Single(new EventStageHarness("German Chancellor Angela Merkel arrived on Sunday. Merkel's visit to Tbilisi was short.").Named(verbal: false));
            Assert.Equal(EventKindModel.Visit, m.Kind);
            Assert.Equal("Tbilisi", m.Place);
            Assert.Contains(m.People, p => p.EndsWith("Angela Merkel", System.StringComparison.Ordinal));
            Assert.StartsWith("Merkel's visit to Tbilisi", m.Name);
        }

        [Fact]
        public void Talks_between_two_people_name_both()
        {
            var m = Assert.Single(new EventStageHarness("Talks between Prime Minister Ehud Olmert and President Mahmoud Abbas resumed.").Named(verbal: false));
            Assert.Equal(EventKindModel.Talks, m.Kind);
            Assert.Contains("Ehud Olmert", m.People);
            Assert.Contains("Mahmoud Abbas", m.People);
        }

        [Fact]
        public void A_cited_source_or_a_cancelled_vote_is_no_event()
        {
            Assert.Empty(new EventStageHarness("According to the National Conference of State Legislatures, turnout rose.").Named(verbal: false));
            Assert.Empty(new EventStageHarness("However, the Republican primary there was cancelled.").Named(verbal: false));
            Assert.Single(new EventStageHarness("However, the Republican primary there was contested.").Named(verbal: false));
        }

        [Fact]
        public void Two_heads_joined_by_or_are_one_scheduled_event()
        {
            var m = Assert.Single(new EventStageHarness("The next Republican primary election or caucus is scheduled for March 3.").Named(verbal: false));
            Assert.Equal(EventKindModel.Election, m.Kind);
            Assert.EndsWith("primary election or caucus", m.Name);
        }

        [Fact]
        public void A_meeting_with_a_described_party_is_an_event()
        {
            var m = Assert.Single(new EventStageHarness("Ministers attended an official meeting with the Prime Minister two days earlier.").Named(verbal: false));
            Assert.Equal("Official meeting with the Prime Minister", m.Name);
            var d = Assert.Single(new EventStageHarness("At 8:00 PM there was a dinner with Brazilian and South Korean Presidents and comitive.").Named(verbal: false));
            Assert.Equal("Dinner with Brazilian and South Korean Presidents", d.Name);
            Assert.DoesNotContain(new EventStageHarness("They held talks with the European Union.").Named(verbal: false), x => x.Name.Contains("European"));
        }

        [Fact]
        public void A_call_with_someone_is_between_them_and_the_subject_of_the_clause()
        {
            var m = Assert.Single(new EventStageHarness("In a telephone conversation with French president Nicolas Sarkozy on Sunday, Russian president Dmitry Medvedev declared that troops would leave.").Named(verbal: false));
            Assert.Equal(EventKindModel.Talks, m.Kind);
            Assert.Equal("Telephone conversation between Dmitry Medvedev and Nicolas Sarkozy", m.Name);
        }

        [Fact]
        public void A_bare_press_conference_or_a_call_for_calm_is_no_event()
        {
            var h = new EventStageHarness("The minister gave a press conference. He repeated a call for calm. It was a primary goal.");
            Assert.Empty(h.Named(verbal: false));
        }

        [Fact]
        public void Protests_in_a_place_are_one_event_and_a_month_is_not_a_march()
        {
            var h = new EventStageHarness("Thousands joined protests in Belgrade on Tuesday. In March the government fell.");
            var m = Assert.Single(h.Named(verbal: false));
            Assert.Equal(EventKindModel.Protest, m.Kind);
            Assert.Equal("Belgrade", m.Place);
        }

        [Fact]
        public void An_ordinal_edition_is_an_event_not_a_generic_phrase()
        {
            var h = new EventStageHarness("The third Forum of Regions opened in Minsk. Delegates attended the 26th session of the council.");
            var names = h.Named(verbal: false).Select(m => m.Name).ToList();
            Assert.Contains(names, n => n.StartsWith("Third Forum of Regions", System.StringComparison.Ordinal));
            Assert.Contains(names, n => n.StartsWith("26th session", System.StringComparison.Ordinal));
            Assert.Empty(new EventStageHarness("It was the first such forum.").Named(verbal: false));
        }

        [Fact]
        public void A_place_among_the_modifiers_is_the_venue_but_not_a_city_inside_a_proper_name()
        {
            var venue = Assert.Single(new EventStageHarness("The London conference on Yemen ended.").Named(verbal: false));
            Assert.Equal("London", venue.Place);
            var series = Assert.Single(new EventStageHarness("The Munich Security Conference Core Group meeting opened.").Named(verbal: false));
            Assert.Null(series.Place);
        }
    }
}
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 1a on phrases that name their event by a list, a date, a schedule or a place the lexicon lacks.</summary>
    public class NominalMentionFinderNewsFormsTests
    {
        [Fact]
        public void A_list_of_places_gives_one_protest_in_each()
        {
            var h = new EventStageHarness("Today there have been protests in Suez, Mansoura, Damanhour, and Alexandria.");
            var places = h.Named(verbal: false).Select(m => m.Place).ToArray();
            Assert.Equal(new[] { "Suez", "Mansoura", "Damanhour", "Alexandria" }, places);
            Assert.Single(h.Named(verbal: false).Select(m => m.ListId).Distinct());
        }

        [Fact]
        public void A_list_without_and_is_no_list_of_places()
        {
            var h = new EventStageHarness("Protests in Geneva, Hamburg said the police were calm.");
            Assert.Single(h.Named(verbal: false));
        }

        [Fact]
        public void Elections_named_by_their_date_or_held_on_a_date_are_events()
        {
            Assert.Single(new EventStageHarness("His party won the elections in March 2008.").Named(verbal: false));
            Assert.Single(new EventStageHarness("The vote count rose before elections which were held on June 21.").Named(verbal: false));
            Assert.Empty(new EventStageHarness("He called for elections soon.").Named(verbal: false));
        }

        [Fact]
        public void A_scheduled_run_off_with_a_date_is_an_event()
        {
            var m = Assert.Single(new EventStageHarness("A run-off election is scheduled for May 6.").Named(verbal: false));
            Assert.Equal(EventKindModel.Election, m.Kind);
        }

        [Fact]
        public void An_indefinite_phrase_with_a_modifier_and_a_date_after_it_is_an_event()
        {
            Assert.Single(new EventStageHarness("Robert Mugabe led a cabinet meeting on Tuesday.").Named(verbal: false));
            Assert.Empty(new EventStageHarness("Robert Mugabe led a meeting.").Named(verbal: false));
        }

        [Fact]
        public void A_fronted_place_places_a_held_primary()
        {
            var m = Assert.Single(new EventStageHarness("In Iowa, the vote was close, and in Nevada, a primary election was held on February 11.").Named(verbal: false));
            Assert.Equal("Nevada", m.Place);
        }

        [Fact]
        public void A_visit_to_a_country_the_lexicon_lacks_is_placed_there()
        {
            var m = Assert.Single(new EventStageHarness("After a three-day visit to Kenya, he left.").Named(verbal: false));
            Assert.Equal("Kenya", m.Place);
        }
    }
}
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 1a: the next edition of an event is an event when a firm plan gives its place or date.</summary>
    public class NominalMentionFinderScheduleTests
    {
        [Fact]
        public void The_next_session_held_in_a_city_is_an_event_and_a_bare_next_session_is_not()
        {
            Assert.Single(new EventStageHarness("The next session will be held in Geneva.").Named(verbal: false));
            Assert.Empty(new EventStageHarness("The next session will discuss trade.").Named(verbal: false));
        }
    }
}
namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 1a: plural protests placed by their clause; an unknown "that country's" is no part of a name.</summary>
    public class NominalMentionFinderClauseTests
    {
        [Fact]
        public void Rallies_that_continued_in_a_city_are_one_event_there()
        {
            var m = Assert.Single(new EventStageHarness("Rallies continued to occur in Geneva in the past few days.").Named(verbal: false));
            Assert.Equal("Geneva", m.Place);
            Assert.Equal("Rallies in Geneva", m.Name);
            Assert.Empty(new EventStageHarness("Rallies are a way to be heard.").Named(verbal: false));
        }

        [Fact]
        public void An_unresolved_that_countrys_is_left_out_of_the_name()
        {
            var m = Assert.Single(new EventStageHarness("He attended the opening of that country's constitutional convention.").Named(verbal: false));
            Assert.Equal("Constitutional convention", m.Name);
        }
    }
}
