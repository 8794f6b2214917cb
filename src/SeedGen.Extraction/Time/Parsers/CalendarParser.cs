using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Calendar dates as <see cref="DateRecognizer"/> reads them (the recogniser the chrono suite checks): "7 October 2019",
    /// "Oct. 19", "11/02/89", "May 2018", "in 2018", "5–7 May". A day or month written without a year takes the anchor's
    /// year in the direction of the sentence's tense (a past-tense "March" in an October article is the March before).
    /// Relative expressions, weekdays and months standing alone are left to their own parsers; a day-month in figures
    /// without a year ("3/4") is a fraction, not a date.
    /// </summary>
    internal static class CalendarParser
    {
        private static readonly string[] Joiners = { "to", "through", "thru", "until", "till" };

        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            foreach (var m in DateRecognizer.Recognize(c.Text, c.AnchorValue)) Add(c, m, 0, output, true);
        }

        private static void Add(TimexContext c, TemporalMatch m, int shift, List<TimexCandidate> output, bool split)
        {
            {
                if (m.Kind is TemporalKind.Relative or TemporalKind.Weekday) return;
                if (!Tokens(c, shift + m.Index, shift + m.Index + m.Length, out int first, out int last)) return;
                // "Aug. 26 to Oct. 20", "today through Nov. 17": TIMEX3 marks each end on its own
                if (split && m.Kind == TemporalKind.Range)
                {
                    for (int j = first + 1; j < last; j++)
                    {
                        if (!c.IsAny(j, Joiners)) continue;
                        int ls = c.Tokens[first].Offset, le = c.Tokens[j - 1].End, rs = c.Tokens[j + 1].Offset, re = c.Tokens[last].End;
                        foreach (var part in DateRecognizer.Recognize(c.Text.Substring(ls, le - ls), c.AnchorValue)) Add(c, part, ls, output, false);
                        int left = output.Count - 1;
                        foreach (var part in DateRecognizer.Recognize(c.Text.Substring(rs, re - rs), c.AnchorValue)) Add(c, part, rs, output, false);
                        // the end of a range is not before its start: "from Aug. 26 to Oct. 20" in one year
                        if (left >= 0 && output.Count - 1 > left && output[left].First < j && output[output.Count - 1].First > j)
                        {
                            var r = output[output.Count - 1];
                            if (string.CompareOrdinal(r.Value, output[left].Value) < 0 && !HasFourDigits(c, r.First, r.Last) && r.Value.Length >= 7
                                && int.TryParse(r.Value.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int ry))
                                output[output.Count - 1] = r with { Value = TimexCalendar.Year(ry + 1) + r.Value.Substring(4) };
                        }
                        return;
                    }
                }
                // "Jan. 1, 1990 at 1": a clock time is no part of a date
                for (int j = first + 1; j <= last; j++)
                    if (c.Is(j, "at") && c.IsNum(j + 1)) { last = j - 1; break; }
                bool written = m.Start.HasYear && !m.YearFromAnchor;
                if (m.Kind == TemporalKind.Month && !written) return; // MonthParser reads a month alone
                if (!written && m.Kind == TemporalKind.Date && !HasLetters(c, first, last)) return; // "37 3/4"
                int dir = c.Direction[first];
                var start = m.Start;
                var end = m.End;
                if (m.YearFromAnchor && c.Anchor is { } a)
                {
                    if (start.Day != 0) start = new DateValue(TimexCalendar.YearOfDay(a, start.Month, start.Day, dir), start.Month, start.Day);
                    else if (start.Month != 0) start = new DateValue(TimexCalendar.YearOfMonth(a.Year, a.Month, start.Month, dir), start.Month, 0);
                    if (!end.IsNone && end.Year != 0 && m.Start.Year != 0) end = new DateValue(end.Year + start.Year - m.Start.Year, end.Month, end.Day);
                }
                string value = Value(start);
                if (value.Length == 0) return;
                var grain = start.Day != 0 ? TimexGrain.Day : start.Month != 0 ? TimexGrain.Month : TimexGrain.Year;
                string? endValue = end.IsNone ? null : Value(end);
                output.Add(new TimexCandidate(first, last, TimexType.Date, value, grain, endValue, Priority: 3));
            }
        }

        /// <summary>TIMEX3 spelling of a date value; XXXX for an unknown year.</summary>
        internal static string Value(DateValue v)
        {
            if (v.IsNone) return "";
            string y = v.Year != 0 ? TimexCalendar.Year(v.Year) : "XXXX";
            if (v.Month == 0) return v.Year != 0 ? y : "";
            string m = y + "-" + v.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            return v.Day == 0 ? m : m + "-" + v.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The tokens covering [start, end): the first starting at or after start, the last ending at or before end.</summary>
        internal static bool Tokens(TimexContext c, int start, int end, out int first, out int last)
        {
            first = -1; last = -1;
            int lo = 0, hi = c.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (c.Tokens[mid].Offset < start) lo = mid + 1; else hi = mid; }
            for (int k = lo; k < c.Count && c.Tokens[k].End <= end; k++) { if (first < 0) first = k; last = k; }
            return first >= 0;
        }

        private static bool HasFourDigits(TimexContext c, int first, int last)
        {
            for (int k = first; k <= last; k++) if (c.IsNum(k) && c.Tokens[k].Length == 4) return true;
            return false;
        }

        private static bool HasLetters(TimexContext c, int first, int last)
        {
            for (int k = first; k <= last; k++) if (c.IsWord(k)) return true;
            return false;
        }
    }
}
