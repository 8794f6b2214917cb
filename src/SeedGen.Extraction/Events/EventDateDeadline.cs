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
            string before = sentence.Substring(0, Math.Min(at, sentence.Length)).TrimEnd();
            foreach (var cue in words.DeadlineCues)
                if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                    && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
                    return true;
            return false;
        }
    }
}
