using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a weekday that dates an event ("met on Friday", "will meet on Tuesday") takes the direction the sentence's
    /// tense gives it, as the news recogniser (<see cref="TimexRecognizer"/>) reads it: the Friday before the article's date in
    /// past-tense reporting, the Tuesday after it in future tense; a month (or day) written without its year takes the year that
    /// reading gives it ("in December" in June's past-tense reporting is last December). Other dates are left as the calendar
    /// recogniser read them.
    /// </summary>
    internal static class EventDateDirection
    {
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, DateValue anchor, IReadOnlyList<TemporalMatch> matches)
        {
            if (!anchor.IsComplete) return matches;
            bool any = false;
            foreach (var m in matches) if (m.Kind == TemporalKind.Weekday || YearFromAnchor(m)) { any = true; break; }
            if (!any) return matches;

            var timexes = TimexRecognizer.Recognize(sentence, anchor);
            var result = new List<TemporalMatch>(matches.Count);
            foreach (var m in matches)
            {
                if (m.Kind == TemporalKind.Weekday && DayOf(timexes, m.Index, m.Index + m.Length) is { } day && day != m.Start)
                    result.Add(m with { Start = day, End = m.End.IsNone ? m.End : day });
                // "their last meeting, in December, produced a truce" (in June): a month or day without a year takes the year the
                // tense gives it, as the news recogniser reads it, not merely the article's year
                else if (YearFromAnchor(m) && YearOf(timexes, m) is int year && year != m.Start.Year)
                    result.Add(m with { Start = new DateValue(year, m.Start.Month, m.Start.Day), YearFromAnchor = true });
                else result.Add(m);
            }
            return result;
        }

        /// <summary>A month, or a month and day, whose year the calendar recogniser took from the article's date.</summary>
        private static bool YearFromAnchor(TemporalMatch m) =>
            m.YearFromAnchor && m.End.IsNone && m.Kind is TemporalKind.Month or TemporalKind.Date && m.Start.Month > 0;

        /// <summary>The year of the one DATE expression that covers exactly <paramref name="m"/>'s month (and day), if it reads one.</summary>
        private static int? YearOf(IReadOnlyList<Timex> timexes, TemporalMatch m)
        {
            int? found = null;
            foreach (var t in timexes)
            {
                if (t.End <= m.Index || t.Start >= m.Index + m.Length || t.Type != TimexType.Date || t.EndValue != null) continue;
                var v = DateValue.ParseIso(t.Value);
                if (v.Year == 0 || v.Month != m.Start.Month || v.Day != m.Start.Day) continue;
                if (found is { } f && f != v.Year) return null;
                found = v.Year;
            }
            return found;
        }

        /// <summary>The full date of the one DATE expression at day grain that overlaps [start, end), if there is one.</summary>
        private static DateValue? DayOf(IReadOnlyList<Timex> timexes, int start, int end)
        {
            DateValue? found = null;
            foreach (var t in timexes)
            {
                if (t.End <= start || t.Start >= end || t.Type != TimexType.Date || t.EndValue != null) continue;
                if (t.Value.Length != 10 || t.Value[4] != '-' || t.Value[7] != '-') continue;
                var v = DateValue.ParseIso(t.Value);
                if (!v.IsComplete) continue;
                if (found is { } f && f != v) return null; // two readings: keep the calendar recogniser's
                found = v;
            }
            return found;
        }
    }
}
