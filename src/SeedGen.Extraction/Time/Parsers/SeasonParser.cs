using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Seasons: "this summer", "last winter", "next spring", "summer 1990", "the fall of 1988", "in the spring" (YYYY-SU …).
    /// A season alone needs a cue (this/last/next, a preposition or a year): "summer camp" is no date.
    /// </summary>
    internal static class SeasonParser
    {
        private static readonly string[] Cues = { "in", "during", "by", "until", "since", "through", "over", "this", "last", "next", "early", "late", "mid", "past", "coming" };

        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (!c.AnchorValue.HasYear) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i) || !c.Lex.Seasons.TryGetValue(c.Tokens[i].Text, out var code)) continue;
                int first = i, last = i, year = 0;
                if (QuarterParser.IsYear(c, i + 1)) { year = QuarterParser.Num(c, i + 1); last = i + 1; }
                else if (c.Is(i + 1, "of") && QuarterParser.IsYear(c, i + 2)) { year = QuarterParser.Num(c, i + 2); last = i + 2; }
                else if (QuarterParser.IsYear(c, i - 1)) { year = QuarterParser.Num(c, i - 1); first = i - 1; }
                else if (c.Is(i + 1, "of") && YearParser.SpelledYearAt(c, i + 2, out int spelled) is int sl && sl > 0) { year = spelled; last = i + 1 + sl; }
                int sign = 0;
                bool thisWritten = false;
                if (c.IsAny(first - 1, "last", "past", "previous")) { sign = -1; first--; if (c.Is(first - 1, "this")) first--; }
                else if (c.IsAny(first - 1, "next", "coming")) { sign = 1; first--; if (c.Is(first - 1, "this")) first--; }
                else if (c.Is(first - 1, "this")) { thisWritten = true; first--; }
                else if (c.Is(first - 1, "the") && (year != 0 || c.IsAny(first - 2, Cues))) first--;
                else if (year == 0 && !c.IsAny(first - 1, Cues)) continue;
                if (year == 0 && c.AnchorValue.Month == 0 && !thisWritten && sign == 0) continue;
                if (year == 0) year = TimexCalendar.YearOfSeason(c.AnchorValue.Year, c.AnchorValue.Month, code, sign, c.Direction[i], thisWritten);
                output.Add(new TimexCandidate(first, last, TimexType.Date, TimexCalendar.Season(year, code), TimexGrain.Season, Priority: 2));
            }
        }
    }
}
