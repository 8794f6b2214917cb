using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Weekdays (full names, capitalised: "Sun" is a newspaper, "Wed" a verb): "Friday", "Friday's", "last Friday",
    /// "next Tuesday", "this Thursday"; a bare weekday takes its direction from the sentence's tense (past-tense reporting:
    /// the one before the article's date; future: the one after; the article's own weekday is its day). "Friday night"
    /// is a TIME. "the weekend", "this weekend", "last weekend": a weekend (YYYY-Www-WE).
    /// </summary>
    internal static class WeekdayParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (c.Anchor is not { } a) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i)) continue;
                if (c.Lex.Weekdays.TryGetValue(c.Tokens[i].Text, out var day) && c.Tokens[i].IsCapitalized)
                {
                    int first = i;
                    System.DateTime d;
                    if (c.IsWord(i - 1) && c.Lex.RelativeWords.TryGetValue(c.Tokens[i - 1].Text, out int sign) && c.IsAny(i - 1, "last", "next", "this", "coming", "past"))
                    {
                        first = i - 1;
                        d = TimexCalendar.RelativeWeekday(a, day, sign);
                        if (c.IsAny(first, "past", "coming") && c.IsAny(first - 1, "this", "the")) first--; // "this coming Sunday"
                    }
                    else if (c.Is(i - 1, "previous") && c.Is(i - 2, "the")) { first = i - 2; d = TimexCalendar.RelativeWeekday(a, day, -1); }
                    else d = TimexCalendar.Weekday(a, day, c.Direction[i]);
                    // "10 p.m. Wednesday", "noon Thursday": a clock time before makes it a TIME
                    int clock = ClockBefore(c, first);
                    if (clock >= 0)
                        output.Add(new TimexCandidate(clock, i, TimexType.Time, TimexCalendar.Day(d), TimexGrain.Day, Priority: 2));
                    else if (c.IsWord(i + 1) && c.Lex.PartsOfDay.TryGetValue(c.Tokens[i + 1].Text, out var part))
                        output.Add(new TimexCandidate(first, i + 1, TimexType.Date, TimexCalendar.Day(d), TimexGrain.Day, Priority: 2)); // news annotates "Friday night" as that day
                    else
                        output.Add(new TimexCandidate(first, i, TimexType.Date, TimexCalendar.Day(d), TimexGrain.Day, Priority: 2));
                    continue;
                }
                if (c.Is(i, "weekend"))
                {
                    int first = i;
                    System.DateTime d;
                    int dir = c.Direction[i];
                    if (c.IsAny(i - 1, "last", "past", "previous")) { first = i - 1; dir = -1; }
                    else if (c.IsAny(i - 1, "next", "coming")) { first = i - 1; dir = 1; }
                    else if (c.IsAny(i - 1, "this", "the")) first = i - 1;
                    else continue;
                    if (c.Is(first - 1, "the") && c.IsAny(first, "past", "coming")) first--;
                    d = dir < 0 ? TimexCalendar.Weekday(a, System.DayOfWeek.Sunday, -1)
                        : dir > 0 ? TimexCalendar.Weekday(a, System.DayOfWeek.Saturday, 1)
                        : a.DayOfWeek is System.DayOfWeek.Saturday or System.DayOfWeek.Sunday or System.DayOfWeek.Monday
                            ? TimexCalendar.Weekday(a, System.DayOfWeek.Sunday, -1) : TimexCalendar.Weekday(a, System.DayOfWeek.Saturday, 1);
                    output.Add(new TimexCandidate(first, i, TimexType.Date, TimexCalendar.Weekend(d), TimexGrain.Weekend, Priority: 2));
                }
            }
        }

        /// <summary>The first token of a clock time right before token i ("10 p.m.", "9:30 am", "noon", "midnight"), or -1.</summary>
        private static int ClockBefore(TimexContext c, int i)
        {
            int k = i - 1;
            if (c.IsPunct(k, ",")) k--;
            if (c.IsAny(k, "noon", "midnight")) return k;
            if (c.IsPunct(k, ".") && c.Is(k - 1, "m") && c.IsPunct(k - 2, ".") && c.IsAny(k - 3, "a", "p")) k -= 4;
            else if (c.IsAny(k, "am", "pm")) k--;
            else return -1;
            if (!c.IsNum(k)) return -1;
            if (c.IsPunct(k - 1, ":") && c.IsNum(k - 2)) k -= 2;
            return k;
        }
    }
}
