using System.Linq;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 2: mentions into events.</summary>
    public class MentionGrouperTests
    {
        [Fact]
        public void A_visit_named_twice_and_reported_by_a_verb_is_one_visit()
        {
            var h = new EventStageHarness("George W. Bush visited Canada on Tuesday. It was his first official state visit to Canada. The visit ended.");
            var drafts = MentionGrouper.Group(h.Mentions(), h.Words);
            var d = Assert.Single(drafts);
            Assert.Equal(EventKindModel.Visit, d.Kind);
            Assert.Equal(3, d.Mentions.Count);
        }

        [Fact]
        public void Protests_in_different_cities_stay_apart()
        {
            var h = new EventStageHarness("There were protests in Geneva on Monday. There were also protests in Hamburg.");
            var drafts = MentionGrouper.Group(h.Mentions(), h.Words);
            Assert.Equal(new[] { "Geneva", "Hamburg" }, drafts.Select(d => d.Mentions[0].Place).ToArray());
        }

        [Fact]
        public void A_bare_reference_joins_the_last_event_of_its_kind()
        {
            var h = new EventStageHarness("The Baltic Sea Security Forum opened in Riga. The forum lasted two days.");
            var d = Assert.Single(MentionGrouper.Group(h.Mentions(), h.Words));
            Assert.Equal(2, d.Mentions.Count);
        }
    }
}
