using System;
using System.Collections.Generic;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a date given as a deadline ("to conclude an agreement before the end of 2008", "a deal by March", "no later
    /// than 1 June") is when something must be done by, not when an event of the sentence takes place; as a date of events it
    /// is dropped. The narrative's reference date is not touched.
    /// </summary>
    internal static class EventDateDeadline
    {
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, IReadOnlyList<TemporalMatch> matches, EventWords words)
        {
            List<TemporalMatch>? result = null;
            for (int k = 0; k < matches.Count; k++)
            {
                if (!IsDeadline(sentence, matches[k].Index, words)) continue;
                result ??= new List<TemporalMatch>(matches);
                result.Remove(matches[k]);
            }
            return result ?? matches;
        }

        /// <summary>Whether the text right before <paramref name="at"/> ends with a deadline cue as whole words.</summary>
        internal static bool IsDeadline(string sentence, int at, EventWords words)
        {
            // read in place: the text before the date, without its trailing blanks
            int end = Math.Min(at, sentence.Length);
            while (end > 0 && char.IsWhiteSpace(sentence[end - 1])) end--;
            foreach (var cue in words.DeadlineCues)
            {
                int from = end - cue.Length;
                if (from < 0 || string.Compare(sentence, from, cue, 0, cue.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                if (from == 0 || !char.IsLetter(sentence[from - 1])) return true;
            }
            return false;
        }
    }
}
