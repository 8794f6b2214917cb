namespace SeedGen.Extraction.Text
{
    /// <summary>The head of a dateline: the upper-case words that open the first paragraph before its first comma ("MINSK, 23 May
    /// 2019 (BelTA) –", "BRASÍLIA, Brazil –"), or before the wire style's dash or agency credit when no comma comes first
    /// ("OSLO — …", "NAIROBI (AP) — …", "LIMA - …"). The time anchor reads the date after it, the event pass the place it names.</summary>
    internal static class Dateline
    {
        /// <summary>How far into the first paragraph the comma, dash or parenthesis closing the head may stand.</summary>
        private const int HeadReach = 30;

        /// <summary>The trimmed head and the offset where it ends (its comma, or the space or parenthesis before the dash) in the
        /// first paragraph, or null.</summary>
        public static (string Head, int End)? Head(ArticleDocument doc)
        {
            if (doc.Paragraphs.Count == 0) return null;
            string first = doc.Paragraphs[0].Text;
            int end = HeadEnd(first);
            if (end <= 0) return null;
            string head = first.Substring(0, end).Trim();
            if (head.Length == 0) return null;
            return head.ToUpperInvariant() == head ? (head, end) : null;
        }

        /// <summary>Where the whole dateline ends ("MINSK, 28 September (BelTA) –", "YEREVAN, May 22."): the offset in the text
        /// after its dash, or after the full stop that closes a date right after the head; -1 when the article has none.</summary>
        public static int End(ArticleDocument doc)
        {
            if (!(Head(doc) is { } head)) return -1;
            var p = doc.Paragraphs[0];
            string first = p.Text;
            int limit = System.Math.Min(first.Length, head.End + 60);
            for (int i = head.End; i < limit; i++)
            {
                char c = first[i];
                if ((c == '\u2013' || c == '\u2014' || c == '-') && i > 0 && first[i - 1] == ' ' && i + 1 < first.Length && first[i + 1] == ' ') return p.Offset + i + 1;
                if (c == '.' && i + 1 < first.Length && first[i + 1] == ' ' && i - head.End <= 20) return p.Offset + i + 1;
            }
            return -1;
        }

        /// <summary>Where the head ends: the first comma, else (the wire style) a parenthesis or a spaced dash; -1 when none
        /// stands within reach.</summary>
        private static int HeadEnd(string first)
        {
            int limit = first.Length < HeadReach + 1 ? first.Length : HeadReach + 1;
            for (int i = 0; i < limit; i++)
            {
                char c = first[i];
                if (c == ',') return i;
                if (c == '(' && i > 0 && first[i - 1] == ' ') return i;
                if ((c == '\u2013' || c == '\u2014' || c == '-') && i > 0 && first[i - 1] == ' ' && i + 1 < first.Length && first[i + 1] == ' ')
                    return i - 1;
            }
            return -1;
        }
    }
}
