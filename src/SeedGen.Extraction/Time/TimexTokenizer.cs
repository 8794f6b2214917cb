using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    internal enum TTKind { Word, Number, Punct }

    /// <summary>A token of the time recogniser: a run of letters, a run of digits, or one other character.</summary>
    internal readonly struct TTok
    {
        public TTok(int offset, int length, TTKind kind, string text)
        {
            Offset = offset; Length = length; Kind = kind; Text = text;
        }

        public readonly int Offset, Length;
        public readonly TTKind Kind;
        public readonly string Text;
        public int End => Offset + Length;
        public bool IsCapitalized => Kind == TTKind.Word && char.IsUpper(Text[0]);
    }

    /// <summary>Splits text into words (letters; an inner apostrophe as in "o'clock" stays, a possessive "'s" is a token of
    /// its own), digit runs and single other characters. One pass, no regular expressions.</summary>
    internal static class TimexTokenizer
    {
        [MethodImpl(Jit.Optimized)]
        public static List<TTok> Tokenize(string s)
        {
            var list = new List<TTok>(System.Math.Max(4, s.Length / 5));
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                int start = i;
                if (c >= '0' && c <= '9')
                {
                    while (i < s.Length && s[i] >= '0' && s[i] <= '9' && i - start < 12) i++;
                    list.Add(new TTok(start, i - start, TTKind.Number, Text.CharStrings.Slice(s, start, i - start)));
                    continue;
                }
                if (char.IsLetter(c))
                {
                    while (i < s.Length && (char.IsLetter(s[i]) || (IsApostrophe(s[i]) && i + 1 < s.Length && char.IsLetter(s[i + 1]) && !IsPossessive(s, i)))) i++;
                    list.Add(new TTok(start, i - start, TTKind.Word, Text.CharStrings.Slice(s, start, i - start)));
                    continue;
                }
                if (IsApostrophe(c) && IsPossessive(s, i))
                {
                    list.Add(new TTok(start, 2, TTKind.Word, "'s"));
                    i += 2;
                    continue;
                }
                if (char.IsSurrogate(c) && i + 1 < s.Length) i++;
                i++;
                list.Add(new TTok(start, i - start, TTKind.Punct, Text.CharStrings.Slice(s, start, i - start)));
            }
            return list;
        }

        private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

        /// <summary>"'s" after a letter, not followed by another letter: "Friday's".</summary>
        private static bool IsPossessive(string s, int i) =>
            i > 0 && char.IsLetterOrDigit(s[i - 1]) && i + 1 < s.Length && (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 == s.Length || !char.IsLetter(s[i + 2]));
    }
}
