using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A bare plural event noun after a fronted "In &lt;place&gt;," with a date in its clause is one event there; a
    /// definite shorter form of the headline's event is that event.</summary>
    public class EventFrontedPlaceAndHeadlineTests
    {
        private static ArticleModel Extract(string title, string body) =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2016-06-01\n---\n" + title + "\n\n" + body + "\n");

        [Theory]
        [InlineData("In Georgia, primaries on May 24 drew a record turnout.", "Georgia", "2016-05-24")]
        [InlineData("In Peru, elections on April 10 left two candidates for a runoff.", "Peru", "2016-04-10")]
        public void A_fronted_place_and_a_date_make_a_bare_plural_one_event(string body, string place, string start)
        {
            var e = Assert.Single(Extract("Headline", body).Events);
            Assert.Equal(EventKindModel.Election, e.Kind);
            Assert.Equal(place, e.Location);
            Assert.Equal(start, e.Start.ToIso());
        }

        [Fact]
        public void Without_a_date_the_bare_plural_stays_generic()
        {
            Assert.Empty(Extract("Headline", "In Georgia, primaries usually draw few voters.").Events);
        }

        [Fact]
        public void A_definite_shorter_form_of_the_headline_event_is_that_event()
        {
            var a = Extract("Clinton wins 2016 Kentucky primary",
                "Hillary Clinton narrowly won the Democratic Party's Kentucky primary on May 17. "
                + "Analysts said the 2016 primary could be the state's last, as lawmakers consider a caucus.");
            var e = Assert.Single(a.Events, x => x.Kind == EventKindModel.Election);
            Assert.Equal("Kentucky", e.Location);
        }
    }
}
