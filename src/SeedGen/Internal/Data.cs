using System;
using System.ComponentModel;
using System.Reflection;

namespace SeedGen.Internal
{
    /// <summary>For SeedGen's generated code only: reads a generated table (a <c>private const string</c> of a generated class).
    /// Not part of the API a consumer programs against; it may change with the generator.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class Data
    {
        /// <summary>The value of the string constant <paramref name="name"/> of <paramref name="type"/> (empty when there is none).
        /// Generated code never names its constants (that would copy them to the user-string heap).</summary>
        public static string Constant(
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, string name)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            if (name is null) throw new ArgumentNullException(nameof(name));
#if NET
            string? fast = Metadata.Constant(type, name);
            if (fast != null) return fast;
#endif
            var f = type.GetField(name, BindingFlags.Static | BindingFlags.NonPublic);
            return (f?.GetRawConstantValue() as string) ?? string.Empty;
        }
    }

    /// <summary>Integers stored two characters each (low half first).</summary>
    internal readonly struct Ints
    {
        private readonly string _v;

        internal Ints(string v) => _v = v;

        internal int this[int i] => _v[2 * i] | (_v[2 * i + 1] << 16);
    }

    /// <summary>The strings of one generated table: UTF-8 (lone surrogates as three bytes) packed two bytes a character, and
    /// where each string ends.</summary>
    internal sealed class Strings
    {
        private readonly string _d;
        private readonly Ints _e;

        internal Strings(string d, Ints e)
        {
            _d = d;
            _e = e;
        }

        internal string this[int i] => Decode(i == 0 ? 0 : _e[i - 1], _e[i]);

        internal string? OrNull(int i) => i < 0 ? null : this[i];

        internal string[] Run(int first, int count)
        {
            if (count == 0) return Array.Empty<string>();
            var a = new string[count];
            for (int j = 0; j < count; j++) a[j] = this[first + j];
            return a;
        }

        private int B(int k)
        {
            int c = _d[k >> 1];
            return (k & 1) == 0 ? c & 0xFF : c >> 8;
        }

        private string Decode(int k, int end)
        {
            var c = new char[end - k];
            int n = 0;
            while (k < end)
            {
                int x = B(k++);
                if (x < 0x80) c[n++] = (char)x;
                else if (x < 0xE0) { c[n++] = (char)(((x & 0x1F) << 6) | (B(k) & 0x3F)); k += 1; }
                else if (x < 0xF0) { c[n++] = (char)(((x & 0x0F) << 12) | ((B(k) & 0x3F) << 6) | (B(k + 1) & 0x3F)); k += 2; }
                else
                {
                    int cp = (((x & 0x07) << 18) | ((B(k) & 0x3F) << 12) | ((B(k + 1) & 0x3F) << 6) | (B(k + 2) & 0x3F)) - 0x10000;
                    k += 3;
                    c[n++] = (char)(0xD800 + (cp >> 10));
                    c[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
            }
            return new string(c, 0, n);
        }
    }

    /// <summary>For SeedGen's generated code only: how records of one scope reach the records of the others (each generated
    /// corpus overrides these with its scopes' <c>Find</c>). Links are followed on first use only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class Links
    {
        /// <summary>For generated code.</summary>
        protected Links()
        {
        }

        /// <summary>The event of that id, or null.</summary>
        public abstract Event? FindEvent(string id);
        /// <summary>The person of that id, or null.</summary>
        public abstract Person? FindPerson(string id);
        /// <summary>The place of that id, or null.</summary>
        public abstract Place? FindPlace(string id);
        /// <summary>The statement of that id, or null.</summary>
        public abstract Statement? FindStatement(string id);
        /// <summary>The article of that id, or null.</summary>
        public abstract Article? FindArticle(string id);
    }
}
