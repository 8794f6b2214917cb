using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Refiners
{
    /// <summary>Takes a modifier before a date into its span and sets its TIMEX3 mod: "early 1990" (START), "earlier this
    /// year", "late yesterday", "mid-November" (MID), "the end of the year", "the beginning of next month" (lexicon
    /// <c>modifiers_before</c>). Durations and sets keep their spans.</summary>
    internal static class ModifierRefiner
    {
        public static List<TimexCandidate> Refine(TimexContext c, List<TimexCandidate> list)
        {
            int prevEnd = -1;
            for (int k = 0; k < list.Count; k++)
            {
                var t = list[k];
                if (t.Type is TimexType.Date or TimexType.Time && t.Grain != TimexGrain.Ref)
                {
                    int end = t.First - 1;
                    bool hyphen = c.IsPunct(end, "-") && c.Adjacent(end, end + 1) && c.Adjacent(end - 1, end);
                    if (hyphen) end--;
                    foreach (var (words, mod) in c.Lex.ModifiersBefore)
                    {
                        int first = end - words.Length + 1;
                        if (first <= prevEnd || !c.Matches(first, words)) continue;
                        // "earlier" and "later" only before a relative date ("earlier this year", "earlier Sunday"), not "later 1990"
                        if (words.Length == 1 && c.IsAny(first, "earlier", "later") && !c.IsAny(t.First, "this", "last", "next", "today", "yesterday", "tomorrow")
                            && !(c.IsWord(t.First) && c.Lex.Weekdays.ContainsKey(c.Tokens[t.First].Text))) continue;
                        if (hyphen && words.Length != 1) continue;
                        // "the late 1970s", "the mid-1990s", "the early summer": the article before the modifier
                        if (words.Length == 1 && c.Is(first - 1, "the") && first - 1 > prevEnd && c.IsAny(first, "early", "late", "mid")) first--;
                        t = t with { First = first, Mod = t.Mod ?? mod };
                        break;
                    }
                    list[k] = t;
                }
                prevEnd = t.Last;
            }
            return list;
        }
    }
}
