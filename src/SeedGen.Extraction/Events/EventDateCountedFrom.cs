using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a span of time counted from what follows it ("the day before the runoff is held", "this comes a week after he
    /// attended a summit", "two days after the talks ended") dates that following thing on the other side of the sentence's own
    /// time. The calendar recogniser reads "the day before" from the article's date (the day before it); the event it dates is
    /// the one the span is counted from, so it lies the span the other way: the day after. The sentence's own time is its
    /// other full date when it has one ("On Monday, two days after the summit": the Saturday before); else the article's
    /// date, which only approximates the time of the reporting clause ("this comes a week after"), so a span longer than a
    /// day then gives the month, not a day; the time of what the clause's subject names comes before the article's date
    /// ("The closures come a day after": the day before the closures). A span at the end of a clause ("a day after,") is left as read. The cue words are
    /// <c>counted_from_cues</c> in event-words.yaml.
    /// </summary>
    internal static class EventDateCountedFrom
    {
        /// <param name="referent">The time of the thing the sentence's subject names (<see cref="EventDateReferent"/>), if known:
        /// counted from before the article's date.</param>
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, DateValue anchor, IReadOnlyList<TemporalMatch> matches, EventWords words, DateValue? referent = null)
        {
            if (!anchor.IsComplete || words.CountedFromCues.Count == 0) return matches;
            List<TemporalMatch>? result = null;
            for (int k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                if (m.Kind != TemporalKind.Relative || !CountedFrom(sentence, m, words)) continue;
                if (EventDateReference.Day(m.Start) is not { } at || EventDateReference.Day(anchor) is not { } now) continue;
                int span = (at - now).Days;
                if (span == 0) continue;
                var own = OwnTime(matches, k) is { } o ? EventDateReference.Day(o) : referent is { } r ? EventDateReference.Day(r) : null;
                var from = own ?? now;
                if (from.Year - span / 365 < 2 || from.Year - span / 365 > 9998) continue; // no calendar arithmetic past the calendar's ends
                var day = from.AddDays(-span);
                var moved = own != null || Math.Abs(span) == 1 ? new DateValue(day.Year, day.Month, day.Day) : new DateValue(day.Year, day.Month, 0);
                result ??= new List<TemporalMatch>(matches);
                result[k] = m with { Start = moved, End = m.End.IsNone ? m.End : moved };
            }
            return result ?? matches;
        }

        /// <summary>The match's last word is a cue ("before", "after") and a word follows it: the span is counted from that.</summary>
        private static bool CountedFrom(string sentence, TemporalMatch m, EventWords words)
        {
            if (EventDateReference.LastWord(sentence, m) is not { } last || !words.CountedFromCues.Contains(last)) return false;
            int end = m.Index + m.Length, next = end;
            while (next < sentence.Length && sentence[next] == ' ') next++;
            return next > end && next < sentence.Length && char.IsLetterOrDigit(sentence[next]);
        }

        /// <summary>The sentence's one other full date that is no relative span, if there is exactly one.</summary>
        private static DateValue? OwnTime(IReadOnlyList<TemporalMatch> matches, int except)
        {
            DateValue? found = null;
            for (int k = 0; k < matches.Count; k++)
            {
                var o = matches[k];
                if (k == except || o.Kind == TemporalKind.Relative || o.Kind == TemporalKind.Period || !o.Start.IsComplete) continue;
                if (found is { } f && f != o.Start) return null;
                found = o.Start;
            }
            return found;
        }
    }
}
