using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a quantity of time with an anaphoric direction word ("a meeting two days earlier", "a week later"; the
    /// lexicon's <c>anaphoric_relative_cues</c>) counts from the narrative's reference time — the last full date the article
    /// wrote before it (a written date or a weekday, in this sentence or an earlier one) — not from the publication date as
    /// "two days ago" does. Such a date is then as good as a written one. With no reference date it is left as the
    /// calendar recogniser read it (against the anchor).
    /// </summary>
    internal static class EventDateReference
    {
        /// <param name="reference">The last full date read so far (updated with this sentence's dates, for the next one).</param>
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, DateValue anchor, IReadOnlyList<TemporalMatch> matches, EventWords words, ref DateValue reference)
        {
            List<TemporalMatch>? result = null;
            for (int k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                if (m.Kind == TemporalKind.Period || !m.Start.IsComplete) continue;
                if (m.Kind == TemporalKind.Relative && Anaphoric(sentence, m, words))
                {
                    if (!reference.IsComplete || !anchor.IsComplete || !m.End.IsNone) continue;
                    if (Day(reference) is not { } from || Day(m.Start) is not { } at || Day(anchor) is not { } now) continue;
                    long days = (long)(at - now).TotalDays;
                    if (from.Year + days / 365 < 2 || from.Year + days / 365 > 9998) continue;
                    var shifted = from.AddDays(days);
                    result ??= new List<TemporalMatch>(matches);
                    result[k] = m with { Start = new DateValue(shifted.Year, shifted.Month, shifted.Day), Kind = TemporalKind.Date, YearFromAnchor = false };
                    reference = result[k].Start;
                    continue;
                }
                // a written date or a weekday sets the reference; other relative expressions do not ("a week after he
                // attended" counts back from an event, not forward from the publication)
                if (m.Kind is TemporalKind.Date or TemporalKind.Range or TemporalKind.Weekday) reference = m.Start;
            }
            return result ?? matches;
        }

        /// <summary>Whether the expression's last word is an anaphoric direction ("earlier", "later").</summary>
        internal static bool Anaphoric(string sentence, TemporalMatch m, EventWords words) =>
            LastWord(sentence, m) is { } w && words.AnaphoricRelativeCues.Contains(w.ToLowerInvariant());

        /// <summary>The expression's last word ("earlier" of "two days earlier"); null when it ends in no letter.</summary>
        internal static string? LastWord(string sentence, TemporalMatch m)
        {
            int end = Math.Min(sentence.Length, m.Index + m.Length), start = end;
            while (start > m.Index && char.IsLetter(sentence[start - 1])) start--;
            return end > start ? sentence.Substring(start, end - start) : null;
        }

        /// <summary>The calendar day of a full date; null for a partial or impossible one.</summary>
        internal static DateTime? Day(DateValue v) =>
            v.Year >= 1 && v.Year <= 9999 && v.Month >= 1 && v.Month <= 12 && v.Day >= 1 && v.Day <= DateTime.DaysInMonth(v.Year, v.Month)
                ? new DateTime(v.Year, v.Month, v.Day, 0, 0, 0, DateTimeKind.Unspecified) : null;
    }
}
