namespace SeedGen.Extraction.Text
{
    /// <summary>One shared string per ASCII character, so that the tokenisers do not allocate a new one-character string for
    /// every punctuation mark they read (the strings are equal to <c>c.ToString()</c>; only the allocation goes).</summary>
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

        /// <summary><c>s.Substring(start, length)</c>, shared when it is one ASCII character.</summary>
        public static string Slice(string s, int start, int length) => length == 1 && s[start] < 128 ? Ascii[s[start]] : s.Substring(start, length);
    }
}
