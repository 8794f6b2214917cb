using System;
using System.Collections.Generic;
using System.Text;

namespace SeedGen.Extraction.Entities
{
    /// <summary>
    /// Transliteration-aware matching of person names: Lukashenka / Lukashenko, Alyaksandr / Aleksandr / Alexander,
    /// Makei / Makey, "A. Wess Mitchell" / "Wess Mitchell" / "Mr Mitchell". Names are compared by a consonant skeleton
    /// (first letter kept, vowels and y dropped, x = ks, doubled letters collapsed), which is what East European names
    /// keep across English transliterations.
    /// </summary>
    public static class NameMatcher
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] Spaces = { ' ', '\u00A0' };
        private static readonly char[] Punctuation = { ',', ';', ':' };

        // The built-in lexicon's honorifics (names.yaml, "honorifics"): name matching has no user lexicon in hand.
        private static readonly Lazy<HashSet<string>> HonorificsLazy = new(() =>
            new HashSet<string>(Lexicon.Lexicon.Default.WordList("honorifics"), StringComparer.OrdinalIgnoreCase));
        private static HashSet<string> Honorifics => HonorificsLazy.Value;
        private static readonly Lazy<HashSet<string>> PatronymicsLazy = new(() =>
            new HashSet<string>(Lexicon.Lexicon.Default.WordList("patronymic_particles"), StringComparer.OrdinalIgnoreCase));

        /// <summary>The name's tokens without honorifics.</summary>
        public static List<string> Tokens(string name) => new List<string>(TokenArray(name));

        /// <summary>How many tokens <see cref="Tokens"/> gives (without a list of them).</summary>
        public static int TokenCount(string name) => TokenArray(name).Length;

        // names recur (every mention of a person is compared with the people known so far): their tokens and keys are read once
        private static readonly Text.StringMemo<string[]> TokenMemo = new(4096, ComputeTokens);
        private static readonly Text.StringMemo<string> SpellingMemo = new(4096, ComputeSpelling);
        private static readonly Text.StringMemo<string> KeyMemo = new(4096, t => Skeleton(Spelling(t)));

        /// <summary><see cref="Tokens"/> as an array shared by every caller (never changed).</summary>
        private static string[] TokenArray(string name) => TokenMemo.Get(name);

        private static string[] ComputeTokens(string name)
        {
            var list = new List<string>();
            foreach (var raw in name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
            {
                string t = raw.Trim(Punctuation);
                if (t.Length == 0 || Honorifics.Contains(t)) continue;
                list.Add(t);
            }
            return list.ToArray();
        }

        // Latin letters with diacritics and their base letters: the fold when Unicode normalisation is unavailable (a host
        // running with invariant globalisation), so that Chávez and Chavez, Erdoğan and Erdogan match everywhere alike.
        private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžșț";
        private const string Plain    = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzst";

        private static string FoldLatin(string s)
        {
            char[]? chars = null;
            for (int i = 0; i < s.Length; i++)
            {
                int k = s[i] > 127 ? Accented.IndexOf(s[i]) : -1;
                if (k < 0) continue;
                chars ??= s.ToCharArray();
                chars[i] = Plain[k];
            }
            return chars == null ? s : new string(chars);
        }

        /// <summary>The consonant skeleton of one name token.</summary>
        public static string Key(string token) => KeyMemo.Get(token);

        private static string Skeleton(string s)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (!char.IsLetter(c)) continue;
                bool vowel = "aeiouy".IndexOf(c) >= 0;
                if (i == 0) { sb.Append(vowel ? 'a' : c); continue; }
                if (vowel) continue;
                if (sb.Length > 0 && sb[sb.Length - 1] == c) continue;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>A name token folded to plain lower-case Latin with the transliteration variants made equal (x/ks, kh/h, hard c/k;
        /// Belarusian and Ukrainian spellings of Russian-transliterated names: Uladzimir/Vladimir, Dzmitry/Dmitry).</summary>
        private static string Spelling(string token) => SpellingMemo.Get(token);

        private static string ComputeSpelling(string token)
        {
            string s = FoldLatin(Naming.Identifiers.Fold(token).ToLowerInvariant()).Replace("x", "ks").Replace("kh", "h").Replace("'", "").Replace("’", "");
            if (s.StartsWith("ul", StringComparison.Ordinal) && s.Length > 2 && "aeiouy".IndexOf(s[2]) >= 0) s = "vl" + s.Substring(2);
            return HardC(s.Replace("dz", "d"));
        }

        /// <summary>A hard c is a k (Bacar/Bakar, Marco/Marko, Jacub/Jakub): "ck" and a c before a, o, u, l, r or at the end.</summary>
        private static string HardC(string s)
        {
            if (s.IndexOf('c') < 0) return s;
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c != 'c') { sb.Append(c); continue; }
                char next = i + 1 < s.Length ? s[i + 1] : '\0';
                if (next == 'k') continue; // "ck" is k
                sb.Append(next is 'a' or 'o' or 'u' or 'l' or 'r' or '\0' ? 'k' : 'c');
            }
            return sb.ToString();
        }

        /// <summary>Two surnames (as <see cref="Spelling"/> gives them) with the same consonant skeleton are spellings of one name only when they differ in few letters
        /// (Lukashenka/Lukashenko, Zelensky/Zelenskyy: one; a quarter of the shorter's letters at most), so that names that only
        /// share their consonants stay apart (Putney/Putin, Kerr/Kerry, Mann/Moon): short names must be spelt alike.</summary>
        private static bool CloseSpellings(string x, string y)
        {
            if (x == y) return true;
            int shorter = Math.Min(x.Length, y.Length);
            int allowed = shorter < 5 ? 0 : Math.Max(1, shorter / 4);
            if (Math.Abs(x.Length - y.Length) > allowed) return false;
            // Levenshtein distance, two rows
            var prev = new int[y.Length + 1];
            var cur = new int[y.Length + 1];
            for (int j = 0; j <= y.Length; j++) prev[j] = j;
            for (int i = 1; i <= x.Length; i++)
            {
                cur[0] = i;
                for (int j = 1; j <= y.Length; j++)
                    cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
                (prev, cur) = (cur, prev);
            }
            return prev[y.Length] <= allowed;
        }

        /// <summary>The key of the surname (last token); two names can only be the same person when these are equal,
        /// so callers bucket by it to stay linear. Empty for a name without tokens.</summary>
        public static string SurnameKey(string name)
        {
            var t = TokenArray(name);
            return t.Length == 0 ? "" : Key(t[t.Length - 1]);
        }

        private static bool IsInitial(string t) => (t.Length == 2 && t[1] == '.' && char.IsUpper(t[0])) || (t.Length == 1 && char.IsUpper(t[0]));

        /// <summary>Are the two names the same person? Surnames (last tokens) must match by key and be close spellings; every given name of the
        /// shorter form must match one of the longer (an initial matches a name with that letter).</summary>
        public static bool SamePerson(string a, string b)
        {
            var ta = TokenArray(a);
            var tb = TokenArray(b);
            if (ta.Length == 0 || tb.Length == 0) return false;
            string la = ta[ta.Length - 1], lb = tb[tb.Length - 1];
            string sa = Spelling(la), sb = Spelling(lb);
            // Key is the skeleton of the spelling
            if (Key(la) != Key(lb) || !CloseSpellings(sa, sb)) return false;
            var shorter = ta.Length <= tb.Length ? ta : tb;
            var longer = ta.Length <= tb.Length ? tb : ta;
            // "Salman" is the father of "Mohammed bin Salman": a last name after a patronymic particle is no surname on its own
            if (shorter.Length == 1 && longer.Length >= 2 && PatronymicsLazy.Value.Contains(longer[longer.Length - 2])) return false;
            for (int i = 0; i < shorter.Length - 1; i++)
            {
                string g = shorter[i];
                bool found = false;
                for (int j = 0; j < longer.Length - 1 && !found; j++)
                {
                    string h = longer[j];
                    // a middle initial after a full first name stands for no first name: "Mark Levine" is not "Sander M. Levin"
                    if (IsInitial(h) && !IsInitial(g) && j > 0 && !IsInitial(longer[0])) continue;
                    if (IsInitial(g) || IsInitial(h)) found = char.ToUpperInvariant(g[0]) == char.ToUpperInvariant(h[0]);
                    else found = Key(g) == Key(h);
                }
                if (!found) return false;
            }
            return true;
        }

        /// <summary>The canonical form among spellings: most tokens (fullest), then first seen.</summary>
        public static string Canonical(IReadOnlyList<string> spellingsInOrder)
        {
            string best = spellingsInOrder[0];
            int bestCount = TokenCount(best);
            foreach (var s in spellingsInOrder)
            {
                int n = TokenCount(s);
                if (n > bestCount) { best = s; bestCount = n; }
            }
            return best;
        }
    }
}
