using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a weekday that dates an event ("met on Friday", "will meet on Tuesday") takes the direction the sentence's
    /// tense gives it, as the news recogniser (<see cref="TimexRecognizer"/>) reads it: the Friday before the article's date in
    /// past-tense reporting, the Tuesday after it in future tense. Other dates are left as the calendar recogniser read them.
    /// </summary>
    internal static class EventDateDirection
    {
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, DateValue anchor, IReadOnlyList<TemporalMatch> matches)
        {
            if (!anchor.IsComplete) return matches;
            bool any = false;
            foreach (var m in matches) if (m.Kind == TemporalKind.Weekday) { any = true; break; }
            if (!any) return matches;

            var timexes = TimexRecognizer.Recognize(sentence, anchor);
            var result = new List<TemporalMatch>(matches.Count);
            foreach (var m in matches)
            {
                if (m.Kind == TemporalKind.Weekday && DayOf(timexes, m.Index, m.Index + m.Length) is { } day && day != m.Start)
                    result.Add(m with { Start = day, End = m.End.IsNone ? m.End : day });
                else result.Add(m);
            }
            return result;
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
