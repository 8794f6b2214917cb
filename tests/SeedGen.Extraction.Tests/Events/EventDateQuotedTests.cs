using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>A relative date inside a direct quotation counts from when the words were spoken: it dates no event named
    /// outside the quotation.</summary>
    public class EventDateQuotedTests
    {
        private static readonly DateValue Anchor = new(2012, 5, 9);

        [Fact]
        public void A_quoted_today_does_not_date_an_event_outside_the_quotation()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2012-05-09\n---\nHeadline\n\n"
                + "During a phone call with the Danish prime minister, the chancellor said \"today I heard the news that the strike is over.\"\n");
            var e = Assert.Single(a.Events);
            Assert.True(e.Start.IsNone, e.Start.ToIso());
        }

        [Fact]
        public void A_quotation_still_open_at_the_end_of_the_sentence_runs_to_its_end()
        {
            string s = "She said \"yesterday we spoke for an hour, and we will speak again.";
            var q = Assert.Single(EventDateQuoted.Quotations(s));
            Assert.Equal(s.IndexOf('"'), q.Start);
            Assert.Equal(s.Length, q.End);
        }

        [Fact]
        public void A_quoted_date_still_dates_an_event_the_quotation_names_with_the()
        {
            string s = "\u201CThe talks today were useful,\u201D the envoy said.";
            var talks = new EventMention { Start = s.IndexOf("The talks"), End = s.IndexOf("The talks") + 9, Definite = true };
            var kept = EventDateQuoted.Apply(s, 0, DateRecognizer.Recognize(s, Anchor), new List<EventMention> { talks });
            Assert.Equal("2012-05-09", Assert.Single(kept).Start.ToIso());
            Assert.Empty(EventDateQuoted.Apply(s, 0, DateRecognizer.Recognize(s, Anchor), new List<EventMention>()));
        }

        [Fact]
        public void Written_dates_and_weekdays_inside_a_quotation_are_kept()
        {
            string s = "The minister said \"we met on 3 May 2012 and again on Monday.\"";
            var kept = EventDateQuoted.Apply(s, 0, DateRecognizer.Recognize(s, Anchor), new List<EventMention>());
            Assert.Equal(2, kept.Count);
        }
    }
}
