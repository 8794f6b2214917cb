using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Refiners
{
    /// <summary>
    /// Readings that depend on what was said before, in text order: "the quarter" / "the latest quarter" is the reported
    /// quarter last named (not the current one; else the quarter before the anchor's, the one just reported); "a year ago",
    /// "year-earlier", "the year-ago quarter" are the quarter or half last named, one year before (else the year before
    /// the anchor's). A reference that cannot be completed is dropped.
    /// </summary>
    internal static class ReferenceRefiner
    {
        public static List<TimexCandidate> Refine(TimexContext c, List<TimexCandidate> list)
        {
            TimexCandidate? lastPeriod = null, lastReported = null, lastDated = null;
            string? current = DefaultQuarter(c);
            var kept = new List<TimexCandidate>(list.Count);
            foreach (var item in list)
            {
                var t = item;
                if (t.Role == TimexRole.Anaphoric)
                {
                    string? v = lastDated == null ? null : Moved(lastDated.Value, t.Grain, t.Shift);
                    if (v != null) kept.Add(t with { Value = v, Role = TimexRole.None });
                    continue; // nothing named before: no date, and it does not become the reference
                }
                if (t.Role == TimexRole.ReferenceQuarter)
                {
                    string? v = lastReported?.Value ?? current;
                    if (v == null) continue;
                    // "the 1988 quarter": the quarter just spoken of, in the year written
                    t = t with { Value = t.Value.Length == 4 ? t.Value + v.Substring(4) : v, Role = TimexRole.None };
                }
                else if (t.Role == TimexRole.YearBefore && lastPeriod is { } p && p.Grain is TimexGrain.Quarter or TimexGrain.Half
                    && int.TryParse(p.Value.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y))
                {
                    bool quarterNoun = c.Is(t.Last, "quarter");
                    if (!quarterNoun || p.Grain == TimexGrain.Quarter)
                    {
                        t = t with { Value = TimexCalendar.Year(y - 1) + p.Value.Substring(4), Grain = p.Grain };
                        kept.Add(t);
                        continue; // a year-before period does not become the reference itself
                    }
                }
                if (t.Role == TimexRole.YearBefore && c.Is(t.Last, "quarter") && DefaultQuarter(c) is string dq)
                    t = t with { Value = TimexCalendar.Year(int.Parse(dq.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture) - 1) + dq.Substring(4), Grain = TimexGrain.Quarter };
                if (item.Role == TimexRole.ReferenceQuarter) { kept.Add(t); continue; } // a reference does not move the reference
                if (t.Type == TimexType.Date && t.Role == TimexRole.None && t.Grain is TimexGrain.Quarter or TimexGrain.Half) lastPeriod = t;
                if (t.Type == TimexType.Date && t.Role == TimexRole.None && t.Grain is TimexGrain.Day or TimexGrain.Month or TimexGrain.Year) lastDated = t;
                // "the latest quarter" is one already reported: a quarter not after the one before the anchor's
                if (t.Type == TimexType.Date && t.Grain == TimexGrain.Quarter && (current == null || string.CompareOrdinal(t.Value, current) <= 0)) lastReported = t;
                kept.Add(t);
            }
            return kept;
        }

        /// <summary>A calendar value (YYYY, YYYY-MM, YYYY-MM-DD) read at <paramref name="grain"/> and moved by n of it; null when
        /// the value is coarser than the grain or not a calendar value.</summary>
        internal static string? Moved(string value, TimexGrain grain, int n)
        {
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            if (value.Length < 4 || !int.TryParse(value.Substring(0, 4), System.Globalization.NumberStyles.None, ci, out int y) || y < 1 || y > 9998) return null;
            if (grain == TimexGrain.Year) return TimexCalendar.Year(y + n);
            if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.Substring(5, 2), System.Globalization.NumberStyles.None, ci, out int m) || m < 1 || m > 12) return null;
            if (grain == TimexGrain.Month) { int k = y * 12 + m - 1 + n; return TimexCalendar.Month(k / 12, k % 12 + 1); }
            if (value.Length < 10 || value[7] != '-' || !int.TryParse(value.Substring(8, 2), System.Globalization.NumberStyles.None, ci, out int d) || d < 1 || d > System.DateTime.DaysInMonth(y, m)) return null;
            return TimexCalendar.Day(new System.DateTime(y, m, d, 0, 0, 0, System.DateTimeKind.Unspecified).AddDays(n));
        }

        /// <summary>The quarter before the anchor's: the one a report in the anchor's quarter speaks of.</summary>
        private static string? DefaultQuarter(TimexContext c)
        {
            if (c.Anchor is not { } a) return null;
            return TimexCalendar.Shift(a, TimexGrain.Quarter, -1);
        }
    }
}
