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
                    }
                    else d = TimexCalendar.Weekday(a, day, c.Direction[i]);
                    if (c.IsWord(i + 1) && c.Lex.PartsOfDay.TryGetValue(c.Tokens[i + 1].Text, out var part))
                        output.Add(new TimexCandidate(first, i + 1, TimexType.Time, TimexCalendar.Day(d) + "T" + part, TimexGrain.Day, Priority: 2));
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
    }
}
