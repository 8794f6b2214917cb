using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Text
{
    /// <summary>
    /// Reads an article file into an <see cref="ArticleDocument"/>: front matter, title, header lines,
    /// body paragraphs without web boilerplate, and sentences. Linear in the input; never throws on bad text.
    /// </summary>
    public static class ArticleReader
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] DotComma = { '.', ',' };

        [MethodImpl(Jit.Optimized)]
        public static ArticleDocument Read(string file, string raw, IEnumerable<string>? extraBoilerplate = null)
        {
            var diagnostics = new List<DiagnosticModel>();
            string text = Normalize(raw ?? string.Empty);
            var lines = new LineMap(text);

            if (LooksBinary(text))
            {
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.UnreadableFile, DiagnosticSeverityModel.Warning,
                    $"'{file}' does not look like text (binary data or an unknown encoding); it was skipped", file, lines.Span(0, 0)));
                return new ArticleDocument(file, text, new Dictionary<string, string>(), TitleFromFile(file), lines.Span(0, 0),
                    Array.Empty<HeaderLine>(), Array.Empty<Paragraph>(), Array.Empty<Sentence>(), diagnostics, lines);
            }

            int bodyStart = 0;
            var frontMatter = FrontMatter.Read(file, text, lines, diagnostics, out bodyStart);
            var extra = new List<string>();
            if (extraBoilerplate != null) foreach (var p in extraBoilerplate) if (!string.IsNullOrWhiteSpace(p)) extra.Add(p.Trim());

            // Split into lines (offset, text) after the front matter.
            var rawLines = new List<(int Offset, string Text)>();
            int pos = bodyStart;
            while (pos <= text.Length)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl;
                rawLines.Add((pos, text.Substring(pos, end - pos)));
                if (nl < 0) break;
                pos = nl + 1;
            }

            string? title = null;
            SourceSpan titleSpan = lines.Span(bodyStart, 0);
            if (frontMatter.TryGetValue("title", out var fmTitle) && !string.IsNullOrWhiteSpace(fmTitle))
            {
                title = fmTitle.Trim();
                titleSpan = lines.Span(0, 0);
            }

            var header = new List<HeaderLine>();
            var paragraphs = new List<Paragraph>();
            bool inFooter = false;
            bool seenBody = false;

            foreach (var (offset, lineText) in rawLines)
            {
                string trimmed = lineText.Trim();
                if (trimmed.Length == 0) continue;
                int lead = lineText.IndexOf(trimmed[0]);
                int off = offset + lead;

                if (title == null)
                {
                    if (!seenBody && (IsByline(trimmed) || LooksLikeDateLine(trimmed)))
                    {
                        header.Add(new HeaderLine(off, trimmed));
                        continue;
                    }
                    title = trimmed;
                    titleSpan = lines.Span(off, trimmed.Length);
                    continue;
                }

                if (inFooter) continue;
                if (IsFooterMarker(trimmed) && seenBody) { inFooter = true; continue; }
                if (IsBoilerplate(trimmed, extra)) continue;
                if (string.Equals(trimmed, title, StringComparison.Ordinal)) continue; // repeated headline

                if (!seenBody && (IsByline(trimmed) || LooksLikeDateLine(trimmed)))
                {
                    header.Add(new HeaderLine(off, trimmed));
                    continue;
                }

                bool caption = IsCaptionLike(trimmed);
                if (!caption) seenBody = true;
                paragraphs.Add(new Paragraph(paragraphs.Count, off, trimmed, caption));
            }

            if (title == null)
            {
                title = frontMatter.TryGetValue("title", out var t) ? t : TitleFromFile(file);
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.EmptyArticle, DiagnosticSeverityModel.Warning,
                    $"'{file}' has no text; an article with no title or body was generated", file, lines.Span(0, 0)));
            }

            var sentences = new List<Sentence>();
            foreach (var p in paragraphs)
                SentenceSplitter.Split(p.Text, p.Offset, p.Index, sentences);

            return new ArticleDocument(file, text, frontMatter, title, titleSpan, header, paragraphs, sentences, diagnostics, lines);
        }

        /// <summary>Removes a BOM and normalises CRLF and CR to LF.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string Normalize(string raw)
        {
            int start = raw.Length > 0 && raw[0] == '\uFEFF' ? 1 : 0;
            if (raw.IndexOf('\r') < 0) return start == 0 ? raw : raw.Substring(start);
            var sb = new StringBuilder(raw.Length);
            for (int i = start; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c == '\r')
                {
                    sb.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n') i++;
                }
                else sb.Append(c);
            }
            return sb.ToString();
        }

        [MethodImpl(Jit.Optimized)]
        internal static bool LooksBinary(string text)
        {
            if (text.Length == 0) return false;
            int n = Math.Min(text.Length, 8192), bad = 0;
            for (int i = 0; i < n; i++)
            {
                char c = text[i];
                if (c == '\0' || c == '\uFFFD' || (c < ' ' && c != '\n' && c != '\t' && c != '\f')) bad++;
            }
            return bad * 10 > n; // more than 10% control or replacement characters
        }

        private static string TitleFromFile(string file)
        {
            string name = file;
            int slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
            if (slash >= 0) name = name.Substring(slash + 1);
            int dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }

        private static readonly string[] MonthWords =
        {
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        };

        /// <summary>"by", "By John Smith", "Author: ..." (short).</summary>
        internal static bool IsByline(string line)
        {
            if (CountWords(line, 6) > 6) return false;
            string l = line.ToLowerInvariant();
            return l == "by" || l.StartsWith("by ", StringComparison.Ordinal) || l.StartsWith("author:", StringComparison.Ordinal)
                || l.StartsWith("posted by", StringComparison.Ordinal);
        }

        /// <summary>A short line made of a date, a date range or a dateline ("MINSK, 23 May", "7 October 2019", "April 8 – April 14").</summary>
        internal static bool LooksLikeDateLine(string line)
        {
            if (line.Length > 60) return false;
            if (CountWords(line, 8) > 8) return false;
            if (EndsWithSentencePunctuation(line)) return false;
            bool month = false, digit = false, other = false;
            foreach (var w in Words(line))
            {
                string lw = w.ToLowerInvariant().TrimEnd(DotComma);
                if (lw.Length == 0) continue;
                if (Array.IndexOf(MonthWords, lw) >= 0) month = true;
                else if (char.IsDigit(lw[0])) digit = true;
                else if (lw is "–" or "—" or "-" or "to" or "and" or "of" or "th" or "st" or "nd" or "rd" || IsAllUpper(w)) { }
                else other = true;
            }
            return (month && digit && !other) || (digit && !other && IsIsoDate(line.Trim()));
        }

        private static bool IsIsoDate(string s) =>
            s.Length == 10 && char.IsDigit(s[0]) && s[4] == '-' && s[7] == '-';

        private static readonly string[] FooterMarkers =
        {
            "subscribe to our newsletter", "you have been successfully subscribed", "sign up for our newsletter",
            "subscribe to us", "all rights reserved", "related articles", "related stories", "more from",
        };

        internal static bool IsFooterMarker(string line)
        {
            if (CountWords(line, 10) > 10) return false;
            string l = line.ToLowerInvariant();
            foreach (var m in FooterMarkers) if (l.StartsWith(m, StringComparison.Ordinal)) return true;
            return l.StartsWith("©", StringComparison.Ordinal) || l.StartsWith("copyright", StringComparison.Ordinal);
        }

        private static readonly string[] BoilerplateLines =
        {
            "read more", "view all", "subscribe", "share", "share this", "tweet", "print", "email", "comments", "advertisement",
            "twitter", "facebook", "telegram", "vk", "instagram", "youtube", "linkedin", "whatsapp", "rss", "follow us",
        };

        private static readonly string[] BoilerplatePrefixes =
        {
            "phot.", "photo:", "photo by", "photos:", "image:", "credit:", "source:", "read more:", "read also:", "see also:",
            "follow us on", "share on", "click here", "sign up",
        };

        /// <summary>Web furniture that is never body text: share buttons, photo credits, bare site names, language switchers.</summary>
        internal static bool IsBoilerplate(string line, IReadOnlyList<string> extraPatterns)
        {
            // compared ignoring case without lower-casing the line: most lines are long paragraphs that match nothing
            string l = line.Trim();
            int words = CountWords(line, 12); // only compared with 12 and less
            if (words <= 12)
                foreach (var p in extraPatterns)
                    if (l.IndexOf(p, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            foreach (var b in BoilerplateLines) if (string.Equals(l, b, StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var b in BoilerplatePrefixes) if (l.StartsWith(b, StringComparison.OrdinalIgnoreCase)) return true;
            // a bare domain name: "belsat.eu", "www.example.com"
            if (words == 1 && l.IndexOf('.') > 0 && l.IndexOf('.') < l.Length - 2 && IsDomainLike(l)) return true;
            // bullets, counters and language switchers: "• 1", "EN", "BE/RU"
            if (l.Length <= 6 && !HasLetterRun(l, 3)) return true;
            if (words <= 2 && line.Length <= 8 && IsAllUpper(line)) return true;
            return false;
        }

        private static bool IsDomainLike(string l)
        {
            foreach (char c in l) if (!(char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '/' || c == ':')) return false;
            return true;
        }

        private static bool HasLetterRun(string s, int n)
        {
            int run = 0;
            foreach (char c in s)
            {
                run = char.IsLetter(c) ? run + 1 : 0;
                if (run >= n) return true;
            }
            return false;
        }

        /// <summary>A short line with no sentence punctuation: a photo caption, subheading or section name.</summary>
        internal static bool IsCaptionLike(string line)
        {
            if (EndsWithSentencePunctuation(line)) return false;
            return CountWords(line, 14) <= 14 && line.IndexOf('“') < 0 && line.IndexOf('"') < 0;
        }

        private static bool EndsWithSentencePunctuation(string line)
        {
            string t = line.TrimEnd();
            if (t.Length == 0) return false;
            int i = t.Length - 1;
            while (i > 0 && (t[i] == '"' || t[i] == '”' || t[i] == '’' || t[i] == '\'' || t[i] == '»' || t[i] == ')')) i--;
            char c = t[i];
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
        }

        private static bool IsAllUpper(string s)
        {
            bool any = false;
            foreach (char c in s)
            {
                if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; any = true; }
            }
            return any;
        }

        internal static int CountWords(string s) => CountWords(s, int.MaxValue - 1);

        /// <summary>The number of words, or <paramref name="max"/> + 1 as soon as there are more than <paramref name="max"/>
        /// (the classifiers of lines only compare it with a small bound, and most lines are long paragraphs).</summary>
        internal static int CountWords(string s, int max)
        {
            int n = 0; bool inWord = false;
            foreach (char c in s)
            {
                bool w = !char.IsWhiteSpace(c);
                if (w && !inWord && ++n > max) return n;
                inWord = w;
            }
            return n;
        }

        internal static IEnumerable<string> Words(string s)
        {
            int i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                int start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
                if (i > start) yield return CharStrings.Slice(s, start, i - start);
            }
        }
    }

    /// <summary>IDs of diagnostics raised by extraction; the generator maps them to descriptors.</summary>
    public static class DiagnosticIds
    {
        /// <summary>Extraction of one article failed with an exception (a bug); the article is skipped.</summary>
        public const string ExtractionFailed = "SG0001";
        /// <summary>The file is not text.</summary>
        public const string UnreadableFile = "SG0002";
        /// <summary>The file is empty or whitespace only.</summary>
        public const string EmptyArticle = "SG0003";
        /// <summary>Front matter or lexicon YAML could not be parsed.</summary>
        public const string YamlSyntax = "SG0004";
        /// <summary>Unknown key in front matter or a lexicon.</summary>
        public const string YamlUnknownKey = "SG0005";
        /// <summary>A quotation mark is never closed.</summary>
        public const string UnbalancedQuote = "SG0101";
        /// <summary>A statement whose speaker could not be resolved (info).</summary>
        public const string NoSpeaker = "SG0102";
        /// <summary>A date without a year that the article does not make certain (info).</summary>
        public const string DateWithoutYear = "SG0201";
        /// <summary>Two generated members would get the same name.</summary>
        public const string DuplicateIdentifier = "SG0301";
        /// <summary>A generated member's name depends on another article (info): records that want the same name are each named
        /// by their own place, country or file, or a later article gives a person's fuller name.</summary>
        public const string NameDependsOnOtherArticle = "SG0304";
        /// <summary>Curation refers to a statement, event or identifier that does not exist.</summary>
        public const string CurationUnknownReference = "SG0302";
        /// <summary>A curated quote does not occur in the article's text.</summary>
        public const string CurationQuoteNotInText = "SG0303";
    }
}
