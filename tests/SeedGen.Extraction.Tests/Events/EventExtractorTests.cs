using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>The event extractor's rules, one at a time, on short articles of the genre.</summary>
    public class EventExtractorTests
    {
        private static ArticleModel Extract(string body) => ArticleExtractor.Extract("seeds/t.txt", "Headline\n\n" + body + "\n");

        [Fact]
        public void A_named_meeting_with_its_date_range_and_host_city()
        {
            var e = Assert.Single(Extract("On 8-9 October, Riga is hosting the Baltic Sea Security Forum.").Events);
            Assert.Equal("Baltic Sea Security Forum", e.Name);
            Assert.Equal(EventKindModel.Forum, e.Kind);
            Assert.Equal("--10-08", e.Start.ToIso());
            Assert.Equal("--10-09", e.End.ToIso());
            Assert.Equal("Riga", e.Location);
        }

        [Fact]
        public void Met_with_is_a_meeting_of_both_people()
        {
            var a = Extract("Foreign Minister Vladimir Makei met with Polish Foreign Minister Jacek Czaputowicz in Warsaw on 12 March 2019.");
            var e = Assert.Single(a.Events);
            Assert.Equal(EventKindModel.Meeting, e.Kind);
            Assert.Contains("Vladimir Makei", e.Participants);
            Assert.Contains("Jacek Czaputowicz", e.Participants);
            Assert.Equal("2019-03-12", e.Start.ToIso());
        }

        [Theory]
        [InlineData("The donor paid for his 2014 election campaign in cash.")]
        [InlineData("Auditors said the party's election finances were in order.")]
        [InlineData("The summit agenda was published by the hosts on 3 May 2019.")]
        public void A_head_that_only_classifies_the_noun_after_it_names_no_event(string sentence)
        {
            Assert.Empty(Extract(sentence).Events);
        }

        [Fact]
        public void Generic_and_proposed_gatherings_are_not_events()
        {
            var a = Extract("Belarus is ready to host a meeting of the leaders. Bilateral meetings are planned. Similar forums were held in Vienna.");
            Assert.Empty(a.Events);
        }

        [Fact]
        public void Abbreviations_of_event_series_are_expanded_and_mentions_merged()
        {
            var a = Extract("The MSC Core Group meeting opened in Minsk. The Munich Security Conference Core Group meeting ends on Friday.");
            var e = Assert.Single(a.Events);
            Assert.Equal("Munich Security Conference Core Group meeting", e.Name);
            Assert.Equal(2, e.Mentions.Count);
        }

        [Fact]
        public void Elections_take_their_country_and_a_year_written_in_the_phrase()
        {
            var a = Extract("The OSCE criticised the 2016 parliamentary elections in Belarus. He congratulated Russia on the presidential elections.");
            Assert.Contains(a.Events, e => e.Kind == EventKindModel.Election && e.Location == "Belarus" && e.Start.ToIso() == "2016");
            Assert.Contains(a.Events, e => e.Kind == EventKindModel.Election && e.Location == "Russia" && e.Start.IsNone);
        }

        [Fact]
        public void A_year_less_date_keeps_no_year_and_says_so()
        {
            var a = Extract("The summit of the Eastern Partnership will open in Brussels on 23 November.");
            var e = Assert.Single(a.Events);
            Assert.Equal("--11-23", e.Start.ToIso());
            Assert.Contains(a.Diagnostics, d => d.Id == "SG0201");
        }

        [Fact]
        public void Statements_said_at_an_event_point_to_it()
        {
            var a = Extract("Belarus President Aleksandr Lukashenko said that Belarus supports integration as he met with the CIS ministers of foreign affairs on 6 April.");
            var e = Assert.Single(a.Events);
            Assert.All(a.Statements, s => Assert.Equal(e.Name, s.Event));
            Assert.NotEmpty(a.Statements);
        }
    }
}
