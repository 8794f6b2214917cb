using System.Runtime.CompilerServices;
namespace SeedGen.Extraction.Text
{
    /// <summary>One shared string per ASCII character, and a small cache of recent short words, so that the tokenisers do not
    /// allocate a new string for every punctuation mark and every "the" they read (the strings are equal to
    /// <c>s.Substring(start, length)</c>; only the allocation goes).</summary>
    internal static class CharStrings
    {
        private static readonly string[] Ascii = Build();

        private static string[] Build()
        {
            var a = new string[128];
            for (int i = 0; i < a.Length; i++) a[i] = ((char)i).ToString();
            return a;
        }

        public static string Of(char c) => c < 128 ? Ascii[c] : c.ToString();

        // Direct-mapped by a hash of the characters: a slot holds the last word that hashed to it. Bounded (it never grows),
        // and safe to share between threads without a lock: a slot is read and written whole, and a word is only returned
        // after comparing it with the text, so a race costs at most a new string.
        private const int Slots = 4096, MaxCached = 16;
        private static readonly string?[] Recent = new string?[Slots];

        /// <summary><c>s.Substring(start, length)</c>, shared when it is one ASCII character or a short word read recently.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string Slice(string s, int start, int length)
        {
            if (length == 1 && s[start] < 128) return Ascii[s[start]];
            if (length > MaxCached || length == 0) return s.Substring(start, length);
            uint h = 2166136261;
            for (int i = start; i < start + length; i++) h = (h ^ s[i]) * 16777619;
            int slot = (int)(h & (Slots - 1));
            var cached = Recent[slot];
            if (cached != null && cached.Length == length && string.CompareOrdinal(cached, 0, s, start, length) == 0) return cached;
            var word = s.Substring(start, length);
            Recent[slot] = word;
            return word;
        }
    }
}
