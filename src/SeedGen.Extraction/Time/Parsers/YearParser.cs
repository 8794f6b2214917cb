using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Years without a cue word: a four-digit number in a noun phrase ("its 1990 invasion", "the 1987 crash", "through
    /// 1990", "1988's results"), "fiscal 1989", "the year 1990"; spelled-out years ("nineteen ninety-six", "the year two
    /// thousand"). A number is no year when a word or sign around it makes it a quantity ("$1990", "1990 shares", "No.
    /// 1990", "1,990", "1990.5"; lists <c>not_year_before</c> / <c>not_year_after</c>) or a plural noun follows.
    /// </summary>
    internal static class YearParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            for (int i = 0; i < c.Count; i++)
            {
                if (c.IsNum(i)) Digits(c, i, output);
                else if (c.IsWord(i)) Spelled(c, i, output);
            }
        }

        private static void Digits(TimexContext c, int i, List<TimexCandidate> output)
        {
            if (c.Tokens[i].Length != 4) return;
            int y = QuarterParser.Num(c, i);
            if (y < 1500 || y > 2100) return;
            bool modHyphen = c.IsPunct(i - 1, "-") && c.Adjacent(i - 1, i) && c.IsAny(i - 2, "mid", "early", "late"); // "mid-1996"
            if (!modHyphen && c.Adjacent(i - 1, i) && (c.IsPunct(i - 1, ".,:/-$€£#") || c.IsWord(i - 1) || c.IsNum(i - 1))) return;
            if (c.Adjacent(i, i + 1) && !c.IsPunct(i + 1, ".,;:)!?\"'") && !c.Is(i + 1, "'s")) return; // "1990s", "1990-91", "1990m"
            if (c.IsPunct(i + 1, ".,") && c.IsNum(i + 2) && c.Adjacent(i, i + 1) && c.Adjacent(i + 1, i + 2)) return;
            if (c.IsPunct(i + 1, ":") && c.IsNum(i + 2)) return;
            if (c.IsNum(i - 1) || c.IsNum(i + 1)) return;
            if (c.IsWord(i - 1) && c.Lex.NotYearBefore.Contains(c.Tokens[i - 1].Text) || c.IsPunct(i - 1, "$€£#")) return;
            if (c.IsPunct(i - 1, ".") && c.IsWord(i - 2) && c.Adjacent(i - 2, i - 1) && c.Lex.NotYearBefore.Contains(c.Tokens[i - 2].Text)) return; // "No. 1990"
            if (c.IsPunct(i + 1, "%") || (c.IsWord(i + 1) && c.Lex.NotYearAfter.Contains(c.Tokens[i + 1].Text))) return;
            // news writes counts of a thousand and more with a comma ("1,990 shares"): four bare digits are a year unless a
            // unit of count follows (not_year_after)
            int first = i;
            if (c.Is(i - 1, "fiscal")) first = i - 1;
            else if (c.Is(i - 1, "year") && c.Is(i - 2, "the")) first = i - 2;
            else if (c.Is(i - 1, "year") && c.Is(i - 2, "fiscal")) first = i - 2;
            output.Add(new TimexCandidate(first, i, TimexType.Date, TimexCalendar.Year(y), TimexGrain.Year, Priority: 1));
        }

        /// <summary>"nineteen ninety-six", "nineteen eighty nine", "two thousand (and) one", with "the year" before kept.</summary>
        private static void Spelled(TimexContext c, int i, List<TimexCandidate> output)
        {
            int len = SpelledYearAt(c, i, out int year);
            if (len == 0) return;
            int first = i;
            if (c.Is(i - 1, "year") && c.Is(i - 2, "the")) first = i - 2;
            output.Add(new TimexCandidate(first, i + len - 1, TimexType.Date, TimexCalendar.Year(year), TimexGrain.Year, Priority: 1));
        }

        /// <summary>A year spelled out at token i: its length in tokens (0 for none) and the year.</summary>
        internal static int SpelledYearAt(TimexContext c, int i, out int year)
        {
            year = 0;
            int last = i;
            if (c.IsAny(i, "nineteen", "twenty") && c.IsWord(i + 1))
            {
                int tu = c.NumberAt(i + 1, out int rest);
                if (tu == 0 || rest < 10 || rest > 99 || c.Is(i + 1, "a") || c.Is(i + 1, "an")) return 0;
                // "twenty twenty" is a year; "twenty years" is not: the second number must be a tens word or compound
                year = (c.Is(i, "nineteen") ? 1900 : 2000) + rest;
                last = i + tu;
                if (c.Is(i, "twenty") && !(c.Is(i - 1, "year") || c.Is(i - 1, "in"))) return 0;
                if (c.IsWord(last + 1) && c.Lex.Units.ContainsKey(c.Tokens[last + 1].Text)) return 0;
            }
            else if (c.Is(i, "two") && c.Is(i + 1, "thousand"))
            {
                year = 2000;
                last = i + 1;
                int k = last + 1;
                if (c.Is(k, "and")) k++;
                if (c.NumberAt(k, out int u) is int nu && nu > 0 && c.IsWord(k) && u > 0 && u < 100 && !c.IsAny(k, "a", "an")) { year += u; last = k + nu - 1; }
                bool cue = c.Is(i - 1, "year") || c.IsAny(i - 1, "in", "by", "until", "since");
                if (!cue || (c.IsWord(last + 1) && !c.Tokens[last + 1].IsCapitalized && c.Tokens[last + 1].Text.EndsWith("s", System.StringComparison.Ordinal))) return 0;
            }
            else return 0;
            return last - i + 1;
        }
    }
}
