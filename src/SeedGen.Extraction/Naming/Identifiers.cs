using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeedGen.Extraction.Naming
{
    /// <summary>Turns text into C# identifiers a person can type: PascalCase from Unicode letters and digits,
    /// transliterating common Latin diacritics, never a keyword, never starting with a digit.</summary>
    public static class Identifiers
    {
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "abstract","as","base","bool","break","byte","case","catch","char","checked","class","const","continue","decimal","default",
            "delegate","do","double","else","enum","event","explicit","extern","false","finally","fixed","float","for","foreach","goto",
            "if","implicit","in","int","interface","internal","is","lock","long","namespace","new","null","object","operator","out",
            "override","params","private","protected","public","readonly","ref","return","sbyte","sealed","short","sizeof","stackalloc",
            "static","string","struct","switch","this","throw","true","try","typeof","uint","ulong","unchecked","unsafe","ushort","using",
            "virtual","void","volatile","while",
        };

        /// <summary>Is <paramref name="s"/> a C# keyword (needs <c>@</c> to be an identifier)?</summary>
        public static bool IsKeyword(string s) => Keywords.Contains(s);

        /// <summary>PascalCase identifier from free text; <paramref name="fallback"/> when nothing usable remains.
        /// Words are split at anything that is not a letter or digit; at most <paramref name="maxWords"/> words are kept.</summary>
        public static string ToPascalCase(string text, string fallback = "Item", int maxWords = 12)
        {
            string folded = Fold(text ?? string.Empty);
            var sb = new StringBuilder(Math.Min(folded.Length, 256)); // never longer than the text: no regrowth
            int words = 0;
            bool newWord = true;
            for (int i = 0; i < folded.Length && words <= maxWords; i++)
            {
                char c = folded[i];
                var cat = CharUnicodeInfo.GetUnicodeCategory(c);
                bool letter = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
                bool digit = cat == UnicodeCategory.DecimalDigitNumber;
                if (c == '\'' || c == '’') continue; // "Belarus’" -> "Belarus", "don't" -> "Dont"
                if (!letter && !digit) { newWord = true; continue; }
                if (!IsAsciiOrLatin(c)) { newWord = true; continue; } // non-Latin scripts are dropped; fallback covers empty
                if (newWord) { words++; if (words > maxWords) break; sb.Append(char.ToUpperInvariant(c)); newWord = false; }
                else sb.Append(c);
            }
            string id = sb.ToString();
            if (id.Length == 0) id = fallback;
            if (char.IsDigit(id[0])) id = "_" + id;
            if (Keywords.Contains(id)) id = "@" + id; // PascalCase never collides with lower-case keywords, kept for safety
            return id;
        }

        /// <summary>The text with every lone surrogate (half of a pair, as a cut or a mis-decoded file leaves) and the noncharacters
        /// U+FFFE and U+FFFF replaced by U+FFFD: <see cref="string.Normalize(NormalizationForm)"/> throws on them.</summary>
        private static bool IsAscii(string s)
        {
            foreach (char c in s) if (c >= 128) return false;
            return true;
        }

        internal static string WellFormed(string s)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                if (pair) { sb?.Append(c).Append(s[i + 1]); i++; continue; }
                if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') // the last two are noncharacters, refused as well
                {
                    sb ??= new StringBuilder(s, 0, i, s.Length);
                    sb.Append('\uFFFD');
                }
                else sb?.Append(c);
            }
            return sb?.ToString() ?? s;
        }

        private static bool IsAsciiOrLatin(char c) => c < 0x250; // Basic Latin, Latin-1, Latin Extended-A/B

        /// <summary>Removes diacritics (ł→l, é→e, ü→u) so identifiers are ASCII where the name is Latin. The same on every host:
        /// from fixed tables (below), not the runtime's Unicode normalisation, which a host running with invariant globalisation
        /// (a container without ICU, <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT</c>) does not do; member names would otherwise
        /// depend on the machine that builds.</summary>
        public static string Fold(string s)
        {
            if (IsAscii(s)) return s; // nothing to strip or map
            var sb = new StringBuilder(s.Length);
            foreach (char c in WellFormed(s))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // a combining accent written apart
                char b = c >= 0x00C0 && c <= 0x024F ? Latin[c - 0x00C0] : c >= 0x1E00 && c <= 0x1EFF ? LatinAdditional[c - 0x1E00] : '\0';
                sb.Append(b != '\0' ? b : c switch
                {
                    'ł' => 'l', 'Ł' => 'L', 'ø' => 'o', 'Ø' => 'O', 'đ' => 'd', 'Đ' => 'D', 'ß' => 's', 'ı' => 'i',
                    '–' or '—' => '-',
                    _ => c,
                });
            }
            return sb.ToString();
        }

        // The base letter of each letter of Latin-1 Supplement to Latin Extended-B (U+00C0–U+024F) and of Latin Extended Additional
        // (U+1E00–U+1EFF, Vietnamese), '\0' for none: Unicode's canonical decomposition less its combining marks (made once from
        // the Unicode data; a letter without a decomposition, as ł or æ, has none).
        private const string Latin = "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGgGgGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl\0\0\0\0NnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuUuWwYyYZzZzZz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAaÆæ\0\0GgKkOoOoƷ\0j\0\0\0Gg\0\0NnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
        private const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0ſ\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";
    }

    /// <summary>Hands out unique names within one scope, deterministically: the first request for a base name gets it,
    /// later ones get the first free suffix from the candidates given, then an ordinal (2, 3, ...). Never a hash.</summary>
    public sealed class UniqueNameBuilder
    {
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
        // The next numeric suffix to try per base name: names are never released, so every lower number is still taken, and
        // a thousand statements with one base name cost a thousand look-ups, not half a million.
        private readonly Dictionary<string, int> _next = new(StringComparer.OrdinalIgnoreCase);

        public UniqueNameBuilder(params string[] reserved)
        {
            foreach (var r in reserved) _used.Add(r);
        }

        public bool IsUsed(string name) => _used.Contains(name);

        public string Reserve(string baseName, params string?[] suffixes)
        {
            if (_used.Add(baseName)) return baseName;
            foreach (var s in suffixes)
            {
                if (string.IsNullOrEmpty(s)) continue;
                string candidate = baseName + Identifiers.ToPascalCase(s!, "");
                if (candidate != baseName && _used.Add(candidate)) return candidate;
            }
            _next.TryGetValue(baseName, out int start);
            for (int i = Math.Max(2, start); ; i++)
            {
                string candidate = baseName + i.ToString(CultureInfo.InvariantCulture);
                if (_used.Add(candidate)) { _next[baseName] = i + 1; return candidate; }
            }
        }
    }
}
