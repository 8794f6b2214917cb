using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedGen.Extraction.Text
{
    /// <summary>
    /// Whether any of a list of cue phrases occurs in a text, ignoring case: the same answer as trying
    /// <c>text.IndexOf(cue, StringComparison.OrdinalIgnoreCase) &gt;= 0</c> for each cue, in one pass over the text instead of
    /// one per cue (a cue is only compared where a character of the text is its first character, case folded as
    /// OrdinalIgnoreCase folds it). Built once per word list (the lists of a lexicon never change once read).
    /// </summary>
    internal sealed class SubstringSet
    {
        private static readonly ConditionalWeakTable<IReadOnlyList<string>, SubstringSet> Cache = new();

        /// <summary>The set of <paramref name="cues"/> (cached per list instance).</summary>
        public static SubstringSet For(IReadOnlyList<string> cues) => Cache.GetValue(cues, c => new SubstringSet(c));

        private readonly string[]?[] _ascii = new string[128][];
        private readonly Dictionary<char, string[]> _other = new();
        private readonly bool _hasEmpty;

        private SubstringSet(IReadOnlyList<string> cues)
        {
            var byFirst = new Dictionary<char, List<string>>();
            foreach (var c in cues)
            {
                if (c.Length == 0) { _hasEmpty = true; continue; }
                char f = Fold(c[0]);
                if (!byFirst.TryGetValue(f, out var list)) byFirst[f] = list = new List<string>();
                list.Add(c);
            }
            foreach (var kv in byFirst)
            {
                if (kv.Key < 128) _ascii[kv.Key] = kv.Value.ToArray();
                else _other[kv.Key] = kv.Value.ToArray();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static char Fold(char c) => c < 128 ? (c >= 'a' && c <= 'z' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);

        /// <summary>Whether a cue occurs in the whole of <paramref name="text"/>.</summary>
        public bool AnyIn(string text) => AnyIn(text, 0, text.Length);

        /// <summary>Whether a cue occurs inside [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>
        /// (as it would in <c>text.Substring(start, end - start)</c>).</summary>
        [MethodImpl(Jit.Optimized)]
        public bool AnyIn(string text, int start, int end)
        {
            if (_hasEmpty) return true;
            for (int i = start; i < end; i++)
            {
                char f = Fold(text[i]);
                string[]? candidates;
                if (f < 128) { candidates = _ascii[f]; if (candidates is null) continue; }
                else if (!_other.TryGetValue(f, out candidates)) continue;
                foreach (var c in candidates)
                    if (c.Length <= end - i && string.Compare(text, i, c, 0, c.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }
            return false;
        }
    }
}
