using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A definite event phrase with its own date right after it is the event the reader is told of, even with nothing
    /// before it to refer back to; a national vote with no place of its own is held in the country of the one national
    /// leader its sentence names.</summary>
    public class EventDatedDefiniteTests
    {
        private static ArticleModel Extract(string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2018-06-24\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void The_election_today_is_an_event_of_that_day()
        {
            var e = Assert.Single(Extract("Voters queued for hours to take part in the election today.").Events);
            Assert.Equal(EventKindModel.Election, e.Kind);
            Assert.Equal("2018-06-24", e.Start.ToIso());
        }

        [Fact]
        public void A_bare_definite_election_without_a_date_is_no_event()
        {
            Assert.Empty(Extract("Voters queued for hours to take part in the election.").Events);
        }

        [Fact]
        public void A_sitting_of_a_national_body_is_held_in_the_nation()
        {
            var e = Assert.Single(Extract("Recep Tayyip Erdoğan chaired a cabinet meeting on Friday.").Events);
            Assert.Equal("Turkey", e.Location);
        }

        [Fact]
        public void A_capitalised_body_is_a_proper_name_not_a_nation()
        {
            var e = Assert.Single(Extract("Recep Tayyip Erdoğan addressed the session of the OSCE Parliamentary Assembly on Friday.").Events);
            Assert.NotEqual("Turkey", e.Location);
        }

        [Fact]
        public void A_national_vote_takes_the_country_of_the_leader_its_sentence_names()
        {
            var e = Assert.Single(Extract("Campaigning in Ankara, Recep Tayyip Erdoğan promised Greek visitors lower fares, days before the election tomorrow.").Events);
            Assert.Equal("Turkey", e.Location);
        }
    }
}
