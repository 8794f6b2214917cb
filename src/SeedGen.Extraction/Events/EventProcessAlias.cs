using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: talks named by their subject ("Israeli-Palestinian peace talks", "the negotiations between Abbas and Olmert")
    /// are also known by the two people who hold them: an event of kind talks whose name has a process head (talks,
    /// negotiations) that does not already name them, and that has exactly two participants, gets the alias "Talks between X and Y", so that reports of the
    /// same talks under other names (in other articles) are known to be one.
    /// </summary>
    internal static class EventProcessAlias
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] NameSeparators = { ' ', '-' };

        public static void Resolve(List<EventDraft> drafts, EventWords words)
        {
            foreach (var d in drafts)
            {
                if (d.Kind != EventKindModel.Talks || d.Participants.Count != 2) continue;
                var tokens = d.Name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries);
                if (!tokens.Any(words.ProcessHeads.Contains)) continue;
                // "Talks of X and Y in Minsk", "Negotiations between X and Y": the name already says who holds them
                if (d.Participants.All(p => d.Name.IndexOf(p, StringComparison.Ordinal) >= 0)) continue;
                string alias = "Talks between " + d.Participants[0] + " and " + d.Participants[1];
                if (!string.Equals(alias, d.Name, StringComparison.OrdinalIgnoreCase) && !d.Aliases.Contains(alias)) d.Aliases.Add(alias);
            }
        }
    }
}
