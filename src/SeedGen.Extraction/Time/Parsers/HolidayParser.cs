using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>Holidays by name ("Thanksgiving Day", "Christmas Eve", "Election Day", "Easter"; lexicon <c>holidays</c>),
    /// capitalised, with "last"/"next"/"this" before or a year after ("Christmas 1998"). Without either, the year is the
    /// anchor's as for a day and month written without one.</summary>
    internal static class HolidayParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (c.Anchor is not { } a) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i) || !c.Tokens[i].IsCapitalized) continue;
                foreach (var (words, rule) in c.Lex.Holidays)
                {
                    if (!c.Matches(i, words)) continue;
                    int first = i, last = i + words.Length - 1;
                    int year;
                    if (QuarterParser.IsYear(c, last + 1)) { year = QuarterParser.Num(c, last + 1); last++; }
                    else if (c.IsAny(i - 1, "last", "next", "this"))
                    {
                        first = i - 1;
                        var thisYear = rule.In(a.Year);
                        year = c.Is(i - 1, "last") ? (thisYear < a ? a.Year : a.Year - 1) : c.Is(i - 1, "next") ? (thisYear > a ? a.Year : a.Year + 1) : a.Year;
                    }
                    else
                    {
                        var d0 = rule.In(a.Year);
                        year = TimexCalendar.YearOfDay(a, d0.Month, d0.Day, c.Direction[i]);
                    }
                    if (year < 1 || year > 9999) break;
                    output.Add(new TimexCandidate(first, last, TimexType.Date, TimexCalendar.Day(rule.In(year)), TimexGrain.Day, Priority: 2));
                    break;
                }
            }
        }
    }
}
