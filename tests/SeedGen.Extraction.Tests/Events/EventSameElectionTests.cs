using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>An undated election of a place and the one past election of that place the article names by its year are one
    /// election of that year.</summary>
    public class EventSameElectionTests
    {
        private static ArticleModel Extract(string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2013-09-04\n---\nHeadline\n\n" + body + "\n");

        [Fact]
        public void The_undated_election_is_the_one_past_election_named_by_its_year()
        {
            var a = Extract("Riots broke out in Malawi following a disputed presidential election. "
                + "Observers said Malawi must avoid the unrest that followed the 2009 election. The 2014 elections are approaching.");
            var past = a.Events.Where(x => x.Kind == EventKindModel.Election && x.Start.Year != 2014).ToList();
            var e = Assert.Single(past);
            Assert.Equal("2009", e.Start.ToIso());
            Assert.Equal("Malawi", e.Location);
        }

        [Fact]
        public void Two_past_elections_named_by_their_years_leave_the_undated_one_apart()
        {
            var a = Extract("Riots broke out in Malawi following a disputed presidential election. "
                + "Observers compared the 2009 election with the 2004 election in Malawi.");
            Assert.Contains(a.Events, x => x.Kind == EventKindModel.Election && x.Start.IsNone);
        }
    }
}
