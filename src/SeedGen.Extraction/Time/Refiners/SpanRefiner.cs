using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Refiners
{
    /// <summary>Span edges as TIMEX3 draws them: a leading preposition ("on Friday", "in May") is left out, and so is a
    /// full stop after a month written in full ("July." ends a sentence; "Oct." is an abbreviation and keeps it).</summary>
    internal static class SpanRefiner
    {
        private static readonly string[] Prepositions = { "on", "in", "at", "by", "since", "during", "until", "from", "of" };

        public static List<TimexCandidate> Refine(TimexContext c, List<TimexCandidate> list)
        {
            for (int k = 0; k < list.Count; k++)
            {
                var t = list[k];
                while (t.First < t.Last && c.IsAny(t.First, Prepositions)) t = t with { First = t.First + 1 };
                if (t.Last > t.First && c.IsPunct(t.Last, ".") && c.IsWord(t.Last - 1) && c.Lex.FullMonthNames.Contains(c.Tokens[t.Last - 1].Text))
                    t = t with { Last = t.Last - 1 };
                list[k] = t;
            }
            return list;
        }
    }
}
