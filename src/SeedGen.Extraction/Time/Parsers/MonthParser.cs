using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// A month named alone: "in March", "last May", "this September", "October's". Capitalised; "May" needs a cue before it
    /// (a preposition, last/next/this, a modifier) or punctuation after. The year is the anchor's in the direction of the
    /// tense: "last March" and a past-tense "March" the one before the anchor's month, a future "March" the one after;
    /// "this September" the anchor's year. Days, years and ranges with a month are <see cref="CalendarParser"/>'s.
    /// </summary>
    internal static class MonthParser
    {
        private static readonly string[] MayCues = { "in", "since", "until", "till", "by", "from", "during", "of", "last", "next", "this", "early", "late", "mid", "through", "to", "before", "after", "between", "and", "or" };

        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (!c.AnchorValue.HasYear) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i) || !c.Tokens[i].IsCapitalized || !c.Lex.Months.TryGetValue(c.Tokens[i].Text, out int month)) continue;
                bool full = c.Lex.FullMonthNames.Contains(c.Tokens[i].Text);
                int last = i;
                if (!full)
                {
                    // "Oct." alone: an abbreviation needs its full stop
                    if (!(c.IsPunct(i + 1, ".") && c.Adjacent(i, i + 1))) continue;
                    last = i + 1;
                }
                if (c.Is(i, "may") && !(c.IsAny(i - 1, MayCues) || c.IsPunct(i + 1, ".,;")) ) continue;
                if (c.Is(i, "march") && c.IsAny(i + 1, "on", "to", "through", "against")) continue; // the verb, capitalised at a sentence start
                int first = i;
                int y;
                if (c.IsAny(i - 1, "last", "next", "this", "past", "coming"))
                {
                    first = i - 1;
                    int am = c.AnchorValue.Month;
                    if (c.Is(i - 1, "this") || am == 0) y = c.AnchorValue.Year;
                    else if (c.IsAny(i - 1, "last", "past")) y = month < am ? c.AnchorValue.Year : c.AnchorValue.Year - 1;
                    else y = month > am ? c.AnchorValue.Year : c.AnchorValue.Year + 1;
                }
                else y = TimexCalendar.YearOfMonth(c.AnchorValue.Year, c.AnchorValue.Month, month, c.Direction[i]);
                // "June last year", "January this year", "January nineteen ninety-seven": the year after the month
                if (first == i && c.IsAny(last + 1, "last", "this", "next") && c.Is(last + 2, "year"))
                {
                    y = c.AnchorValue.Year + (c.Is(last + 1, "last") ? -1 : c.Is(last + 1, "next") ? 1 : 0);
                    last += 2;
                }
                else if (first == i && YearParser.SpelledYearAt(c, last + 1, out int spelled) is int sl && sl > 0) { y = spelled; last += sl; }
                output.Add(new TimexCandidate(first, last, TimexType.Date, TimexCalendar.Month(y, month), TimexGrain.Month, Priority: 2));
            }
        }
    }
}
