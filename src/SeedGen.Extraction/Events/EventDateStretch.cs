using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a relative expression that names a stretch of time, not a day, dates an event only as finely as the whole
    /// stretch allows. The calendar recogniser reads "last week" as the day a week before the article's date and "the past
    /// few days" as three days before it; the news recogniser (<see cref="TimexRecognizer"/>) reads them as what they are: a
    /// week ("2008-W02") or a duration counted from the article's date ("P1W", "PXD"), or a vague past or future
    /// ("PAST_REF"). Such an event happened (or will) somewhere in that stretch: it gets the month when the whole stretch
    /// lies in one month, else the year when it lies in one year, else no date. What was reported in a past stretch or a
    /// week lies in it from start to end, so the end is the same month; a stretch from the article's date into the future
    /// ("travels to the region in the coming week") tells when the event begins, so its end stays unknown. The week that contains the article's date ("this week") is left
    /// as read: the article's own day. A month counted from the article's date ("later this month", "next month") also
    /// gives the end in that month. A span counted from another time ("a day after the talks", "two days earlier") is a
    /// point, not a stretch, and is left to the stages that count it.
    /// </summary>
    internal static class EventDateStretch
    {
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, DateValue anchor, IReadOnlyList<TemporalMatch> matches, EventWords words)
        {
            if (!anchor.IsComplete || EventDateReference.Day(anchor) is not { } now) return matches;
            bool any = false;
            foreach (var m in matches) if (m.Kind == TemporalKind.Relative) { any = true; break; }
            if (!any) return matches;

            IReadOnlyList<Timex>? timexes = null;
            List<TemporalMatch>? result = null;
            for (int k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                if (m.Kind != TemporalKind.Relative) continue;
                if (m.Start.HasYear && m.Start.Month != 0 && m.Start.Day == 0 && m.End.IsNone)
                {
                    // "later this month", "next month": the whole event in that month
                    result ??= new List<TemporalMatch>(matches);
                    result[k] = m with { End = m.Start };
                    continue;
                }
                if (!m.End.IsNone || EventDateReference.Day(m.Start) is not { } day) continue;
                // "a day after the talks", "two days earlier": counted from another time, a point, not a stretch
                if (EventDateReference.LastWord(sentence, m) is { } last && (words.CountedFromCues.Contains(last) || words.AnaphoricRelativeCues.Contains(last.ToLowerInvariant()))) continue;
                timexes ??= TimexRecognizer.Recognize(sentence, anchor);
                var t = Overlapping(timexes, m.Index, m.Index + m.Length);
                if (t == null) continue;
                DateTime from, to;
                bool begins = false;
                if (t.Type == TimexType.Date && t.Grain == TimexGrain.Week)
                {
                    from = day.AddDays(-(((int)day.DayOfWeek + 6) % 7)); // the Monday of that week
                    to = from.AddDays(6);
                    if (from <= now && now <= to) continue;             // "this week": the article's own day
                }
                else if (t.Type == TimexType.Duration || t.Value == "PAST_REF" || t.Value == "FUTURE_REF")
                {
                    from = day < now ? day : now;
                    to = day < now ? now : day;
                    begins = day > now; // "travels to the region in the coming week": when it begins, not when it ends
                }
                else continue;
                var coarse = from.Year != to.Year ? DateValue.None
                    : from.Month != to.Month ? new DateValue(from.Year, 0, 0)
                    : new DateValue(from.Year, from.Month, 0);
                result ??= new List<TemporalMatch>(matches);
                result[k] = m with { Start = coarse, End = begins ? DateValue.None : coarse };
            }
            if (result == null) return matches;
            result.RemoveAll(x => x.Start.IsNone);
            return result;
        }

        private static Timex? Overlapping(IReadOnlyList<Timex> timexes, int start, int end)
        {
            foreach (var t in timexes)
                if (t.End > start && t.Start < end) return t;
            return null;
        }
    }
}
