using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Text
{
    /// <summary>A body paragraph (one line of the article, or lines joined when the article wraps them).</summary>
    /// <param name="Index">0-based paragraph number in the body.</param>
    /// <param name="Offset">Offset of the first character in <see cref="ArticleDocument.Text"/>.</param>
    /// <param name="Text">The paragraph text (exactly <c>Document.Text.Substring(Offset, Text.Length)</c>).</param>
    /// <param name="IsCaption">A short line without sentence punctuation between paragraphs (photo caption, subheading).</param>
    public sealed record Paragraph(int Index, int Offset, string Text, bool IsCaption)
    {
        public int End => Offset + Text.Length;
    }

    /// <summary>A sentence inside a paragraph; offsets are in the document.</summary>
    public readonly record struct Sentence(int Offset, int Length, int ParagraphIndex)
    {
        public int End => Offset + Length;
    }

    /// <summary>An article after reading: normalised text, front matter, title, header lines, body paragraphs, sentences.</summary>
    public sealed class ArticleDocument
    {
        internal ArticleDocument(string file, string text, IReadOnlyDictionary<string, string> frontMatter, string title, SourceSpan titleSpan,
            IReadOnlyList<HeaderLine> header, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences,
            IReadOnlyList<DiagnosticModel> diagnostics, LineMap lines)
        {
            File = file;
            Text = text;
            FrontMatter = frontMatter;
            Title = title;
            TitleSpan = titleSpan;
            Header = header;
            Paragraphs = paragraphs;
            Sentences = sentences;
            Diagnostics = diagnostics;
            Lines = lines; // the reader's map of this text (immutable), not built a second time
        }

        private TokenList?[]? _paragraphTokens;
        private Dictionary<long, TokenList>? _ranges;

        /// <summary>The tokens of [<paramref name="start"/>, <paramref name="end"/>) exactly as
        /// <see cref="Tokenizer.Tokenize(string, int, int)"/> gives them. A range inside one paragraph is a view of that
        /// paragraph's tokenisation (a paragraph's own range is that list itself; no tokens are copied), so that the passes over
        /// paragraphs and sentences share one set of token strings; a range whose ends fall inside a token, or that is in no one
        /// paragraph (the title, a header line), is tokenised on its own, once, and the list shared by every pass that asks for it.
        /// Lists are read-only.</summary>
        [MethodImpl(Jit.Optimized)]
        public TokenList Tokens(int start, int end)
        {
            int pi = ParagraphAt(start);
            if (pi >= 0 && end <= Paragraphs[pi].End)
            {
                var p = Paragraphs[pi];
                var all = (_paragraphTokens ??= new TokenList?[Paragraphs.Count])[pi] ??= Tokenizer.Tokenize(Text, p.Offset, p.End);
                if (start == p.Offset && end == p.End) return all;
                // the paragraph's tokens are the text's (its ends are line ends), so a range of them is the range's tokenisation
                // unless a token crosses one of its ends
                int i = FirstAtOrAfter(all, start);
                int j = FirstAtOrAfter(all, end);
                if (!((i > 0 && all[i - 1].End > start) || (j > i && all[j - 1].End > end))) return all.GetRange(i, j - i);
            }
            long key = ((long)start << 32) | (uint)end;
            var ranges = _ranges ??= new Dictionary<long, TokenList>();
            if (ranges.TryGetValue(key, out var cached)) return cached;
            var list = Tokenizer.Tokenize(Text, start, end);
            ranges[key] = list;
            return list;
        }

        /// <summary>Index of the last paragraph that starts at or before <paramref name="offset"/>; -1 when none (binary search).</summary>
        private int ParagraphAt(int offset)
        {
            int lo = 0, hi = Paragraphs.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (Paragraphs[mid].Offset <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        }

        private Dictionary<(int, int, Model.DateValue), IReadOnlyList<Time.TemporalMatch>>? _dates;
        private Time.DateRecognizer.Scratch? _dateScratch;

        /// <summary>The calendar dates of the text [<paramref name="start"/>, <paramref name="end"/>) read against
        /// <paramref name="anchor"/>, exactly as <see cref="Time.DateRecognizer.Recognize(string, Model.DateValue, Time.DateRecognizerOptions?)"/> reads that substring (offsets in the
        /// substring), scanned once per range and anchor and shared by the passes that ask (the event pass, the narrative year).
        /// Callers read the list and never change it. <paramref name="range"/>, when the caller has it, is that substring
        /// (<c>Text.Substring(start, end - start)</c>), so that it is not cut twice.</summary>
        public IReadOnlyList<Time.TemporalMatch> Dates(int start, int end, Model.DateValue anchor, string? range = null)
        {
            var dates = _dates ??= new Dictionary<(int, int, Model.DateValue), IReadOnlyList<Time.TemporalMatch>>(Sentences.Count + 1); // about one range per sentence
            if (!dates.TryGetValue((start, end, anchor), out var found))
                dates[(start, end, anchor)] = found = Time.DateRecognizer.Recognize(range ?? Text.Substring(start, end - start), anchor, null,
                    _dateScratch ??= new Time.DateRecognizer.Scratch());
            return found;
        }

        [MethodImpl(Jit.Optimized)]
        private static int FirstAtOrAfter(TokenList tokens, int offset)
        {
            int lo = 0, hi = tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (tokens[mid].Offset < offset) lo = mid + 1; else hi = mid;
            }
            return lo;
        }

        public string File { get; }
        /// <summary>The whole file, BOM removed, line endings normalised to \n. All offsets refer to this string.</summary>
        public string Text { get; }
        /// <summary>YAML front matter keys (lower case) and scalar values; empty when there is none.</summary>
        public IReadOnlyDictionary<string, string> FrontMatter { get; }
        public string Title { get; }
        public SourceSpan TitleSpan { get; }
        /// <summary>Short lines between the title and the body: bylines, datelines ("7 October 2019"), week ranges.</summary>
        public IReadOnlyList<HeaderLine> Header { get; }
        /// <summary>Body paragraphs, web boilerplate removed.</summary>
        public IReadOnlyList<Paragraph> Paragraphs { get; }
        /// <summary>All sentences of all paragraphs, in order.</summary>
        public IReadOnlyList<Sentence> Sentences { get; }
        /// <summary>Reading problems (empty file, binary data, bad front matter).</summary>
        public IReadOnlyList<DiagnosticModel> Diagnostics { get; }
        public LineMap Lines { get; }

        /// <summary>The text of a sentence (<c>Text.Substring(s.Offset, s.Length)</c>); a sentence of <see cref="Sentences"/> is
        /// cut once and the string shared by every pass that reads it.</summary>
        public string this[Sentence s]
        {
            get
            {
                int i = SentenceAt(s.Offset);
                return i >= 0 && Sentences[i] == s ? SentenceText(i) : Text.Substring(s.Offset, s.Length);
            }
        }

        private string?[]? _sentenceTexts;

        /// <summary>The text of sentence <paramref name="index"/>, cut from <see cref="Text"/> once per document.</summary>
        public string SentenceText(int index)
        {
            var texts = _sentenceTexts ??= new string?[Sentences.Count];
            var s = Sentences[index];
            return texts[index] ??= Text.Substring(s.Offset, s.Length);
        }

        /// <summary>Index of the last sentence that starts at or before <paramref name="offset"/>; -1 when none (binary search).</summary>
        public int SentenceAt(int offset)
        {
            int lo = 0, hi = Sentences.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (Sentences[mid].Offset <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        }

        public SourceSpan Span(int offset, int length) => Lines.Span(offset, length);
    }

    /// <summary>A line before the body that is not the title.</summary>
    public readonly record struct HeaderLine(int Offset, string Text);
}
