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
    /// Finds quotations in every style news uses: “…”, "…", ‘…’, '…', «…», „…“ and mixed marks (a straight opening with a
    /// curly closing). Apostrophes inside words are not marks. A quote left open at a paragraph's end continues when the
    /// next paragraph re-opens it (the classic multi-paragraph style); otherwise it is reported as unbalanced. Linear.
    /// </summary>
    public static class QuoteScanner
    {
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
                    if (i < end && IsOpener(t, i, p.Offset) && Family(t[i]) == Family(carryMark))
                    {
                        int close = FindClose(t, i + 1, end, t[i]);
                        if (close >= 0)
                        {
                            carry.Add((i + 1, close));
                            quotes.Add(new Quote(carryOpen, close + 1, carry, carryPara, carryMark));
                            carry = null;
                            i = close + 1;
                        }
                        else { carry.Add((i + 1, end)); continue; }
                    }
                    else
                    {
                        diagnostics.Add(new DiagnosticModel(DiagnosticIds.UnbalancedQuote, DiagnosticSeverityModel.Info,
                            "this quotation mark is never closed; the quote was not taken as a statement", doc.File, doc.Span(carryOpen, 1)));
                        carry = null;
                    }
                }
                while (i < end)
                {
                    if (!IsOpener(t, i, p.Offset)) { i++; continue; }
                    char mark = t[i];
                    int close = FindClose(t, i + 1, end, mark);
                    if (close >= 0)
                    {
                        quotes.Add(new Quote(i, close + 1, new[] { (i + 1, close) }, pi, mark));
                        i = close + 1;
                        continue;
                    }
                    if (mark is '\'' or '‘') { i++; continue; } // a lone single mark is an apostrophe more often than a quote
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

        private static int FindClose(string t, int from, int end, char open)
        {
            for (int j = from; j < end; j++)
            {
                char c = t[j];
                switch (open)
                {
                    case '“':
                    case '"':
                        if (c == '”' || (c == '"' && j > from)) return j;
                        if (c == '“' && open == '"') return -1; // a new curly opening: the straight mark was not a quote
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
            return -1;
        }
    }
}
