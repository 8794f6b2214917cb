using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Last statement stage: a quotation whose words stand inside the reporter's own sentence is a partial quote
    /// (<see cref="StatementKindModel.Partial"/>), not a direct one: "she called the plan “a disaster”", "he said the talks were
    /// “constructive and frank”", "this is “the lowest figure in years,” the agency said". A direct quote stands as a sentence of
    /// its own: it opens its sentence (“We will win,” she said), follows a colon or a comma (she said: “…”; she said, “We …”;
    /// According to X, “…”), follows a verb of saying with a capital (said “We …”), or is a capitalised sentence with its own end mark
    /// (protesters chanted “What curfew?”). Speakers and events are already resolved; only the kind changes.
    /// </summary>
    internal static class PartialQuotes
    {
        internal static void Mark(ArticleDocument doc, StatementCues cues, List<StatementModel> statements)
        {
            for (int i = 0; i < statements.Count; i++)
            {
                var s = statements[i];
                if (s.Kind == StatementKindModel.Direct && IsPartial(doc, cues, s))
                    statements[i] = s with { Kind = StatementKindModel.Partial };
            }
        }

        private static bool IsPartial(ArticleDocument doc, StatementCues cues, StatementModel s)
        {
            string t = doc.Text;
            int start = s.Span.Offset, end = s.Span.Offset + s.Span.Length;
            if (start <= 0 || start >= t.Length || s.Text.Length == 0) return false;
            while (start < end && char.IsWhiteSpace(t[start])) start++;
            // the opening mark(s) right before the quoted words ("“", "''", "``")
            int c = start - 1;
            while (c >= 0 && IsMark(t[c])) c--;
            int open = c + 1;
            int si = doc.SentenceAt(open);
            int from = si >= 0 ? doc.Sentences[si].Offset : 0;
            while (c >= from && t[c] is ' ' or '\t') c--;
            // opens its sentence, follows a colon, or starts a clause after a comma (she said, “We …”; According to X, “…”; “A,”
            // X said, referring to Y, “b …”: the resumed half of a split quote)
            if (c < from || t[c] is '\n' or '\r' or '.' or '!' or '?' or ';' or ':' or ',' or '(' or '[') return false;
            char first = s.Text[0];
            bool capital = char.IsUpper(first) || char.IsDigit(first);
            if (t[c] is '—' or '–' or '-') return !capital;
            if (!char.IsLetterOrDigit(t[c]) && t[c] is not '’' and not '\'') return false; // other punctuation before it: no reading of the sentence to go by
            // the whole complement of a verb of saying, to the end of its clause: said “We …”; told NBC News “The …”; said of the
            // leader “this morning I …”; saying that “we have trained …” — the speaker's clause, quoted whole
            if (capital && IntroducedBySaying(t, from, open, cues) && EndsClause(t, end)) return false;
            if (!capital) return true; // the quoted words continue the reporter's sentence
            if (DirectQuotes.WordBefore(t, doc, open) is { } lead && Subjects.IsVerb(lead.Word, cues.Attribution)) return false; // chanted “No more delays”
            return !EndsWithSentenceMark(t, start, end); // a capitalised sentence of its own (“What curfew?”), or words of a noun phrase
        }

        /// <summary>A verb of saying within the few words before the opening mark, in the same clause (no punctuation between).</summary>
        private static bool IntroducedBySaying(string t, int from, int open, StatementCues cues)
        {
            int c = open - 1;
            for (int words = 0; words < MaxWordsAfterVerb; words++)
            {
                while (c >= from && t[c] is ' ' or '\t') c--;
                if (c < from || !char.IsLetter(t[c])) return false;
                int e = c + 1;
                while (c >= from && (char.IsLetter(t[c]) || t[c] is '\'' or '’' or '-' or '.')) c--;
                if (Subjects.IsVerb(t.Substring(c + 1, e - c - 1), cues.Attribution)) return true;
            }
            return false;
        }

        /// <summary>Words a verb of saying may have between it and the quotation it introduces ("told the BBC's Today programme").</summary>
        private const int MaxWordsAfterVerb = 6;

        /// <summary>Does the clause end with the quotation (no word of the reporter's right after its closing mark)?</summary>
        private static bool EndsClause(string t, int end)
        {
            int a = end;
            while (a < t.Length && (IsMark(t[a]) || t[a] is ' ' or '\t' or '.' or ',' or '!' or '?' or '…')) a++;
            if (a >= t.Length || t[a] is '\n' or '\r' || !char.IsLetter(t[a])) return true;
            // words after the mark: an attribution that closes the sentence ("“…,” he said") or the next sentence
            int b = end;
            while (b < a && (IsMark(t[b]) || t[b] == ' ')) b++;
            return b < a && t[b] is '.' or ',' or '!' or '?' or '…';
        }

        private static bool IsMark(char ch) => ch is '“' or '”' or '"' or '‘' or '’' or '\'' or '`' or '«' or '»' or '„';

        /// <summary>Does the quotation end in . ! ? or … inside its closing mark?</summary>
        private static bool EndsWithSentenceMark(string t, int start, int end)
        {
            int e = end - 1;
            while (e >= start && (char.IsWhiteSpace(t[e]) || IsMark(t[e]))) e--;
            return e >= start && t[e] is '.' or '!' or '?' or '…';
        }
    }
}
