using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: an article that speaks of an election in a place without its date ("violence following a disputed
    /// presidential election") and names exactly one past election of that place by its year ("the crisis after the 2007
    /// election") speaks of one election: the two are one event, of that year. Only when the place has exactly one undated
    /// and one such dated election in the article, the year lies before the article's, and its date is known only to the
    /// year (a future "2012 elections" or a second past one leaves both apart).
    /// </summary>
    internal static class EventSameElection
    {
        public static void Resolve(List<EventDraft> drafts, DateValue anchor)
        {
            if (!anchor.HasYear) return;
            for (int u = 0; u < drafts.Count; u++)
            {
                var undated = drafts[u];
                if (undated.Kind != EventKindModel.Election || !undated.Start.IsNone || undated.Location == null) continue;
                if (drafts.Count(x => x.Kind == EventKindModel.Election && x.Start.IsNone && Same(x.Location, undated.Location)) != 1) continue;
                var past = drafts.Where(x => x != undated && x.Kind == EventKindModel.Election && Same(x.Location, undated.Location)
                    && x.Start.HasYear && x.Start.Year < anchor.Year).ToList();
                if (past.Count != 1 || past[0].Start.Month != 0) continue;
                var dated = past[0];
                undated.Start = dated.Start;
                undated.End = dated.End;
                undated.Mentions.AddRange(dated.Mentions);
                undated.Aliases.Add(dated.Name);
                undated.Aliases.AddRange(dated.Aliases);
                foreach (var p in dated.Participants) if (!undated.Participants.Contains(p)) undated.Participants.Add(p);
                drafts.Remove(dated);
                for (int e = 0; e < drafts.Count; e++) foreach (var m in drafts[e].Mentions) m.Event = e;
                u = -1; // indices moved: look again
            }
        }

        private static bool Same(string? a, string? b) => a != null && b != null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
