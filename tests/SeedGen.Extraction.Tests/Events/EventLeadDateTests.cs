using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>The lead (the first sentence) tells when the news happened: the headline's event known only by its year,
    /// and an undated event between people the lead names, take the lead's one full date.</summary>
    public class EventLeadDateTests
    {
        private static ArticleModel Extract(string title, string body, string published = "2022-10-05") =>
            ArticleExtractor.Extract("seeds/t.txt", "---\npublished: " + published + "\n---\n" + title + "\n\n" + body + "\n");

        [Fact]
        public void The_headline_election_known_by_its_year_takes_the_lead_day()
        {
            var a = Extract("Socialists win 2022 Portuguese general election",
                "On Sunday, Portugal's Socialist Party won 120 of the 230 seats in parliament. Turnout was 51 percent.");
            var e = a.Events.Single(x => x.Kind == EventKindModel.Election);
            Assert.Equal("2022-10-02", e.Start.ToIso());
            Assert.Equal("2022-10-02", e.End.ToIso());
        }

        [Fact]
        public void A_lead_of_another_year_or_with_two_dates_dates_nothing()
        {
            var other = Extract("Socialists win 2021 Portuguese general election",
                "On Sunday, Portugal's Socialist Party won 120 of the 230 seats in parliament.");
            Assert.Equal("2021", other.Events.Single(x => x.Kind == EventKindModel.Election).Start.ToIso());
            var two = Extract("Socialists win 2022 Portuguese general election",
                "On Sunday, Portugal's Socialist Party won 120 seats, and on Monday the count was confirmed.");
            Assert.Equal("2022", two.Events.Single(x => x.Kind == EventKindModel.Election).Start.ToIso());
        }

        [Fact]
        public void An_undated_meeting_of_the_people_of_the_lead_takes_its_date()
        {
            var a = Extract("Prime minister stays in office",
                "Yesterday, President Marta Silvano refused Prime Minister Joris Haldane's offer to resign. "
                + "The office published a recording on Monday. Silvano said in a meeting with Haldane that she trusted him.");
            var e = a.Events.Single(x => x.Kind == EventKindModel.Meeting);
            Assert.Equal("2022-10-04", e.Start.ToIso());
        }

        [Fact]
        public void A_meeting_of_people_the_lead_does_not_name_stays_undated()
        {
            var a = Extract("Prime minister stays in office",
                "Yesterday, President Marta Silvano refused the prime minister's offer to resign. "
                + "Silvano later said in a meeting with Joris Haldane that she trusted him.");
            var e = a.Events.Single(x => x.Kind == EventKindModel.Meeting);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
        }
    }
}
