using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace SeedGen.Extraction.Text
{
    /// <summary>A word or punctuation mark with its offset in the document.</summary>
    public readonly record struct Token(int Offset, string Text)
    {
        public int End => Offset + Text.Length;
        public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
        public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    }

    /// <summary>Splits text into words (letters and digits, with inner apostrophes, hyphens and initials' dots) and single punctuation marks. Linear.</summary>
    public static class Tokenizer
    {
        [MethodImpl(Jit.Optimized)]
        public static TokenList Tokenize(string text, int start, int end)
        {
            var list = new TokenList(System.Math.Max(4, (end - start) / 5));
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                if (char.IsLetterOrDigit(c))
                {
                    int s = i;
                    i++;
                    while (i < end)
                    {
                        char d = text[i];
                        if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                        if ((d == '\'' || d == '’' || d == '-') && i + 1 < end && char.IsLetter(text[i + 1])) { i++; continue; }
                        break;
                    }
                    // an initial or an abbreviation with dots: "A.", "U.S."
                    if (i < end && text[i] == '.' && i - s == 1 && char.IsUpper(text[s])) i++;
                    list.Add(new Token(s, CharStrings.Slice(text, s, i - s)));
                    continue;
                }
                list.Add(new Token(i, CharStrings.Of(c)));
                i++;
            }
            return list;
        }
    }
}
