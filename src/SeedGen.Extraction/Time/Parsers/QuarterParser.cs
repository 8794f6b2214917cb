using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fiscal first quarter", "the
    /// fourth quarter of 1988", "the first half", "second-half"; "the quarter", "the latest quarter" (the quarter just spoken
    /// of, completed by <see cref="Refiners.ReferenceRefiner"/>). Without a written year, the anchor's year in the
    /// direction of the tense (a past-tense fourth quarter in a March article is last year's).
    /// </summary>
    internal static class QuarterParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (!c.AnchorValue.HasYear) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i)) continue;
                Reference(c, i, output);
                if (!c.Lex.Ordinals.TryGetValue(c.Tokens[i].Text, out int n)) continue;
                int k = i + 1;
                bool hyphen = false;
                if (c.IsPunct(k, "-") && c.Adjacent(i, k)) { k++; hyphen = true; }
                bool fiscalAfter = false;
                if (!hyphen && c.Is(k, "fiscal")) { k++; fiscalAfter = true; }
                bool quarter = c.Is(k, "quarter"), half = c.Is(k, "half");
                if (!quarter && !half) continue;
                if (c.Is(i, "last") || c.Is(i, "final")) { if (!c.Is(i - 1, "the") && !hyphen) continue; } // "last quarter" is RelativeUnitParser's
                if (half && n > 2) continue;
                if (quarter && n > 4) continue;
                // "a third quarter of the shares", "one-third": only with an article, a possessive, "fiscal" or as an adjective
                int first = i;
                bool fiscalBefore = c.Is(i - 1, "fiscal");
                if (fiscalBefore) first = i - 1;
                int year = 0;
                // "the 1988 second quarter", "1988's fourth quarter", "next year's first quarter"
                if (IsYear(c, first - 1)) { year = Num(c, first - 1); first--; if (c.Is(first - 1, "fiscal")) first--; }
                else if (c.Is(first - 1, "'s") && IsYear(c, first - 2)) { year = Num(c, first - 2); first -= 2; }
                else if (c.Is(first - 1, "'s") && c.Is(first - 2, "year") && c.IsAny(first - 3, "this", "last", "next"))
                {
                    year = c.AnchorValue.Year + (c.Is(first - 3, "last") ? -1 : c.Is(first - 3, "next") ? 1 : 0);
                    first -= 3;
                }
                // "a third quarter of the shares": only with a determiner, a year, "fiscal", or as an adjective ("third-quarter")
                if (c.IsAny(first - 1, "the", "its", "their", "his", "her", "our", "this", "that")) { if (c.Is(first - 1, "the") && !hyphen) first--; }
                else if (!hyphen && !fiscalBefore && !fiscalAfter && year == 0) continue;
                int last = k;
                // "of 1988", "of fiscal 1990"
                int y = last + 1;
                if (year == 0 && c.Is(y, "of")) { y++; if (c.Is(y, "fiscal")) y++; if (IsYear(c, y)) { year = Num(c, y); last = y; } }
                if (year == 0) year = half ? c.AnchorValue.Year : TimexCalendar.YearOfQuarter(c.AnchorValue.Year, c.AnchorValue.Month, n, c.Direction[i]);
                if (half && year == c.AnchorValue.Year && c.Direction[i] < 0 && c.AnchorValue.Month != 0 && n == 2 && c.AnchorValue.Month <= 6) year--;
                output.Add(new TimexCandidate(first, last, TimexType.Date, half ? TimexCalendar.Half(year, n) : TimexCalendar.Quarter(year, n),
                    half ? TimexGrain.Half : TimexGrain.Quarter, Priority: 3, Quarter: quarter ? n : 0));
            }
        }

        /// <summary>"the quarter", "the latest quarter", "the most recent quarter", "the fiscal quarter", "the latest period",
        /// "the 1988 quarter" (that quarter of another year). The value is the year written, if any; the refiner adds the quarter.</summary>
        private static void Reference(TimexContext c, int i, List<TimexCandidate> output)
        {
            bool period = c.IsWord(i) && c.Lex.PeriodWords.Contains(c.Tokens[i].Text);
            if (!c.Is(i, "quarter") && !period) return;
            int k = i - 1;
            if (c.Is(k, "fiscal")) k--;
            string year = "";
            if (IsYear(c, k)) { year = c.Tokens[k].Text; k--; }
            int len = c.LongestEndingAt(k, c.Lex.ReferenceQuarter);
            k -= len;
            if (!c.Is(k, "the")) return;
            if (period && len == 0 && year.Length == 0) return; // "the period" alone names no quarter
            if (c.Is(i + 1, "of") || c.IsPunct(i + 1, "-")) return;
            output.Add(new TimexCandidate(k, i, TimexType.Date, year, TimexGrain.Quarter, Role: TimexRole.ReferenceQuarter, Priority: 1));
        }

        internal static bool IsYear(TimexContext c, int i) => c.IsNum(i) && c.Tokens[i].Length == 4 && Num(c, i) is int y && y >= 1000 && y <= 2999;

        internal static int Num(TimexContext c, int i) => int.Parse(c.Tokens[i].Text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
