using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace SeedGen.Extraction.Text
{
    /// <summary>
    /// Splits a paragraph into sentences: a boundary is '.', '!', '?' or '…' (with any closing quotes or brackets)
    /// followed by white space and a capital, digit or opening quote, unless the word before the dot is a known
    /// abbreviation or a single capital (an initial: "A. Wess Mitchell"). Linear time.
    /// </summary>
    public static class SentenceSplitter
    {
        private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
        {
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov",
            "jr", "sr", "vs", "etc", "no", "nos", "art", "vol", "fig", "inc", "ltd", "co", "corp", "dept", "est", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "phot", "amb", "pres", "rev", "hon", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "cf", "al",
        };

        public static List<Sentence> Split(string paragraph, int baseOffset, int paragraphIndex)
        {
            var list = new List<Sentence>();
            Split(paragraph, baseOffset, paragraphIndex, list);
            return list;
        }

        [MethodImpl(Jit.Optimized)]
        public static void Split(string p, int baseOffset, int paragraphIndex, List<Sentence> output)
        {
            int start = SkipSpace(p, 0);
            int i = start;
            while (i < p.Length)
            {
                char c = p[i];
                if (c == '.' || c == '!' || c == '?' || c == '…')
                {
                    int j = i + 1;
                    while (j < p.Length && (p[j] == '.' || p[j] == '!' || p[j] == '?')) j++;
                    while (j < p.Length && IsCloser(p[j])) j++;
                    if (j >= p.Length) break;
                    if (!char.IsWhiteSpace(p[j])) { i = j; continue; }
                    int k = SkipSpace(p, j);
                    if (k >= p.Length) break;
                    if (IsSentenceStart(p[k]) && !(c == '.' && IsAbbreviation(p, i)))
                    {
                        Add(p, start, j, baseOffset, paragraphIndex, output);
                        start = k;
                        i = k;
                        continue;
                    }
                    i = j;
                    continue;
                }
                i++;
            }
            Add(p, start, p.Length, baseOffset, paragraphIndex, output);
        }

        [MethodImpl(Jit.Optimized)]
        private static void Add(string p, int start, int end, int baseOffset, int paragraphIndex, List<Sentence> output)
        {
            while (end > start && char.IsWhiteSpace(p[end - 1])) end--;
            if (end > start) output.Add(new Sentence(baseOffset + start, end - start, paragraphIndex));
        }

        private static int SkipSpace(string p, int i)
        {
            while (i < p.Length && char.IsWhiteSpace(p[i])) i++;
            return i;
        }

        private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '“';

        private static bool IsSentenceStart(char c) =>
            char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '«' or '„' or '(' or '[';

        /// <summary>Is the word ending at the dot at <paramref name="dot"/> an abbreviation or an initial?</summary>
        private static bool IsAbbreviation(string p, int dot)
        {
            int s = dot;
            while (s > 0 && (char.IsLetter(p[s - 1]) || p[s - 1] == '.')) s--;
            if (s == dot) return false;
            string word = p.Substring(s, dot - s);
            if (word.Length == 1 && char.IsUpper(word[0])) return true; // initial
            return Abbreviations.Contains(word);
        }
    }
}
