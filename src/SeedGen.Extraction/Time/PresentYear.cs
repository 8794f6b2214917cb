using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    /// <summary>
    /// The year an undated article states as its present: a sentence that says something is going on now in that year,
    /// in the present progressive with "in YEAR" ("Tajikistan is presiding in the CIS in 2018"). This is what the sentence
    /// asserts, not a guess: a future or planned year ("will host … in 2025", "is planning to host … in 2025", "due in
    /// 2018", "this year") says nothing about the present and is never used. A sentence with a future cue (lexicon
    /// <c>future_cues</c>) in the clause or an infinitive between the verb and the year counts for nothing; two different
    /// years give none.
    /// </summary>
    internal static class PresentYear
    {
        [MethodImpl(Jit.Optimized)]
        public static int Find(ArticleDocument doc)
        {
            var lex = TimeLexicon.Default;
            int year = 0;
            foreach (var s in doc.Sentences)
            {
                if (s.Length > 2000 || !HasFourDigits(doc.Text, s.Offset, s.End)) continue; // no year is written in it
                var c = new TimexContext(doc[s], Model.DateValue.None, lex);
                for (int i = 0; i + 1 < c.Count; i++)
                {
                    if (!c.IsWord(i) || !lex.PresentProgressive.Contains(c.Tokens[i].Text)) continue;
                    int v = i + 1;
                    if (c.IsWord(v) && c.Tokens[v].Text.EndsWith("ly", StringComparison.Ordinal)) v++; // "is currently presiding"
                    if (!c.IsWord(v) || c.Tokens[v].Length < 5 || !c.Tokens[v].Text.EndsWith("ing", StringComparison.Ordinal)) continue;
                    for (int k = v + 1; k < c.Count && k <= v + 8; k++)
                    {
                        if (c.Is(k, "to") || c.IsPunct(k, ",;:") || (c.IsWord(k) && lex.PresentProgressive.Contains(c.Tokens[k].Text))) break;
                        if (!c.Is(k, "in") || !Parsers.QuarterParser.IsYear(c, k + 1)) continue;
                        if (c.IsPunct(k + 2, "-–")) break; // "in 2019-2023" is a period
                        if (HasFutureCue(c, Math.Max(0, i - 3), k)) break; // "it will be hosting … in 2025"
                        int y = Parsers.QuarterParser.Num(c, k + 1);
                        if (year != 0 && year != y) return 0;
                        year = y;
                        break;
                    }
                }
            }
            return year;
        }

        /// <summary>Whether [start, end) holds a run of four ASCII digits, which every written year (a number token of four
        /// digits) needs.</summary>
        private static bool HasFourDigits(string text, int start, int end)
        {
            int run = 0;
            for (int i = start; i < end; i++)
            {
                if (text[i] >= '0' && text[i] <= '9') { if (++run == 4) return true; }
                else run = 0;
            }
            return false;
        }

        private static bool HasFutureCue(TimexContext c, int from, int to)
        {
            for (int i = from; i <= to && i < c.Count; i++) if (c.LongestAt(i, c.Lex.FutureCues) > 0) return true;
            return false;
        }
    }
}
