using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedGen.Generator
{
    /// <summary>
    /// The strings and numbers of one generated file, written as array initialisers of constants (<c>ulong[]</c> and <c>int[]</c>).
    /// The compiler stores such arrays in the assembly's data section (field RVA, <c>RuntimeHelpers.InitializeArray</c>), so no
    /// corpus size reaches the 16 MB user-string heap (CS8103) that string literals fill; it works from C# 7.3 and netstandard2.0.
    /// Strings are packed as a generalised UTF-8 (lone surrogates kept as three-byte sequences, so every .NET string round-trips
    /// exactly), eight bytes a <c>ulong</c>; the generated <c>__Data.S</c> decodes one string on first use.
    /// </summary>
    internal sealed class DataTable
    {
        private readonly List<byte> _bytes = new();
        private readonly List<int> _ends = new();
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        /// <summary>Number of strings in the table.</summary>
        public int Count => _ends.Count;

        /// <summary>The index of <paramref name="s"/> (added once, then shared); -1 for null.</summary>
        public int Add(string? s)
        {
            if (s is null) return -1;
            if (_index.TryGetValue(s, out int i)) return i;
            i = Append(s);
            _index[s] = i;
            return i;
        }

        /// <summary>Adds the strings one after the other (a list: first index and count); returns the first index.</summary>
        public int AddRun(IReadOnlyList<string> items)
        {
            int first = _ends.Count;
            foreach (var s in items) Append(s);
            return first;
        }

        private int Append(string s)
        {
            Encode(s, _bytes);
            _ends.Add(_bytes.Count);
            return _ends.Count - 1;
        }

        /// <summary>UTF-8, except that an unpaired surrogate is encoded as the three bytes of its code unit (as WTF-8 does).</summary>
        internal static void Encode(string s, List<byte> output)
        {
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c < 0x80) output.Add((byte)c);
                else if (c < 0x800)
                {
                    output.Add((byte)(0xC0 | (c >> 6)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                else if (char.IsHighSurrogate((char)c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    int cp = char.ConvertToUtf32((char)c, s[++i]);
                    output.Add((byte)(0xF0 | (cp >> 18)));
                    output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                }
                else
                {
                    output.Add((byte)(0xE0 | (c >> 12)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
            }
        }

        /// <summary>The inverse of <see cref="Encode"/> over packed words (the same algorithm the generated code runs; tested).</summary>
        internal static string Decode(ulong[] words, int start, int end)
        {
            var chars = new char[end - start];
            int n = 0;
            int k = start;
            int B(int at) => (int)((words[at >> 3] >> ((at & 7) << 3)) & 0xFF);
            while (k < end)
            {
                int x = B(k++);
                if (x < 0x80) chars[n++] = (char)x;
                else if (x < 0xE0) { chars[n++] = (char)(((x & 0x1F) << 6) | (B(k) & 0x3F)); k += 1; }
                else if (x < 0xF0) { chars[n++] = (char)(((x & 0x0F) << 12) | ((B(k) & 0x3F) << 6) | (B(k + 1) & 0x3F)); k += 2; }
                else
                {
                    int cp = (((x & 0x07) << 18) | ((B(k) & 0x3F) << 12) | ((B(k + 1) & 0x3F) << 6) | (B(k + 2) & 0x3F)) - 0x10000;
                    k += 3;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
            }
            return new string(chars, 0, n);
        }

        /// <summary>The table's bytes as little-endian words.</summary>
        internal ulong[] Words()
        {
            var words = new ulong[(_bytes.Count + 7) / 8];
            for (int i = 0; i < _bytes.Count; i++) words[i >> 3] |= (ulong)_bytes[i] << ((i & 7) << 3);
            return words;
        }

        /// <summary>Writes <c>private static readonly ulong[] {data} = {…};</c> and <c>int[] {ends}</c> for the strings.</summary>
        public void Write(SourceWriter w, string data, string ends)
        {
            WriteWords(w, data, Words());
            WriteInts(w, ends, _ends);
        }

        public static void WriteWords(SourceWriter w, string name, ulong[] words)
        {
            w.Line("private static readonly ulong[] " + name + " =");
            w.Line("{");
            var line = new System.Text.StringBuilder();
            for (int i = 0; i < words.Length; i++)
            {
                line.Append("0x").Append(words[i].ToString("X", CultureInfo.InvariantCulture)).Append(',');
                if (i % 12 == 11 || i == words.Length - 1) { w.Line(line.ToString()); line.Clear(); }
            }
            w.Line("};");
        }

        public static void WriteInts(SourceWriter w, string name, IReadOnlyList<int> values)
        {
            w.Line("private static readonly int[] " + name + " =");
            w.Line("{");
            var line = new System.Text.StringBuilder();
            for (int i = 0; i < values.Count; i++)
            {
                line.Append(values[i].ToString(CultureInfo.InvariantCulture)).Append(',');
                if (i % 24 == 23 || i == values.Count - 1) { w.Line(line.ToString()); line.Clear(); }
            }
            w.Line("};");
        }
    }
}
