using System;
using System.Collections.Generic;

namespace SeedGen.Extraction.Events
{
    /// <summary>The content words of an event name, lower case, without function words: what merging within an article and
    /// across the corpus compares.</summary>
    internal static class EventNameTokens
    {
        private static readonly char[] Separators = { ' ', ',', '\u2013', '-', '(', ')' };
        private static readonly char[] Edges = { '\u2019', '\'', '.', '"' };

        /// <param name="singular">Drop a plural "s" ("ministers" ~ "minister", "elections" ~ "election"), except in plural-only heads ("talks").</param>
        /// <param name="dropMeeting">Leave out "meeting(s)", which names almost every merged-by-people event.</param>
        public static List<string> Of(string name, bool singular, bool dropMeeting)
        {
            var list = new List<string>();
            foreach (var raw in name.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                string w = raw.Trim(Edges).ToLowerInvariant();
                if (w.Length == 0 || w is "the" or "of" or "a" or "an" or "and" or "in" or "on" or "with" or "to" or "for") continue;
                if (dropMeeting && w is "meeting" or "meetings") continue;
                if (singular && w.EndsWith("s", StringComparison.Ordinal) && w.Length > 3 && !(w is "talks" or "negotiations" or "affairs")) w = w.Substring(0, w.Length - 1);
                list.Add(w);
            }
            return list;
        }
    }
}
