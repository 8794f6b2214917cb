using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>A quoted span: the words between the marks (offsets in the document), and where the marks are.</summary>
    /// <param name="Open">Offset of the opening mark.</param>
    /// <param name="Close">Offset just after the closing mark (or the paragraph end for a quote that runs on).</param>
    /// <param name="Parts">Content spans (more than one when the quote runs over paragraphs).</param>
    public sealed record Quote(int Open, int Close, IReadOnlyList<(int Start, int End)> Parts, int ParagraphIndex, char Mark);

    /// <summary>
    /// Finds quotations in every style news uses: “…”, "…", ‘…’, '…', «…», „…“, the doubled apostrophes of some wire and
    /// newspaper archives (''…'' and ``…''), and mixed marks (a straight opening with a curly closing). Apostrophes inside words are not marks. A quote left open at a paragraph's end continues when the
    /// next paragraph re-opens it (the classic multi-paragraph style); otherwise it is reported as unbalanced. Linear.
    /// </summary>
    public static class QuoteScanner
    {
        [MethodImpl(Jit.Optimized)]
        public static List<Quote> Scan(ArticleDocument doc, List<DiagnosticModel> diagnostics)
        {
            var quotes = new List<Quote>();
            var ps = doc.Paragraphs;
            string t = doc.Text;
            List<(int, int)>? carry = null;
            int carryOpen = -1, carryPara = -1;
            char carryMark = '\0';
            for (int pi = 0; pi < ps.Count; pi++)
            {
                var p = ps[pi];
                int i = p.Offset, end = p.End;
                // continuation of a quote left open in the previous paragraph
                if (carry != null)
                {
                    bool doubled = carryMark == Doubled && IsDoubledOpener(t, i, p.Offset, end);
                    // the next paragraph re-opens with the same mark (a quote opened by " and a paragraph opened by “ are two
                    // styles: the first was never closed), and it is not a transcript turn ("WALLACE: …")
                    bool reopens = doubled || (carryMark != Doubled && i < end && t[i] == carryMark && IsOpener(t, i, p.Offset));
                    if (reopens && TranscriptLabel(t, i + (doubled ? 2 : 1), end)) reopens = false;
                    if (i < end && reopens)
                    {
                        int w = doubled ? 2 : 1;
                        int close = doubled ? FindDoubledClose(t, i + 2, end) : FindClose(t, i + 1, end, t[i]);
                        if (close >= 0)
                        {
                            carry.Add((i + w, close));
                            quotes.Add(new Quote(carryOpen, close + w, carry, carryPara, carryMark));
                            carry = null;
                            i = close + w;
                        }
                        else { carry.Add((i + w, end)); continue; }
                    }
                    else
                    {
                        diagnostics.Add(new DiagnosticModel(DiagnosticIds.UnbalancedQuote, DiagnosticSeverityModel.Info,
                            "this quotation mark is never closed; the quote was not taken as a statement", doc.File, doc.Span(carryOpen, 1)));
                        carry = null;
                    }
                }
                bool straightOff = false; // once a straight mark held curly quotations, the paragraph's straight marks are not read (linear)
                while (i < end)
                {
                    // only a mark can open a quote: jump to the next one (most of a paragraph is none)
                    i = t.IndexOfAny(Marks, i, end - i);
                    if (i < 0) break;
                    if (IsDoubledOpener(t, i, p.Offset, end))
                    {
                        int dc = FindDoubledClose(t, i + 2, end);
                        if (dc >= 0)
                        {
                            quotes.Add(new Quote(i, dc + 2, new[] { (i + 2, dc) }, pi, Doubled));
                            i = dc + 2;
                            continue;
                        }
                        carry = new List<(int, int)> { (i + 2, end) };
                        carryOpen = i; carryPara = pi; carryMark = Doubled;
                        break;
                    }
                    if (!IsOpener(t, i, p.Offset) || (straightOff && t[i] == '"')) { i++; continue; }
                    // a transcript turn ("WALLACE: Let's start …") opened by a mark is an interview record, not a quotation
                    if (i == p.Offset && TranscriptLabel(t, i + 1, end)) { i++; continue; }
                    char mark = t[i];
                    int close = FindClose(t, i + 1, end, mark);
                    if (close >= 0)
                    {
                        quotes.Add(new Quote(i, close + 1, new[] { (i + 1, close) }, pi, mark));
                        i = close + 1;
                        continue;
                    }
                    if (mark is '\'' or '‘') { i++; continue; } // a lone single mark is an apostrophe more often than a quote
                    // a straight mark that meets a curly opening before any closing mark is not a quotation of its own (an
                    // excerpt set off by a bare mark, with the curly quotations inside it): the curly ones are read
                    if (close == CurlyInside) { straightOff = true; i++; continue; }
                    carry = new List<(int, int)> { (i + 1, end) };
                    carryOpen = i; carryPara = pi; carryMark = mark;
                    break;
                }
            }
            if (carry != null)
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.UnbalancedQuote, DiagnosticSeverityModel.Info,
                    "this quotation mark is never closed; the quote was not taken as a statement", doc.File, doc.Span(carryOpen, 1)));
            return quotes;
        }

        /// <summary>An upper-case speaker label and a colon at <paramref name="from"/>: "WALLACE:", "MR. TRUMP:" (1–4 words of 2+ capitals).</summary>
        internal static bool TranscriptLabel(string t, int from, int end)
        {
            int i = from, words = 0;
            while (i < end && words < 4)
            {
                int s = i;
                while (i < end && (char.IsUpper(t[i]) || t[i] == '.' || t[i] == '-' || t[i] == '\'' || t[i] == '’')) i++;
                int letters = 0;
                for (int k = s; k < i; k++) if (char.IsUpper(t[k])) letters++;
                if (letters < 2 && !(letters == 1 && i < end && t[i] == ':' && words > 0)) return false;
                words++;
                if (i < end && t[i] == ':') return true;
                if (i < end && t[i] == ' ') { i++; continue; }
                return false;
            }
            return false;
        }

        /// <summary>Every character that <see cref="IsOpener"/> or <see cref="IsDoubledOpener"/> can accept.</summary>
        private static readonly char[] Marks = { '“', '„', '«', '"', '‘', '\'', '`' };

        /// <summary>The mark recorded for a quote opened by two apostrophes or two backticks.</summary>
        public const char Doubled = '\u2033';

        /// <summary>'' or `` opening a quotation: at a word's start, followed by a non-space.</summary>
        private static bool IsDoubledOpener(string t, int i, int paraStart, int end)
        {
            if (i + 2 >= end) return false;
            char c = t[i];
            if (!((c == '\'' && t[i + 1] == '\'') || (c == '`' && t[i + 1] == '`'))) return false;
            char prev = i > paraStart ? t[i - 1] : ' ';
            bool prevOk = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or ',' or ';' || i == paraStart;
            // three marks open a quotation that opens with a quotation ('''Sir, …' he asked''): the third is the inner one's
            return prevOk && !char.IsWhiteSpace(t[i + 2]) && (t[i + 2] != '\'' || i + 3 < end && char.IsLetter(t[i + 3]));
        }

        /// <summary>The closing '' of a doubled-apostrophe quotation: two apostrophes not followed by a letter.</summary>
        private static int FindDoubledClose(string t, int from, int end)
        {
            for (int j = from; j + 1 < end; j++)
                if (t[j] == '\'' && t[j + 1] == '\'' && j > from && (j + 2 >= end || !char.IsLetter(t[j + 2])))
                    // three marks (''… 'a special case,''' he said): the single closes the inner quotation, the last two this one
                    return j + 2 < end && t[j + 2] == '\'' ? j + 1 : j;
            return -1;
        }

        private static int Family(char c) => c switch
        {
            '“' or '”' or '"' or '„' or '«' or '»' => 1,
            _ => 2,
        };

        private static bool IsOpener(string t, int i, int paraStart)
        {
            char c = t[i];
            char prev = i > paraStart ? t[i - 1] : ' ';
            char next = i + 1 < t.Length ? t[i + 1] : ' ';
            bool prevOk = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or ',' or ';' || i == paraStart;
            switch (c)
            {
                case '“': case '„': case '«': return !char.IsWhiteSpace(next);
                case '"': return prevOk && !char.IsWhiteSpace(next);
                case '‘': case '\'': return prevOk && (char.IsLetter(next) || next is '“' or '"');
                default: return false;
            }
        }

        /// <summary>What <see cref="FindClose"/> returns when a straight mark meets a curly opening before it is closed.</summary>
        private const int CurlyInside = -2;

        private static int FindClose(string t, int from, int end, char open)
        {
            int depth = 0; // straight quotes nested in a straight quote: "… the "United States" is …"
            bool sawCurly = false;
            for (int j = from; j < end; j++)
            {
                char c = t[j];
                switch (open)
                {
                    case '“':
                    case '"':
                        if (c == '"' && j > from && open == '"')
                        {
                            // a mark after a space and before a word opens a quotation inside this one
                            if (char.IsWhiteSpace(t[j - 1]) && j + 1 < end && char.IsLetterOrDigit(t[j + 1])) { depth++; break; }
                            if (depth > 0) { depth--; break; }
                            return j;
                        }
                        if (c == '”' || (c == '"' && j > from)) return j;
                        // an opening curly mark typed where the closing one belongs: after a word or punctuation, before a
                        // space or punctuation (“…,“ said Roe)
                        if (c == '“' && open == '“' && j > from && !char.IsWhiteSpace(t[j - 1])
                            && (j + 1 >= end || char.IsWhiteSpace(t[j + 1]) || t[j + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')'))
                            return j;
                        if (c == '“' && open == '"')
                        {
                            // a curly quotation inside a straight one ("… the question: “…?” Forty-three, yes."): skip over it
                            int inner = t.IndexOf('”', j + 1, end - j - 1);
                            if (inner < 0) return CurlyInside;
                            sawCurly = true;
                            j = inner;
                        }
                        break;
                    case '„':
                        if (c == '“' || c == '”') return j;
                        break;
                    case '«':
                        if (c == '»') return j;
                        break;
                    case '‘':
                    case '\'':
                        if ((c == '’' || c == '\'') && j > from && (j + 1 >= end || !char.IsLetter(t[j + 1]))) return j;
                        break;
                }
            }
            return sawCurly ? CurlyInside : -1;
        }
    }
}
