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
        private const int Slots = 16384, MaxCached = 16;
        private static readonly string?[] Recent = new string?[Slots];

        /// <summary><c>s.Substring(start, length)</c>, shared when it is one ASCII character or a short word read recently.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string Slice(string s, int start, int length)
        {
            if (length == 1 && s[start] < 128) return Ascii[s[start]];
            if (length > MaxCached || length == 0) return s.Substring(start, length);
            int end = start + length;
            if ((uint)end > (uint)s.Length || start < 0) return s.Substring(start, length); // the framework's own range error
            uint h = 2166136261;
            for (int i = start; i < end; i++) h = (h ^ s[i]) * 16777619;
            var cached = Recent[h & (Slots - 1)];
            if (cached != null && cached.Length == length)
            {
                int k = 0;
                while (k < length && cached[k] == s[start + k]) k++;
                if (k == length) return cached;
            }
            var word = s.Substring(start, length);
            Recent[h & (Slots - 1)] = word;
            return word;
        }
    }
}
