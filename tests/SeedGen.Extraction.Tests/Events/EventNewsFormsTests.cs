using System;
using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Forms of real news the event pass reads (own elections, resolutions, processes, relative clauses, meetings in person).</summary>
    public class EventNewsFormsTests
    {
        private static ArticleModel Extract(string body) => ArticleExtractor.Extract("seeds/t.txt", "Headline\n\n" + body + "\n");

        [Fact]
        public void A_vote_the_holder_organised_alone_is_an_election_held_by_the_subject()
        {
            var e = Assert.Single(Extract("Governor Ahmed Sallah refused to leave office. When his mandate ran out in 2011, he held his own referendum and claimed victory.").Events);
            Assert.Equal(EventKindModel.Election, e.Kind);
            Assert.Equal("Referendum held by Ahmed Sallah", e.Name);
            Assert.Contains("Ahmed Sallah", e.Participants);
            // without the holder's "own", a bare plan to hold elections names no election
            Assert.Empty(Extract("The envoy said the priorities included holding elections within a year.").Events);
        }

        [Fact]
        public void A_meal_someone_hosted_or_met_for_or_held_on_a_date_is_an_event()
        {
            const string lead = "---\npublished: 2021-09-17\n---\nHeadline\n\n";
            var hosted = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", lead + "Chancellor Olaf Scholz hosted President Emmanuel Macron for a working lunch on Tuesday.\n").Events);
            Assert.Equal(EventKindModel.Meeting, hosted.Kind);
            Assert.Equal("2021-09-14", hosted.Start.ToIso());
            Assert.Equal(new[] { "Olaf Scholz", "Emmanuel Macron" }, hosted.Participants);
            var held = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", lead + "The two envoys held a private dinner on Tuesday.\n").Events);
            Assert.Equal("2021-09-14", held.Start.ToIso());
            // with neither a date nor a place, and with no verb of meeting or hosting, a meal names no event
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", lead + "Chancellor Olaf Scholz thanked President Emmanuel Macron for a working lunch.\n").Events);
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", lead + "The envoys asked for a dinner on Tuesday.\n").Events);
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", lead + "Critics called for a vote on Tuesday.\n").Events);
        }

        [Fact]
        public void A_headline_meeting_of_two_people_is_the_bodys_talks_of_the_same_two_but_not_their_phone_call()
        {
            const string front = "---\npublished: 2021-09-17\n---\n";
            var a = ArticleExtractor.Extract("seeds/t.txt", front + "Scholz meets Macron in Paris\n\nChancellor Olaf Scholz travelled to Paris on Tuesday for talks with President Emmanuel Macron.\n");
            var talks = Assert.Single(a.Events, e => e.Kind == EventKindModel.Talks);
            Assert.DoesNotContain(a.Events, e => e.Kind == EventKindModel.Meeting);
            Assert.Equal("2021-09-14", talks.Start.ToIso());
            // a call is no meeting: the headline's meeting stays an event of its own
            var b = ArticleExtractor.Extract("seeds/t.txt", front + "Scholz meets Macron\n\nChancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Tuesday.\n");
            Assert.Contains(b.Events, e => e.Kind == EventKindModel.Meeting);
        }

        [Fact]
        public void Going_to_the_polls_is_an_election_in_the_voters_country()
        {
            const string front = "---\npublished: 2023-10-16\n---\nHeadline\n\n";
            var a = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "Voters in Poland went to the polls on Sunday to choose a new parliament.\n").Events);
            Assert.Equal(EventKindModel.Election, a.Kind);
            Assert.Equal("Parliamentary election in Poland", a.Name);
            Assert.Equal("Poland", a.Location);
            Assert.Equal("2023-10-15", a.Start.ToIso());
            // the voters' demonym or adjective gives the country; the present "head to the polls" is the Sunday to come
            var b = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "Argentines head to the polls on Sunday.\n").Events);
            Assert.Equal("Argentina", b.Location);
            Assert.Equal("2023-10-22", b.Start.ToIso());
            // with neither a place nor a day, no one election
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The party will go to the polls with a new leader.\n").Events);
        }

        [Theory]
        [InlineData("The assembly will vote on the pension reform on Thursday.", "Vote on the pension reform")]
        [InlineData("Envoys will hold a conference on water rights in 2027.", "Conference on water rights")]
        [InlineData("A debate on the new constitution next week is expected.", "Debate on the new constitution")]
        public void An_events_topic_ends_before_its_date(string text, string name)
        {
            var e = Assert.Single(Extract(text).Events);
            Assert.Equal(name, e.Name);
        }

        [Fact]
        public void A_group_or_body_that_gathers_somewhere_or_on_a_day_holds_a_meeting()
        {
            const string front = "---\npublished: 2022-02-16\n---\nHeadline\n\n";
            var a = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "Defence ministers of the alliance will convene in Oslo on Thursday.\n").Events);
            Assert.Equal(EventKindModel.Meeting, a.Kind);
            Assert.Equal("Meeting of the defence ministers of the alliance in Oslo", a.Name);
            Assert.Equal("Oslo", a.Location);
            Assert.Equal("2022-02-17", a.Start.ToIso());
            // the event the clause names is what the body held; one record, not a meeting and a session
            var b = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "The Security Council met in closed session on Tuesday.\n").Events);
            Assert.Equal(EventKindModel.Session, b.Kind);
            Assert.Equal("Closed session of the Security Council", b.Name);
            // no group or body, no place or day, or a person met: not this form
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "They met in Oslo on Thursday.\n").Events);
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "Analysts said the ministers met to discuss the crisis.\n").Events);
        }

        [Fact]
        public void A_swearing_in_an_attended_gathering_and_a_planned_call_are_events()
        {
            const string front = "---\npublished: 2022-05-11\n---\nHeadline\n\n";
            var sworn = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist was sworn in on Monday.\n").Events);
            Assert.Equal(EventKindModel.Ceremony, sworn.Kind);
            Assert.Equal("Inauguration of Maria Lindqvist", sworn.Name);
            Assert.Equal("2022-05-09", sworn.Start.ToIso());
            Assert.Equal("Inauguration of Maria Lindqvist", Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist was inaugurated on Monday.\n").Events).Name);
            // no person as the subject: no one's inauguration
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The new bridge was inaugurated on Monday.\n").Events);
            var attended = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "The envoy attended a conference in Geneva on Monday.\n").Events);
            Assert.Equal("Geneva", attended.Location);
            Assert.Equal("2022-05-09", attended.Start.ToIso());
            // "attended the conference" refers back; with no date or place, "attended a conference" names none
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The envoy attended a conference.\n").Events);
            var call = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist will speak by phone with Chancellor Olaf Scholz on Friday.\n").Events);
            Assert.Equal("2022-05-13", call.Start.ToIso());
        }

        [Fact]
        public void Hosting_or_meeting_a_titled_person_a_planned_visit_and_an_arrival_are_events()
        {
            const string front = "---\npublished: 2022-05-11\n---\nHeadline\n\n";
            var hosted = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist hosted Canadian Prime Minister Jonas Berg on Monday.\n").Events);
            Assert.Equal(EventKindModel.Meeting, hosted.Kind);
            Assert.Equal(new[] { "Maria Lindqvist", "Jonas Berg" }, hosted.Participants);
            Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist met Canadian Prime Minister Jonas Berg on Monday.\n").Events);
            // a person's words, not the person, as the object
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist welcomed Jonas Berg's decision.\n").Events);
            var planned = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist is due to visit Kenya next month.\n").Events);
            Assert.Equal("Kenya", planned.Location);
            Assert.Equal("2022-06", planned.Start.ToIso());
            // an invitation with no day is no planned visit
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The mayor invited Maria Lindqvist to visit Paris.\n").Events);
            var arrived = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "President Maria Lindqvist arrived in Nairobi on Monday for a state visit.\n").Events);
            Assert.Equal(EventKindModel.Visit, arrived.Kind);
            Assert.Equal("Visit of Maria Lindqvist to Nairobi", arrived.Name);
            Assert.Equal("2022-05-09", arrived.Start.ToIso());
        }

        [Fact]
        public void A_definite_gathering_in_a_place_with_a_day_is_that_event_and_vague_or_reported_groups_hold_none()
        {
            const string front = "---\npublished: 2023-07-10\n---\nHeadline\n\n";
            var s = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "The annual summit in Nairobi opens on Tuesday.\n").Events);
            Assert.Equal("Nairobi", s.Location);
            Assert.Equal("2023-07-11", s.Start.ToIso());
            // the one summit named before is the same summit
            var one = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "Delegates prepared for the African Union summit. The summit in Nairobi opens on Tuesday.\n").Events);
            Assert.Equal("Nairobi", one.Location);
            // "the two leaders", a group no word qualifies, and a group named after a verb of saying hold no meeting of their own
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The two leaders will meet in Nairobi on Tuesday.\n").Events);
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "Chancellor Olaf Scholz said the leaders would reconvene on Tuesday.\n").Events);
            // "hosted Y for a working dinner": the dinner is the event, named as such
            var dinner = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "Chancellor Olaf Scholz hosted President Emmanuel Macron for a working dinner on Tuesday.\n").Events);
            Assert.StartsWith("Dinner", dinner.Name);
        }

        [Fact]
        public void A_round_of_talks_held_somewhere_or_on_a_day_is_those_talks()
        {
            const string front = "---\npublished: 2022-03-30\n---\nHeadline\n\n";
            var e = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", front + "The two delegations held a second round of negotiations in Nairobi on Tuesday.\n").Events);
            Assert.Equal(EventKindModel.Talks, e.Kind);
            Assert.Equal("Nairobi", e.Location);
            Assert.Equal("2022-03-29", e.Start.ToIso());
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", front + "The two delegations want a second round of negotiations.\n").Events);
        }

        [Theory]
        [InlineData("The three-day summit in Nairobi ends on Wednesday.", "2023-07-10", "2023-07-12")]
        [InlineData("The three-day summit in Nairobi opens on Wednesday.", "2023-07-12", "2023-07-14")]
        [InlineData("The two-day conference in Geneva closed on Friday.", "2023-07-06", "2023-07-07")]
        public void A_date_after_a_verb_of_ending_is_the_last_day_of_an_event_of_known_length(string text, string start, string end)
        {
            var e = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2023-07-10\n---\nHeadline\n\n" + text + "\n").Events);
            Assert.Equal(start, e.Start.ToIso());
            Assert.Equal(end, e.End.ToIso());
        }

        [Fact]
        public void Event_names_give_the_people_between_by_name_and_the_group_a_description_qualifies()
        {
            const string front = "---\npublished: 2019-02-28\n---\nHeadline\n\n";
            var a = ArticleExtractor.Extract("seeds/t.txt", front + "The third summit between Canadian Prime Minister Jonas Berg and Chilean President Ana Soto ended on Thursday in Lima.\n").Events;
            Assert.Contains(a, e => e.Name == "Third summit between Jonas Berg and Ana Soto");
            var b = ArticleExtractor.Extract("seeds/t.txt", front + "The envoy held talks with Peruvian officials in Lima on Thursday.\n").Events;
            Assert.Contains(b, e => e.Name.StartsWith("Talks with Peruvian officials", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("The Senate will debate the pension bill on Thursday.", "Senate's debate on the pension bill", "2024-06-13")]
        [InlineData("The Storting voted on the budget on Tuesday.", "Storting's vote on the budget", "2024-06-11")]
        public void A_legislature_debating_or_voting_on_a_bill_holds_a_sitting(string text, string name, string start)
        {
            var e = Assert.Single(ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2024-06-12\n---\nHeadline\n\n" + text + "\n").Events);
            Assert.Equal(EventKindModel.Session, e.Kind);
            Assert.Equal(name, e.Name);
            Assert.Equal(start, e.Start.ToIso());
        }

        [Fact]
        public void Debating_with_no_legislature_as_the_subject_is_no_sitting() =>
            Assert.Empty(ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2024-06-12\n---\nHeadline\n\nCritics want to debate the bill on Thursday.\n").Events);

        [Fact]
        public void A_relative_clause_that_began_the_event_gives_its_place_and_people()
        {
            var h = new EventStageHarness("The envoy urged Chancellor Olaf Scholz and President Emmanuel Macron to finish the trade negotiations they began in March in Geneva.");
            var m = Assert.Single(h.Named(verbal: false));
            Assert.Equal(EventKindModel.Talks, m.Kind);
            Assert.Equal("Geneva", m.Place);
            Assert.Equal(new[] { "Olaf Scholz", "Emmanuel Macron" }, m.People);
            // "which started": the event is the subject; a bare definite head becomes an event with the clause's place
            var w = Assert.Single(new EventStageHarness("Observers praised the negotiations which started in Oslo.").Named(verbal: false));
            Assert.Equal("Oslo", w.Place);
            // the event as the subject of a transitive verb ("launched 1,000 trips") is no report of it beginning
            Assert.Empty(new EventStageHarness("Observers praised the negotiations that launched many careers.").Named(verbal: false));
            // no relative clause of beginning: the bare definite head only refers back
            Assert.Empty(new EventStageHarness("Observers praised the negotiations in the press.").Named(verbal: false));
        }

        [Fact]
        public void A_process_two_people_carry_on_is_their_talks_and_known_by_both()
        {
            var e = Assert.Single(Extract("Chancellor Olaf Scholz and President Emmanuel Macron agreed to resume the negotiations.").Events);
            Assert.Equal(EventKindModel.Talks, e.Kind);
            Assert.Equal(new[] { "Olaf Scholz", "Emmanuel Macron" }, e.Participants);
            Assert.Contains("Olaf Scholz", e.Name);
            // talks named by their subject are also known by their two parties
            var h = Extract("Chancellor Olaf Scholz and President Emmanuel Macron praised the Franco-German peace talks they began in March in Geneva.");
            Assert.Contains(h.Events, x => x.Kind == EventKindModel.Talks && x.Aliases.Contains("Talks between Olaf Scholz and Emmanuel Macron"));
            // a pair that does not carry the process on holds no talks
            Assert.Empty(Extract("Chancellor Olaf Scholz and President Emmanuel Macron boycotted the negotiations.").Events);
            // one person is no pair: the bare definite head only refers back
            Assert.Empty(Extract("Chancellor Olaf Scholz praised the negotiations.").Events);
        }

        [Fact]
        public void A_deadline_is_no_date_of_the_event()
        {
            var e = Assert.Single(Extract("Chancellor Olaf Scholz and President Emmanuel Macron agreed to resume the negotiations and to reach a deal before the end of 2030.").Events);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
            var dated = Assert.Single(Extract("Chancellor Olaf Scholz and President Emmanuel Macron agreed to resume the negotiations in March 2030.").Events);
            Assert.Equal("2030-03", dated.Start.ToIso());
        }

        [Fact]
        public void Spoke_with_one_by_phone_and_another_in_person_is_a_call_and_a_meeting()
        {
            var h = new EventStageHarness("Justin Trudeau spoke with Joe Biden by phone and Chancellor Olaf Scholz in person.");
            var ms = h.Named(nominal: false);
            Assert.Equal(2, ms.Count);
            Assert.Contains(ms, m => m.Kind == EventKindModel.Talks && m.People.Contains("Joe Biden"));
            var met = Assert.Single(ms, m => m.Kind == EventKindModel.Meeting);
            Assert.Equal(new[] { "Justin Trudeau", "Olaf Scholz" }, met.People);
            // "in person" alone makes the talk a meeting; without it, speaking with someone is no event
            Assert.Equal(EventKindModel.Meeting, Assert.Single(new EventStageHarness("Justin Trudeau spoke with Olaf Scholz face to face.").Named(nominal: false)).Kind);
            Assert.Empty(new EventStageHarness("Justin Trudeau spoke with Olaf Scholz about trade.").Named(nominal: false));
        }

        [Fact]
        public void A_place_phrase_between_signed_and_the_document_is_where_it_was_signed()
        {
            var m = Assert.Single(new EventStageHarness("President Joe Biden signed in the Rose Garden a new executive order on tariffs.").Named(nominal: false));
            Assert.Equal("Rose Garden", m.Place);
            Assert.Null(Assert.Single(new EventStageHarness("President Joe Biden signed a new executive order on tariffs.").Named(nominal: false)).Place);
        }

        [Fact]
        public void A_legislature_that_passed_a_resolution_held_a_vote_on_it()
        {
            var m = Assert.Single(new EventStageHarness("Polish lawmakers debated for hours and then passed a resolution condemning the attack.").Named(nominal: false));
            Assert.Equal(EventKindModel.Session, m.Kind);
            Assert.Equal("Polish lawmakers' vote on the resolution", m.Name);
            Assert.Equal("Poland", m.Place);
            // no legislature named as the subject: no vote
            Assert.Empty(new EventStageHarness("It also passed a resolution on climate.").Named(nominal: false));
            Assert.Empty(new EventStageHarness("The board of the company approved a budget for the year.").Named(nominal: false));
        }

        [Fact]
        public void Electing_a_party_officer_is_the_party_election_of_that_office()
        {
            var m = Assert.Single(new EventStageHarness("Party members voted on Saturday to elect Maria Lopez, a former mayor, as the new Liberal leader.").Named(nominal: false));
            Assert.Equal(EventKindModel.Election, m.Kind);
            Assert.Equal("Liberal leadership election", m.Name);
            Assert.Equal("Green chairmanship election", Assert.Single(new EventStageHarness("Maria Lopez was elected Green chairman.").Named(nominal: false)).Name);
            // an office no party word names, or a seat, is no party election
            Assert.Empty(new EventStageHarness("Maria Lopez was first elected in 2001 as a member of Parliament.").Named(nominal: false));
            Assert.Empty(new EventStageHarness("Voters elected Maria Lopez as the new British leader.").Named(nominal: false));
        }

        [Fact]
        public void A_vote_held_on_a_day_with_no_place_of_its_own_is_named_by_its_day()
        {
            var m = Assert.Single(new EventStageHarness("Observers said the referendum which was held on 12 March was fair.").Named(verbal: false));
            Assert.Equal("Referendum of 12 March", m.Name);
            // with a place of its own it keeps its place name
            var placed = Assert.Single(new EventStageHarness("Observers said the referendum in Crete which was held on 12 March was fair.").Named(verbal: false));
            Assert.DoesNotContain("12 March", placed.Name);
        }

        [Fact]
        public void An_indefinite_event_the_clause_is_part_of_is_one_event_at_the_fronted_place()
        {
            var m = Assert.Single(new EventStageHarness("On Sunday in Lyon, as part of a rally, Marine Le Pen said the vote would be close.").Named(verbal: false));
            Assert.Equal(EventKindModel.Protest, m.Kind);
            Assert.Equal("Lyon", m.Place);
            Assert.Equal("Rally in Lyon", m.Name);
            // "a rally" with no cue is rallies in general
            Assert.Empty(new EventStageHarness("Marine Le Pen often speaks at a rally.").Named(verbal: false));
        }

        [Fact]
        public void Meeting_right_after_where_its_subject_is_is_the_verb_and_places_the_meeting()
        {
            var m = Assert.Single(new EventStageHarness("Chancellor Olaf Scholz, who is in Berlin, Germany meeting with President Emmanuel Macron, said the talks went well.").Named(nominal: false));
            Assert.Equal(EventKindModel.Meeting, m.Kind);
            Assert.Equal("Berlin", m.Place);
            Assert.Equal(new[] { "Olaf Scholz", "Emmanuel Macron" }, m.People);
            Assert.Contains("Olaf Scholz's meeting in Berlin", m.Aliases);
            // "the Berlin meeting with X" is a noun phrase, not the verb
            Assert.Empty(new EventStageHarness("Chancellor Olaf Scholz praised the Berlin meeting with President Emmanuel Macron.").Named(nominal: false));
        }

        [Fact]
        public void A_head_after_the_infinitive_to_is_a_verb_not_an_event()
        {
            Assert.Empty(new EventStageHarness("Thousands of students continue to protest against the government.").Named());
            Assert.Single(new EventStageHarness("The protest against the government drew thousands of students.").Named());
        }

        [Theory]
        [InlineData("the Middle East", null)]
        [InlineData("Germany", "Germany")]
        public void A_part_of_a_trip_takes_its_country_but_not_its_region(string whereTo, string? expected)
        {
            var a = Extract("President Emmanuel Macron travels to " + whereTo + " on 3 May 2019. During his trip, President Emmanuel Macron will meet with Olaf Scholz.");
            var meeting = Assert.Single(a.Events, e => e.Kind == EventKindModel.Meeting);
            Assert.Equal("2019-05-03", meeting.Start.ToIso());
            Assert.Equal(expected, meeting.Location);
        }

        [Fact]
        public void The_goal_of_a_role_named_in_passing_is_no_event_unless_it_has_a_year()
        {
            Assert.Empty(new EventStageHarness("The document backed the candidate for the presidential elections, a former minister.").Named());
            Assert.Empty(new EventStageHarness("The governor won all the delegates to the Green Party's National Convention.").Named());
            Assert.Single(new EventStageHarness("The document backed the candidate for the 2027 presidential elections, a former minister.").Named());
            Assert.Single(new EventStageHarness("The governor is a delegate to the Green Party's National Convention in July.").Named());
        }

        [Fact]
        public void A_visit_that_takes_its_visitor_to_a_city_of_its_country_is_placed_there()
        {
            const string first = "President Joe Biden made a state visit to Canada on 3 May 2021.";
            Assert.Equal("Canada", Assert.Single(Extract(first).Events).Location);
            var e = Assert.Single(Extract(first + " The two-day visit will take the President to Canada's capital city, Ottawa, and to Toronto.").Events);
            Assert.Equal("Ottawa", e.Location);
        }

        [Fact]
        public void A_party_that_elected_its_new_leader_and_a_senate_that_voted_to_pass_a_bill()
        {
            var party = Assert.Single(new EventStageHarness("On Saturday the Labour Party elected Maria Lopez as its new leader.").Named(nominal: false));
            Assert.Equal("Labour Party leadership election", party.Name);
            var vote = Assert.Single(new EventStageHarness("The Senate voted 52-48 to pass the bill on Tuesday.").Named(nominal: false));
            Assert.Equal(EventKindModel.Session, vote.Kind);
            Assert.Equal("Senate's vote on the bill", vote.Name);
            // a plan to pass is no vote
            Assert.Empty(new EventStageHarness("The Senate is expected to pass the bill next week.").Named(nominal: false));
        }

        private static ArticleModel Dated(string published, string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: " + published + "\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void A_negated_verb_of_travel_or_meeting_reports_no_event()
        {
            Assert.Empty(Dated("2024-03-06", "The foreign minister, who did not travel to Geneva, spoke to the delegates by video.").Events);
            Assert.Empty(Dated("2024-03-06", "President Tomas Varga has never visited Cuba.").Events);
            Assert.Empty(Dated("2024-03-06", "Prime Minister Anna Holm decided not to meet President Tomas Varga on Friday.").Events);
            // without the negation the same clause is an event
            Assert.Single(Dated("2024-03-06", "Foreign Minister Lena Berg travelled to Geneva on Monday.").Events);
        }

        [Fact]
        public void A_participle_with_its_agent_tells_no_tense_so_the_future_of_the_clause_dates_it()
        {
            // published on a Wednesday: "will hold … on Monday" is the Monday after, "chaired by" notwithstanding
            var e = Assert.Single(Dated("2024-03-06", "The tribunal will hold a hearing on Monday, chaired by Judge Ann Porter.").Events);
            Assert.Equal("2024-03-11", e.Start.ToIso());
            // "rose by 3 percent": with a number after "by", a past verb still tells the past
            var f = Assert.Single(Dated("2024-03-06", "Turnout rose by 3 percent at the referendum on Sunday in Moldova.").Events);
            Assert.Equal("2024-03-03", f.Start.ToIso());
        }

        [Fact]
        public void A_place_that_opens_the_sentence_places_the_meeting_before_the_dateline()
        {
            var e = Assert.Single(Dated("2024-03-06", "ACCRA, March 6 (Reuters) - In Nairobi, the trade minister, Jane Mwangi, met with a delegation of the African Union led by Moussa Diallo on Tuesday.").Events);
            Assert.Equal("Nairobi", e.Location);
            Assert.Equal("2024-03-05", e.Start.ToIso());
            // the name ends before the participle and its agent
            Assert.Equal("Meeting of Jane Mwangi with a delegation of the African Union", e.Name);
        }

        [Fact]
        public void Talks_with_a_counterpart_named_after_a_possessive_are_with_that_person()
        {
            var e = Assert.Single(Dated("2024-03-06", "Estonian Prime Minister Mart Kask held talks with his Finnish counterpart Liisa Virtanen in Tallinn on Tuesday.").Events);
            Assert.Equal(new[] { "Mart Kask", "Liisa Virtanen" }, e.Participants);
        }

        [Fact]
        public void An_event_a_verb_opens_or_a_meeting_at_a_place_on_a_date_is_that_event()
        {
            var opened = Assert.Single(Dated("2024-03-06", "Energy ministers opened a three-day conference in Lagos on Monday.").Events);
            Assert.Equal(EventKindModel.Conference, opened.Kind);
            Assert.Equal(("2024-03-04", "2024-03-06"), (opened.Start.ToIso(), opened.End.ToIso()));
            Assert.Equal("Lagos", opened.Location);
            var at = Assert.Single(Dated("2024-03-06", "The envoys will discuss the ceasefire at a meeting in Doha on March 20.").Events);
            Assert.Equal(("2024-03-20", "Doha"), (at.Start.ToIso(), at.Location));
            // at a meeting with neither a place nor a date: no event of its own
            Assert.Empty(Dated("2024-03-06", "The envoys discussed the ceasefire at a meeting.").Events);
        }

        [Fact]
        public void A_meeting_someone_is_scheduled_to_hold_on_a_day_and_talks_held_with_adjectives_are_events()
        {
            var planned = Assert.Single(Dated("2024-03-06", "Chancellor Petra Lang is scheduled to meet President Ivo Marek on Friday.").Events);
            Assert.Equal(new[] { "Petra Lang", "Ivo Marek" }, planned.Participants);
            Assert.Equal("2024-03-08", planned.Start.ToIso());
            var held = Assert.Single(Dated("2024-03-06", "President Ivo Marek and Chancellor Petra Lang held their first formal talks on Tuesday.").Events);
            Assert.Equal(EventKindModel.Talks, held.Kind);
            Assert.Equal(new[] { "Ivo Marek", "Petra Lang" }, held.Participants);
            Assert.Equal("2024-03-05", held.Start.ToIso());
        }

        [Fact]
        public void A_month_without_its_year_in_past_reporting_is_the_last_such_month()
        {
            var e = Assert.Single(Dated("2024-05-10", "Their previous meeting, at the Arctic summit in Oslo in November, ended without a deal.").Events);
            Assert.Equal("2023-11", e.Start.ToIso());
            var f = Assert.Single(Dated("2024-05-10", "The next Arctic summit will be held in Reykjavik in November.").Events);
            Assert.Equal("2024-11", f.Start.ToIso());
        }

        [Fact]
        public void Summits_in_different_places_or_of_another_edition_are_different_events()
        {
            var a = Dated("2024-05-10", "Leaders opened a two-day summit in Lima on Friday.\n\nThe trade summit in Oslo in November ended without a deal.\n\n"
                + "The next trade summit will be held in Reykjavik in 2025.");
            Assert.Equal(new[] { "Lima", "Oslo", "Reykjavik" }, a.Events.Where(e => e.Kind == EventKindModel.Summit).Select(e => e.Location).OrderBy(x => x == "Lima" ? 0 : x == "Oslo" ? 1 : 2));
            Assert.Equal(3, a.Events.Count(e => e.Kind == EventKindModel.Summit));
        }

        [Fact]
        public void Talks_that_lasted_hours_in_a_described_capital_are_the_clauses_talks_there()
        {
            var e = Assert.Single(Dated("2024-03-06", "Kenyan President Amos Kiprono and Ugandan President Ruth Nabirye signed the accord after five hours of talks in the Kenyan capital.").Events,
                x => x.Kind == EventKindModel.Talks);
            Assert.Equal("Nairobi", e.Location);
            Assert.Equal(new[] { "Amos Kiprono", "Ruth Nabirye" }, e.Participants);
            // one adjective may stand between: "after 12 days of marathon negotiations in Geneva"
            Assert.Contains(Dated("2024-03-06", "The accord was sealed after 12 days of marathon negotiations in Geneva.").Events, x => x.Kind == EventKindModel.Talks && x.Location == "Geneva");
            // hours of talks with neither a place nor a date are no event of their own
            Assert.DoesNotContain(Dated("2024-03-06", "Amos Kiprono said hours of talks were needed.").Events, x => x.Kind == EventKindModel.Talks);
        }

        [Fact]
        public void Receiving_a_delegation_is_a_meeting_with_it()
        {
            var e = Assert.Single(Dated("2024-03-06", "President Ivo Marek received a delegation of the Nordic Council led by Liisa Virtanen on Monday.").Events);
            Assert.Equal(EventKindModel.Meeting, e.Kind);
            Assert.Equal("Meeting of Ivo Marek with a delegation of the Nordic Council", e.Name);
            Assert.Equal("2024-03-04", e.Start.ToIso());
        }

        [Fact]
        public void A_news_agency_dateline_closed_by_a_full_stop_places_the_articles_events_and_a_cabinet_sitting_there()
        {
            var met = Assert.Single(Dated("2024-03-06", "LUSAKA, March 6. President Hakainde Hichilema met with Finance Minister Situmbeko Musokotwane on Tuesday.").Events);
            Assert.Equal("Lusaka", met.Location);
            var cabinet = Assert.Single(Dated("2024-03-06", "LUSAKA, March 6. President Hakainde Hichilema led a cabinet meeting on Tuesday.").Events);
            Assert.Equal("Lusaka", cabinet.Location);
            // with no dateline the meeting has no place
            Assert.Null(Assert.Single(Dated("2024-03-06", "President Hakainde Hichilema met with Finance Minister Situmbeko Musokotwane on Tuesday.").Events).Location);
        }

        [Fact]
        public void Two_people_who_met_met_each_other_and_the_gathering_their_clause_names_is_that_meeting()
        {
            var met = Assert.Single(Dated("2024-03-06", "Foreign ministers Lena Berg and Tomas Varga met in Tallinn on Monday.").Events);
            Assert.Equal(("Meeting of Lena Berg and Tomas Varga", "2024-03-04", "Tallinn"), (met.Name, met.Start.ToIso(), met.Location));
            var summit = Assert.Single(Dated("2024-03-06", "President Ivo Marek and President Petra Lang met for two hours in Vienna on Tuesday in their first summit.").Events);
            Assert.Equal(EventKindModel.Summit, summit.Kind);
            Assert.Equal(new[] { "Ivo Marek", "Petra Lang" }, summit.Participants);
            Assert.Equal("2024-03-05", summit.Start.ToIso());
            // "met separately", "met reporters": no meeting of the two
            Assert.DoesNotContain(Dated("2024-03-06", "Foreign ministers Lena Berg and Tomas Varga met separately with the envoy's staff.").Events,
                e => e.Participants.Count == 2 && e.Participants.Contains("Lena Berg") && e.Participants.Contains("Tomas Varga"));
        }

        [Fact]
        public void An_event_of_a_where_clause_is_in_the_place_the_clause_follows()
        {
            var a = Dated("2024-03-06", "President Ivo Marek flew to Vienna from Prague, where he attended a trade summit on Monday.");
            Assert.Equal("Prague", Assert.Single(a.Events, e => e.Kind == EventKindModel.Summit).Location);
        }

        [Fact]
        public void A_meeting_someone_hopes_to_host_is_no_event_and_a_countrys_congress_is_its_legislature()
        {
            Assert.Empty(Dated("2024-03-06", "President Ivo Marek said he hoped to host a meeting between Petra Lang and Tomas Varga in Prague.").Events);
            Assert.Empty(Dated("2024-03-06", "The U.S. Congress has 60 days to review the accord. Peru's Congress rejected it.").Events);
            // a party congress with its ordinal is one
            Assert.Single(Dated("2024-03-06", "The party opened its 21st Congress in Hanoi on Monday.").Events);
        }

        [Fact]
        public void A_dated_vote_the_clause_says_a_country_voted_in_is_that_countrys_vote()
        {
            var e = Assert.Single(Dated("2024-03-08", "Ireland voted to change its constitution in a referendum on Thursday, officials said.").Events);
            Assert.Equal(EventKindModel.Election, e.Kind);
            Assert.Equal(("2024-03-07", "Ireland"), (e.Start.ToIso(), e.Location));
            // without a date, a vote in general
            Assert.Empty(Dated("2024-03-08", "Ireland voted to change its constitution in a referendum.").Events);
        }

        [Fact]
        public void Talks_held_by_unnamed_negotiators_or_invited_to_with_a_place_and_a_date_are_those_talks()
        {
            var held = Assert.Single(Dated("2024-03-06", "Armenian and Azerbaijani negotiators held their first direct talks in months in Geneva on Tuesday.").Events);
            Assert.Equal(("Talks in Geneva", "2024-03-05", "Geneva"), (held.Name, held.Start.ToIso(), held.Location));
            var invited = Assert.Single(Dated("2024-03-06", "Chancellor Petra Lang invited the two envoys to talks in Vienna on March 8.").Events);
            Assert.Equal(("Talks in Vienna", "2024-03-08"), (invited.Name, invited.Start.ToIso()));
            // no date: talks in general
            Assert.Empty(Dated("2024-03-06", "Chancellor Petra Lang invited the two envoys to talks in Vienna.").Events);
        }

        [Fact]
        public void A_weekdays_possessive_dates_the_event_and_owns_nothing()
        {
            var e = Assert.Single(Dated("2024-03-06", "The opposition rejected the result of Sunday's presidential election in Moldova.").Events);
            Assert.Equal(("2024-03-03", "Moldova"), (e.Start.ToIso(), e.Location));
            // "this week's": a week names no day
            Assert.Null(Assert.Single(Dated("2024-03-06", "Turnout was low in this week's first presidential caucus.").Events).Start.ToIso());
        }

        [Fact]
        public void Their_meeting_of_a_clause_with_two_people_is_the_meeting_of_the_two()
        {
            var e = Assert.Single(Dated("2024-03-06", "President Ivo Marek and Chancellor Petra Lang agreed on Tuesday to reopen the border during their first formal meeting in a decade.").Events);
            Assert.Equal(("Meeting of Ivo Marek and Petra Lang", "2024-03-05"), (e.Name, e.Start.ToIso()));
        }

        [Fact]
        public void A_name_with_its_abbreviation_in_parentheses_a_classified_vote_and_their_next_summit_with_place_and_date()
        {
            var named = Assert.Single(Dated("2024-03-06", "The talks took place on the sidelines of the Andean Trade Forum (ATF) summit, which runs through Friday in Quito.").Events);
            Assert.Equal(("Andean Trade Forum (ATF) summit", "Quito"), (named.Name, named.Location));
            Assert.Equal("2024-03-08", named.Start.ToIso()); // "runs through Friday": the Friday ahead
            var vote = Assert.Single(Dated("2024-03-06", "Prime Minister Anna Holm survived a no-confidence vote in Parliament on Tuesday.").Events);
            Assert.Equal(("No-confidence vote", "2024-03-05"), (vote.Name, vote.Start.ToIso()));
            var next = Assert.Single(Dated("2024-03-06", "Nordic leaders will discuss the plan at their next summit in Oslo on April 9.").Events);
            Assert.Equal(("Summit in Oslo", "2024-04-09", "Oslo"), (next.Name, next.Start.ToIso(), next.Location));
            // their next summit with no place or date: an edition in general
            Assert.Empty(Dated("2024-03-06", "Nordic leaders will discuss the plan at their next summit.").Events);
        }

        [Fact]
        public void The_meeting_two_people_last_held_is_another_meeting_than_the_one_reported()
        {
            var a = Dated("2024-03-06", "President Ivo Marek and Chancellor Petra Lang agreed on Tuesday to reopen the border during their first formal meeting in a decade.\n\n"
                + "Marek and Lang last met in Graz in 2014.");
            Assert.Equal(new[] { "2014", "2024-03-05" }, a.Events.Select(e => e.Start.ToIso()).OrderBy(x => x, StringComparer.Ordinal));
            var dinner = Assert.Single(Dated("2024-03-06", "President Ivo Marek will attend a dinner with Austrian business leaders on Friday.").Events);
            Assert.Equal("Dinner with Austrian business leaders", dinner.Name);
        }

        [Fact]
        public void The_datelines_date_dates_no_event_and_an_arrival_places_the_visit()
        {
            var forum = Assert.Single(Dated("2024-03-06", "RIGA, 6 March (LETA) – The 4th Baltic Trade Forum will take place in Vilnius on 12-13 June 2025, the organisers said.").Events);
            Assert.Equal(("2025-06-12", "2025-06-13", "Vilnius"), (forum.Start.ToIso(), forum.End.ToIso(), forum.Location));
            // with no other date in its sentence, the lead's event is the dateline's day
            Assert.Equal("2024-03-06", Assert.Single(Dated("2024-03-06", "RIGA, 6 March (LETA) – Prime Minister Anna Holm met with President Ivo Marek in Riga.").Events).Start.ToIso());
            var visit = Assert.Single(Dated("2024-03-06", "RIGA, 6 March (LETA) – Prime Minister Anna Holm arrived in Tallinn on a working visit on 5 March.").Events);
            Assert.Equal(("2024-03-05", "Tallinn"), (visit.Start.ToIso(), visit.Location));
        }

        [Fact]
        public void A_meeting_on_the_margins_of_a_summit_is_named_without_them_and_to_is_no_venue_but_a_visits()
        {
            var a = Dated("2024-03-06", "Leaders of the Nordic states held an emergency meeting on the margins of the trade summit in Lima on Tuesday after a drone crashed in Chile.");
            var meeting = Assert.Single(a.Events, e => e.Kind == EventKindModel.Meeting);
            Assert.Equal(("Emergency meeting", "Lima"), (meeting.Name, meeting.Location));
            var closed = Dated("2024-03-06", "President Ivo Marek closed the two-day trade summit in Lima on Tuesday and handed the chair to Chile, which will host the next summit in Santiago in 2025.");
            Assert.Equal(new[] { "Lima", "Santiago" }, closed.Events.Where(e => e.Kind == EventKindModel.Summit).Select(e => e.Location).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Fact]
        public void The_one_who_says_a_summit_will_be_held_holds_none_and_ambassadors_gather()
        {
            var summit = Assert.Single(Dated("2024-03-06", "Secretary-General Tomas Varga said allies would hold a summit in Vienna in July.").Events);
            Assert.Empty(summit.Participants);
            var met = Assert.Single(Dated("2024-03-06", "EU ambassadors met in Brussels on Tuesday to discuss the incident.").Events);
            Assert.Equal(("2024-03-05", "Brussels"), (met.Start.ToIso(), met.Location));
        }

        [Fact]
        public void Elections_of_a_headline_and_of_one_sentence_are_one_and_a_day_is_no_part_of_the_name()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2024-03-08\n---\nNordic Union wins Danish election\n\n"
                + "COPENHAGEN (AP) - The Nordic Union won Thursday's general election in Denmark.\n\n"
                + "Swedes go to the polls on Sunday for the second round of a parliamentary election.\n");
            var elections = a.Events.Where(e => e.Kind == EventKindModel.Election).ToList();
            Assert.Equal(2, elections.Count);
            var danish = Assert.Single(elections, e => e.Location == "Denmark");
            Assert.Equal(("General election in Denmark", "2024-03-07"), (danish.Name, danish.Start.ToIso()));
            Assert.Equal("2024-03-10", Assert.Single(elections, e => e.Location == "Sweden").Start.ToIso());
        }

        [Fact]
        public void A_trip_to_a_building_named_after_a_place_is_no_trip_to_that_place()
        {
            var e = Assert.Single(Dated("2024-03-06", "LONDON (Reuters) - Prime Minister Anna Holm will travel to Buckingham Palace on Friday.").Events);
            Assert.Equal(("Trip of Anna Holm to Buckingham Palace", "London"), (e.Name, e.Location));
        }

        [Fact]
        public void The_one_who_pays_a_visit_is_its_visitor_and_a_named_body_gathers()
        {
            var visit = Assert.Single(Dated("2024-03-06", "Foreign Minister Lena Berg will pay an official visit to Austria on 11-12 March.").Events);
            Assert.Equal(new[] { "Lena Berg" }, visit.Participants);
            var met = Assert.Single(Dated("2024-03-06", "The Joint Border Commission met in Vienna on 4 March.").Events);
            Assert.Equal(("Meeting of the Joint Border Commission in Vienna", "2024-03-04"), (met.Name, met.Start.ToIso()));
            // a capitalised run with no organisation's head word is no body
            Assert.Empty(Dated("2024-03-06", "The Northern Lights met in Vienna on 4 March.").Events);
        }
    }
}
