using System.Collections.Generic;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a relative date inside a direct quotation ("this morning I learned", "we met yesterday") counts from when
    /// the words were spoken, which the article need not give; it dates no event named outside the quotation. It still
    /// dates an event the quotation itself names or refers to with "the" ("'the talks today were useful,' she said"; not
    /// a bare word that may be a verb: "he talks a lot"). Written dates and weekdays
    /// inside quotations are left as they are.
    /// </summary>
    internal static class EventDateQuoted
    {
        /// <param name="mentions">The event mentions of the sentence (document offsets).</param>
        public static IReadOnlyList<TemporalMatch> Apply(string sentence, int sentenceStart, IReadOnlyList<TemporalMatch> matches, IReadOnlyList<EventMention> mentions)
        {
            List<(int Start, int End)>? quotes = null;
            List<TemporalMatch>? result = null;
            for (int k = 0; k < matches.Count; k++)
            {
                var m = matches[k];
                if (m.Kind != TemporalKind.Relative) continue;
                quotes ??= Quotations(sentence);
                if (quotes.Count == 0) return matches;
                int q = Inside(quotes, m.Index, m.Index + m.Length);
                if (q < 0) continue;
                bool named = false;
                foreach (var x in mentions)
                    if ((x.Named || x.Definite) && !x.Generic && x.Start - sentenceStart >= quotes[q].Start && x.End - sentenceStart <= quotes[q].End) { named = true; break; }
                if (named) continue;
                result ??= new List<TemporalMatch>(matches);
                result[k] = default;
            }
            if (result == null) return matches;
            result.RemoveAll(x => x.Length == 0);
            return result;
        }

        /// <summary>The spans between quotation marks: straight quotes pair in turn, curly ones open and close; a quotation
        /// still open at the end of the sentence runs to its end.</summary>
        internal static List<(int Start, int End)> Quotations(string s)
        {
            var list = new List<(int, int)>();
            int open = -1;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '"') { if (open < 0) open = i; else { list.Add((open, i + 1)); open = -1; } }
                else if (c == '\u201C' && open < 0) open = i;
                else if (c == '\u201D' && open >= 0) { list.Add((open, i + 1)); open = -1; }
            }
            if (open >= 0) list.Add((open, s.Length));
            return list;
        }

        private static int Inside(List<(int Start, int End)> quotes, int start, int end)
        {
            for (int i = 0; i < quotes.Count; i++)
                if (start >= quotes[i].Start && end <= quotes[i].End) return i;
            return -1;
        }
    }
}
