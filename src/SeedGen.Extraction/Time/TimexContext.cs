using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    /// <summary>What every stage of the time recogniser reads: the text, its tokens, the anchor date, the word lists and the
    /// direction (past -1, future +1, unknown 0) that tense gives each token.</summary>
    internal sealed class TimexContext
    {
        public TimexContext(string text, DateValue anchor, TimeLexicon lex)
        {
            Text = text;
            Tokens = TimexTokenizer.Tokenize(text);
            AnchorValue = anchor.Year >= 1000 && anchor.Year <= 8999 ? anchor : DateValue.None;
            // calendar arithmetic stays far from DateTime's ends: an anchor outside 1000–8999 resolves nothing relative
            Anchor = anchor.IsComplete && anchor.Year >= 1000 && anchor.Year <= 8999 && anchor.Month <= 12
                && anchor.Day <= DateTime.DaysInMonth(anchor.Year, anchor.Month)
                ? new DateTime(anchor.Year, anchor.Month, anchor.Day, 0, 0, 0, DateTimeKind.Unspecified) : (DateTime?)null;
            Lex = lex;
            Direction = new sbyte[Tokens.Count];
        }

        public string Text { get; }
        public List<TTok> Tokens { get; }
        /// <summary>The anchor as written (may be only a year); None when unknown.</summary>
        public DateValue AnchorValue { get; }
        /// <summary>The anchor when it is a complete date.</summary>
        public DateTime? Anchor { get; }
        public TimeLexicon Lex { get; }
        /// <summary>Per token: -1 when its clause speaks of the past, +1 of the future, 0 when tense does not tell.</summary>
        public sbyte[] Direction { get; }

        public int Count => Tokens.Count;

        public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TTKind.Word;
        public bool IsNum(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TTKind.Number;
        public bool IsPunct(int i, string chars) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TTKind.Punct && chars.IndexOf(Tokens[i].Text[0]) >= 0;
        public bool Adjacent(int a, int b) => a >= 0 && b < Tokens.Count && Tokens[a].End == Tokens[b].Offset;

        public bool Is(int i, string word) => i >= 0 && i < Tokens.Count && string.Equals(Tokens[i].Text, word, StringComparison.OrdinalIgnoreCase);

        public bool IsAny(int i, string a, string b) => Is(i, a) || Is(i, b);
        public bool IsAny(int i, string a, string b, string c) => Is(i, a) || Is(i, b) || Is(i, c);
        public bool IsAny(int i, string a, string b, string c, string d) => Is(i, a) || Is(i, b) || Is(i, c) || Is(i, d);

        public bool IsAny(int i, params string[] words)
        {
            foreach (var w in words) if (Is(i, w)) return true;
            return false;
        }

        public string Lower(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Text.ToLowerInvariant() : "";

        /// <summary>Does <paramref name="phrase"/> start at token <paramref name="i"/>? Words match case-insensitively.</summary>
        [MethodImpl(Jit.Optimized)]
        public bool Matches(int i, string[] phrase)
        {
            if (i < 0 || i + phrase.Length > Tokens.Count) return false;
            for (int k = 0; k < phrase.Length; k++)
                if (!string.Equals(Tokens[i + k].Text, phrase[k], StringComparison.OrdinalIgnoreCase)) return false;
            return true;
        }

        /// <summary>The longest phrase of the list that starts at token <paramref name="i"/>; its length in tokens, 0 for none.</summary>
        [MethodImpl(Jit.Optimized)]
        public int LongestAt(int i, List<string[]> phrases)
        {
            foreach (var p in phrases) if (Matches(i, p)) return p.Length; // the lists are sorted longest first
            return 0;
        }

        /// <summary>The longest phrase of the list that ends at token <paramref name="last"/>; its length in tokens, 0 for none.</summary>
        public int LongestEndingAt(int last, List<string[]> phrases)
        {
            foreach (var p in phrases) if (Matches(last - p.Length + 1, p)) return p.Length;
            return 0;
        }

        /// <summary>A whole number at token <paramref name="i"/>: digits ("3"), a number word ("three", "a"), or a hyphenated
        /// compound ("twenty-five"). Returns the tokens used, 0 when none.</summary>
        public int NumberAt(int i, out int value)
        {
            value = 0;
            if (IsNum(i))
            {
                if (Tokens[i].Length > 6) return 0;
                value = int.Parse(Tokens[i].Text, System.Globalization.CultureInfo.InvariantCulture);
                // "1,000", "2.5": a number with a separator is read whole
                if (IsPunct(i + 1, ",.") && IsNum(i + 2) && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2)) return 0;
                return 1;
            }
            if (!IsWord(i) || !Lex.NumberWords.TryGetValue(Tokens[i].Text, out var n)) return 0;
            if (n >= 20 && n < 100 && IsPunct(i + 1, "-") && IsWord(i + 2) && Lex.NumberWords.TryGetValue(Tokens[i + 2].Text, out var u) && u < 10)
            {
                value = n + u;
                return 3;
            }
            value = n;
            return 1;
        }

        public int Start(TimexCandidate c) => Tokens[c.First].Offset;
        public int End(TimexCandidate c) => Tokens[c.Last].End;
    }
}
