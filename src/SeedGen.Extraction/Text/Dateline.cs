namespace SeedGen.Extraction.Text
{
    /// <summary>The head of a dateline: the upper-case words that open the first paragraph before its first comma ("MINSK, 23 May
    /// 2019 (BelTA) –", "BRASÍLIA, Brazil –"). The time anchor reads the date after it, the event pass the place it names.</summary>
    internal static class Dateline
    {
        /// <summary>How far into the first paragraph the comma closing the head may stand.</summary>
        private const int HeadReach = 30;

        /// <summary>The trimmed head and the offset of its comma in the first paragraph, or null.</summary>
        public static (string Head, int Comma)? Head(ArticleDocument doc)
        {
            if (doc.Paragraphs.Count == 0) return null;
            string first = doc.Paragraphs[0].Text;
            int comma = first.IndexOf(',');
            if (comma <= 0 || comma > HeadReach) return null;
            string head = first.Substring(0, comma).Trim();
            return head.ToUpperInvariant() == head ? (head, comma) : null;
        }
    }
}
