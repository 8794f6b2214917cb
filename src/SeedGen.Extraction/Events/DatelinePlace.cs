using System;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 3b (part): the place of an article's dateline, the upper-case city that opens its first paragraph before a comma or a wire dash
    /// ("BRASÍLIA, Brazil – …", "MINSK, 23 May 2019 (BelTA) –"), with a dash closing the dateline soon after (or, as news
    /// agencies write it, a full stop right after the date: "YEREVAN, May 22. …"). The
    /// dateline says where the article was reported from: an event it reports with no place of its own happened there.
    /// </summary>
    internal static class DatelinePlace
    {
        /// <summary>How far into the first paragraph the dateline's closing dash may stand.</summary>
        private const int Reach = 60;

        private static readonly char[] Dashes = { '\u2013', '\u2014' };

        /// <summary>"YEREVAN, May 22. The parliament …", "MOSCOW, 3 March. …": the news agencies' dateline closed by a full stop
        /// after its date (a month name and a day, nothing else) instead of a dash.</summary>
        private static bool DateThenStop(string first, int comma)
        {
            int stop = first.IndexOf(". ", comma, StringComparison.Ordinal);
            if (stop < 0 || stop - comma > 20) return false;
            bool month = false, day = false;
            foreach (var tok in Tokenizer.Tokenize(first, comma + 1, stop))
            {
                if (EventWords.Default.DateWords.Contains(tok.Text) && char.IsUpper(tok.Text[0])) month = true;
                else if (tok.Text.Length <= 2 && char.IsDigit(tok.Text[0])) day = true;
                else return false;
            }
            return month && day;
        }

        public static string? Find(ArticleDocument doc, LexiconIndex lx)
        {
            if (!(Dateline.Head(doc) is { } dateline) || dateline.Head.Length < 2) return null;
            string first = doc.Paragraphs[0].Text, city = dateline.Head;
            int comma = dateline.End;
            bool letters = false;
            foreach (char ch in city)
            {
                if (char.IsLetter(ch)) letters = true;
                else if (ch != ' ' && ch != '-' && ch != '.' && ch != '\'') return null;
            }
            if (!letters) return null;
            int dash = first.IndexOfAny(Dashes, comma);
            if (dash < 0) { dash = first.IndexOf(" - ", comma, StringComparison.Ordinal); }
            if ((dash < 0 || dash > Reach) && !DateThenStop(first, comma)) return null;
            if (lx.Places.TryGetValue(city, out var place) || lx.Places.TryGetValue(Naming.Identifiers.Fold(city), out place)) return place.Name;
            return null;
        }
    }
}
