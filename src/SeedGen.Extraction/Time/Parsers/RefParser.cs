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
                Vague(c, i, output);
            }
        }

        /// <summary>"recent weeks", "coming months", "past years", "the coming months": a reference (lexicon <c>vague_plural</c>);
        /// with a quantity ("the past few weeks") it is a duration.</summary>
        private static void Vague(TimexContext c, int i, List<TimexCandidate> output)
        {
            int first = i, k = i;
            string? value = null;
            if (c.Lex.VaguePlural.TryGetValue(c.Tokens[i].Text, out var v)) { value = v; k = i + 1; }
            else return;
            if (c.Is(i - 1, "the")) first = i - 1;
            // "the past few weeks", "the next several days" count time: durations (DurationParser)
            if (!c.IsWord(k) || !c.Lex.Units.ContainsKey(c.Tokens[k].Text) || !c.Tokens[k].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase)) return;
            output.Add(new TimexCandidate(first, k, TimexType.Date, value, TimexGrain.Ref, Priority: 2));
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
