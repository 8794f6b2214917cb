using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Words that point at the present, the past or the future without naming a date: "now", "currently", "recently",
    /// "the past", "soon", "the future" (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF; lists in the lexicon). "The past" and
    /// "recent" before a quantity or unit of time begin a duration instead ("the past three months").
    /// </summary>
    internal static class RefParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i)) continue;
                Try(c, i, c.Lex.PresentRef, "PRESENT_REF", output);
                Try(c, i, c.Lex.PastRef, "PAST_REF", output);
                Try(c, i, c.Lex.FutureRef, "FUTURE_REF", output);
            }
        }

        private static void Try(TimexContext c, int i, List<string[]> phrases, string value, List<TimexCandidate> output)
        {
            int len = c.LongestAt(i, phrases);
            if (len == 0) return;
            int after = i + len;
            // "the past three months", "recent weeks": a duration, not a reference
            if (c.NumberAt(after, out _) > 0 || (c.IsWord(after) && c.Lex.Units.ContainsKey(c.Tokens[after].Text))) return;
            // "now" as a conjunction ("now that") is still the present; "current" before a noun that is no time is kept too
            output.Add(new TimexCandidate(i, after - 1, TimexType.Date, value, TimexGrain.Ref, Priority: 1));
        }
    }
}
