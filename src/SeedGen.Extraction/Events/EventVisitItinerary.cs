using System.Collections.Generic;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 1a (part): "the visit will take the President to Ottawa and to Halifax", "the tour took her to Kyiv": a visit
    /// phrase that is the subject of a verb of taking is where it takes its visitor; its first place after "to" (through a
    /// description in apposition: "Canada's capital city, Ottawa") is the visit's place.
    /// </summary>
    internal static class EventVisitItinerary
    {
        /// <summary>How many tokens after the verb its "to" may come ("will take the American President to").</summary>
        private const int Reach = 8;

        /// <summary>The first place the visit phrase ending at token <paramref name="right"/> takes its visitor to, or null.</summary>
        public static string? Find(TokenList tokens, int right, EntityIndex entities, EventWords words)
        {
            int v = right;
            if (v < tokens.Count && words.MeetAfter.Contains(tokens[v].Text)) v++; // "will", "shall"
            if (v >= tokens.Count || !words.VisitTakeVerbs.Contains(tokens[v].Text)) return null;
            for (int k = v + 1; k + 1 < tokens.Count && k <= v + Reach; k++)
            {
                if (tokens[k].Text is "." or ";") return null;
                if (tokens[k].Text != "to") continue;
                int p = k + 1;
                if (tokens[p].Text == "the" && p + 1 < tokens.Count) p++;
                // "Canada's capital city, Ottawa": the place in apposition after a description
                for (int d = p; d < tokens.Count && d < p + 4; d++)
                    if (tokens[d].Text == "," && d > p && words.PlaceDescriptions.Contains(tokens[d - 1].Text) && d + 1 < tokens.Count
                        && PlaceAt(entities, tokens[d + 1].Offset) is { } described)
                        return described.Canonical;
                if (PlaceAt(entities, tokens[p].Offset) is { } pm && !IsPossessive(tokens[p].Text)) return pm.Canonical;
                return null;
            }
            return null;
        }
    }
}
