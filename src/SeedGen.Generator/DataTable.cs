using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeedGen.Generator
{
    /// <summary>
    /// The strings and numbers of one generated file, written as <c>private const string</c> fields. A constant's value lives in
    /// the metadata blob heap (the Constant table), not in the 16 MB user-string heap that string literals in code fill (CS8103),
    /// and a constant is one token and one node for the compiler however long it is (an array initialiser is one node per
    /// element: most of the compile time and memory of the tables, twice over when analyzers run). Generated code never
    /// names a constant (that would copy it to the user-string heap); the runtime library reads the value once per class
    /// (<c>SeedGen.Internal.Data.Constant</c>: from the assembly's metadata on .NET, through <c>FieldInfo.GetRawConstantValue</c>
    /// elsewhere). It works from C# 7.3 and netstandard2.0.
    /// Strings are packed as a generalised UTF-8 (lone surrogates kept as three-byte sequences, so every .NET string
    /// round-trips exactly), two bytes a <c>char</c>; integers are two <c>char</c>s each (low half first). The generated
    /// <c>__Data.S</c> decodes one string on first use.
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

        /// <summary>The table's bytes, two a <c>char</c> (the first in the low half; an odd count ends with a zero byte).</summary>
        internal string Packed()
        {
            var chars = new char[(_bytes.Count + 1) / 2];
            for (int i = 0; i < _bytes.Count; i++) chars[i >> 1] = (char)(chars[i >> 1] | (_bytes[i] << ((i & 1) << 3)));
            return new string(chars);
        }

        /// <summary>Integers, two <c>char</c>s each: the low 16 bits, then the high 16 bits.</summary>
        internal static string PackInts(IReadOnlyList<int> values)
        {
            var chars = new char[values.Count * 2];
            for (int i = 0; i < values.Count; i++)
            {
                chars[2 * i] = (char)(values[i] & 0xFFFF);
                chars[2 * i + 1] = (char)((uint)values[i] >> 16);
            }
            return new string(chars);
        }

        /// <summary>The inverse of <see cref="Packed"/> and <see cref="Decode"/> as the generated code runs them (tested).</summary>
        internal static string DecodePacked(string packed, int start, int end)
        {
            var words = new ulong[(packed.Length * 2 + 7) / 8];
            for (int i = 0; i < packed.Length * 2; i++) words[i >> 3] |= (ulong)((packed[i >> 1] >> ((i & 1) << 3)) & 0xFF) << ((i & 7) << 3);
            return Decode(words, start, end);
        }

        /// <summary>Writes the strings as the constants <c>{data}c</c> and <c>{ends}c</c> and the fields that read them.</summary>
        public void Write(SourceWriter w, string cls, string data, string ends)
        {
            WriteString(w, cls, data, Packed());
            WriteInts(w, cls, ends, _ends);
        }

        /// <summary>The strings as the constants <c>{data}c</c> and <c>{ends}c</c> alone (a chunk class: the runtime library reads them).</summary>
        public void WriteConstants(SourceWriter w, string data, string ends)
        {
            WriteConstant(w, data, Packed());
            WriteConstant(w, ends, PackInts(_ends));
        }

        /// <summary><c>private const string {name}c = "…";</c></summary>
        public static void WriteConstant(SourceWriter w, string name, string value) => w.Line("private const string " + name + "c = " + Literal(value) + ";");

        /// <summary><c>private const string {name}c = "…";</c> and <c>private static readonly string {name}</c> that reads it.</summary>
        public static void WriteString(SourceWriter w, string cls, string name, string value)
        {
            w.Line("private const string " + name + "c = " + Literal(value) + ";");
            w.Line("private static readonly string " + name + " = __Data.C(typeof(" + cls + "), \"" + name + "c\");");
        }

        /// <summary>The integers as a constant, read into a <c>__Data.Ints</c> field.</summary>
        public static void WriteInts(SourceWriter w, string cls, string name, IReadOnlyList<int> values)
        {
            w.Line("private const string " + name + "c = " + Literal(PackInts(values)) + ";");
            w.Line("private static readonly __Data.Ints " + name + " = new __Data.Ints(__Data.C(typeof(" + cls + "), \"" + name + "c\"));");
        }

        /// <summary>A C# string literal of any sequence of code units. Printable characters are written as they are; escaped are
        /// the quote and the backslash, controls, line and paragraph separators, surrogates, zero-width and bidirectional
        /// formatting characters, the byte order mark and the specials block (fixed ranges, not the runtime's Unicode tables,
        /// so the output is the same on every runtime).</summary>
        internal static string Literal(string value)
        {
            var sb = new StringBuilder(value.Length + value.Length / 4 + 2);
            sb.Append('"');
            foreach (char c in value)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c == '\0') sb.Append("\\0");
                else if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x206F) || (c >= 0xD800 && c <= 0xDFFF)
                    || c == 0xFEFF || c >= 0xFFF0 || (c >= 0xFE00 && c <= 0xFE0F))
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }
    }
}
