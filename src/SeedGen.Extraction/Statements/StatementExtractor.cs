using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Finds direct quotes and reported speech and resolves their speakers.
    /// Direct: every quoted span with an attribution after it (“…,” the minister said / said Makei), before it in the same
    /// sentence (X said: “…”; X expressed “…”), a split quote joined (“A,” he said, “B.”), or a longer quote with no
    /// attribution (kept with no speaker and an info diagnostic). Short unattributed quotes and titles are scare quotes.
    /// Indirect: "X said (that) …", "…, X said.", "according to X, …", "in his words, …", "X believes/stressed/noted … that …".
    /// Work per sentence is bounded, so the whole is linear in the article.
    /// </summary>
    public static class StatementExtractor
    {
        /// <summary>The verb and adverb lists of one lexicon (statements.yaml), looked up once per article.</summary>
        private sealed class Cues
        {
            public readonly HashSet<string> Attribution, Reporting, BareClause, NounObject, Infinitive, Adverbs, Honorifics, Titles, Determiners;
            public Cues(LexiconIndex lx)
            {
                Attribution = lx.Words(LexiconIndex.Lists.AttributionVerbs);
                Reporting = lx.Words(LexiconIndex.Lists.ReportingVerbs);
                BareClause = lx.Words(LexiconIndex.Lists.BareClauseVerbs);
                NounObject = lx.Words(LexiconIndex.Lists.NounObjectVerbs);
                Infinitive = lx.Words(LexiconIndex.Lists.InfinitiveVerbs);
                Adverbs = lx.Words(LexiconIndex.Lists.AttributionAdverbs);
                Honorifics = lx.Words(LexiconIndex.Lists.Honorifics);
                Titles = lx.Words(LexiconIndex.Lists.Titles);
                Determiners = lx.Words(LexiconIndex.Lists.Determiners);
            }

            /// <summary>A "." that ends an abbreviation inside a name ("Mr.", "Rep.", "Sen.", an initial), not the sentence.</summary>
            public bool AbbreviationDot(List<Token> tokens, int dot) =>
                dot > 0 && tokens[dot].Text == "." && tokens[dot - 1].IsWord && tokens[dot].Offset == tokens[dot - 1].End
                && (Honorifics.Contains(tokens[dot - 1].Text) || Titles.Contains(tokens[dot - 1].Text) || (tokens[dot - 1].Text.Length == 1 && char.IsUpper(tokens[dot - 1].Text[0])));
        }

        private const int MaxLookTokens = 14;
        private const int MaxClauseChars = 2000;

        public static IReadOnlyList<StatementModel> Extract(ArticleDocument doc, EntityIndex entities, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            var resolver = new SpeakerResolver(doc, entities);
            var cues = new Cues(entities.Lexicon);
            var quotes = QuoteScanner.Scan(doc, diagnostics);
            var result = new List<StatementModel>();
            string t = doc.Text;

            // Sentences by paragraph, for "same sentence" look-ups.
            var sentences = doc.Sentences;
            int SentenceAt(int offset) => doc.SentenceAt(offset);

            // ---- one pass in text order, so that "he" and "the minister" can refer to the previous speaker ----
            var inQuote = new QuoteSpans();
            int qi = 0;
            for (int si = 0; si <= sentences.Count; si++)
            {
                if ((si & 63) == 0) cancellationToken.ThrowIfCancellationRequested();
                int sentenceEnd = si < sentences.Count ? sentences[si].End : int.MaxValue;
                while (qi < quotes.Count && quotes[qi].Open < sentenceEnd)
                {
                    if ((qi & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                    qi = DirectQuote(doc, quotes, qi, sentences, SentenceAt, resolver, cues, inQuote, result, diagnostics) + 1;
                }
                if (si == sentences.Count) break;
                var s = sentences[si];
                if (s.Length > 20_000) continue; // not a sentence a reader would attribute; keeps the work linear
                IndirectInSentence(doc, s, resolver, cues, inQuote, result);
            }

            result.Sort((a, b) => a.Span.Offset != b.Span.Offset ? a.Span.Offset.CompareTo(b.Span.Offset) : a.Kind.CompareTo(b.Kind));
            return result;
        }

        /// <summary>Handles quote <paramref name="qi"/> (and the second half of a split quote, or the quote that continues it in the
        /// next sentence); returns the last quote index used.</summary>
        private static int DirectQuote(ArticleDocument doc, List<Quote> quotes, int qi, IReadOnlyList<Sentence> sentences, Func<int, int> SentenceAt,
            SpeakerResolver resolver, Cues cues, QuoteSpans inQuote, List<StatementModel> result, List<DiagnosticModel> diagnostics)
        {
            string t = doc.Text;
            var q = quotes[qi];
            foreach (var part in q.Parts) inQuote.Add(part);
            var parts = new List<(int Start, int End)>(q.Parts);
            int para = q.ParagraphIndex;
            int paraEnd = ParagraphEnd(doc, q);

            var after = AttributionAfterQuote(t, q, paraEnd, resolver, cues, out int attributionEnd);
            if (after != null && attributionEnd >= 0)
            {
                int k = attributionEnd;
                while (k < paraEnd && (t[k] == ',' || t[k] == ' ')) k++;
                // a split quote: “A,” he said, “B.”
                if (qi + 1 < quotes.Count && k < paraEnd && quotes[qi + 1].Open == k)
                {
                    parts.AddRange(quotes[qi + 1].Parts);
                    foreach (var part in quotes[qi + 1].Parts) inQuote.Add(part);
                    qi++;
                }
                else
                {
                    // the quote that continues it: “A,” he said. “B.” — the next sentence is a quotation of its own with no
                    // attribution: the same speaker goes on (one statement, as a reader takes it)
                    while (qi + 1 < quotes.Count)
                    {
                        // the next sentence: after the attribution's sentence ("said Luis Rubio, who heads the Center. “…”")
                        int c = k;
                        int asi = SentenceAt(Math.Max(q.Close, k - 1));
                        if (asi >= 0 && sentences[asi].End > c && sentences[asi].End <= paraEnd) c = sentences[asi].End;
                        else if (c < paraEnd && t[c] is '.' or ';' or ':' or '!' or '?') c++;
                        while (c < paraEnd && char.IsWhiteSpace(t[c])) c++;
                        var nq = quotes[qi + 1];
                        int c2 = k;
                        if (c2 < paraEnd && t[c2] is '.' or ';' or ':' or '!' or '?') c2++;
                        while (c2 < paraEnd && char.IsWhiteSpace(t[c2])) c2++;
                        if (c >= paraEnd || (nq.Open != c && nq.Open != c2) || nq.ParagraphIndex != q.ParagraphIndex || nq.Parts.Count != 1) break;
                        int nEnd = ParagraphEnd(doc, nq);
                        if (AttributionAfterQuote(t, nq, nEnd, resolver, cues, out _) != null) break;
                        if (!EndsSentence(t, nq)) break; // “…” followed by more words of the sentence: not a continuation
                        parts.AddRange(nq.Parts);
                        foreach (var part in nq.Parts) inQuote.Add(part);
                        qi++;
                        k = nq.Close;
                    }
                }
            }
            (string Speaker, string Surface)? who = after;
            if (who == null)
            {
                int si = SentenceAt(q.Open);
                int sStart = si >= 0 ? sentences[si].Offset : q.Open;
                who = AttributionBefore(t, sStart, q.Open, resolver, cues);
                // “X warned:” closing the sentence (or the paragraph) before the quote
                if (who == null)
                {
                    int c = q.Open - 1;
                    while (c >= 0 && char.IsWhiteSpace(t[c])) c--;
                    if (c >= 0 && t[c] == ':' && q.Open - c < 8)
                    {
                        int ci = SentenceAt(c);
                        int cStart = ci >= 0 ? sentences[ci].Offset : Math.Max(0, c - 600);
                        if (cStart < sStart || si < 0) who = AttributionBefore(t, cStart, c + 1, resolver, cues);
                    }
                }
            }

            string text = string.Join(" ", parts.Select((p, i) =>
            {
                string part = t.Substring(p.Start, p.End - p.Start).Trim();
                return i < parts.Count - 1 ? part.TrimEnd(',', ' ') : part; // "We are ready," he said, "to ..."
            })).Trim();
            text = TrimEndPunctuation(text);
            if (text.Length == 0) return qi;
            int words = ReaderWords(text);
            if (who == null)
            {
                bool sentenceLike = words >= 6 && !LooksLikeTitle(text);
                if (!sentenceLike) return qi; // scare quotes, titles, names
            }
            else if (LooksLikeTitle(text) && after == null && words <= 8) return qi;

            var span = doc.Span(parts[0].Start, parts[parts.Count - 1].End - parts[0].Start);
            if (who == null)
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.NoSpeaker, DiagnosticSeverityModel.Info,
                    "no speaker could be resolved for this quote; it was kept without one", doc.File, span));
            else resolver.LastSpeaker = (who.Value.Speaker, q.Open);
            result.Add(new StatementModel(StatementKindModel.Direct, text, who?.Speaker, who?.Surface, null, span));
            return qi;
        }

        /// <summary>The attribution after a quote; none when the quotation closed its sentence with a full stop and a new
        /// sentence begins (“… blood.” He admitted …), while “… lies,” he said / “Why?” Trump asked still attribute.</summary>
        private static (string Speaker, string Surface)? AttributionAfterQuote(string t, Quote q, int paraEnd, SpeakerResolver resolver, Cues cues, out int end)
        {
            end = -1;
            var last = q.Parts[q.Parts.Count - 1];
            int e = last.End - 1;
            while (e > last.Start && char.IsWhiteSpace(t[e])) e--;
            if (e >= last.Start && t[e] == '.')
            {
                int a = q.Close;
                while (a < paraEnd && char.IsWhiteSpace(t[a])) a++;
                if (a < paraEnd && char.IsUpper(t[a]))
                {
                    // a new sentence — unless a name and its verb of saying follow at once (“… the course.” Blair said)
                    var r = AttributionAfter(t, q.Close, paraEnd, resolver, cues, out end);
                    if (r == null) return null;
                    var tk = Tokenizer.Tokenize(t, a, Math.Min(paraEnd, a + 120));
                    int v = 0;
                    while (v < tk.Count && v < 6 && !(tk[v].IsWord && IsVerb(tk[v].Text, cues.Attribution))) v++;
                    // … and the verb introduces no quotation of its own (“… embassy.” Brennan added, “And …”)
                    bool introduces = false;
                    for (int w = v + 1; w < tk.Count && w < v + 8 && tk[w].Text != "."; w++)
                        if (tk[w].Text is ":" or "“" or "\"" or "'" or "`" or "«" or "„") { introduces = true; break; }
                    if (v > 0 && v < tk.Count && !introduces && resolver.Named(tk[0].Offset, tk[v - 1].End) != null) return r;
                    end = -1;
                    return null;
                }
            }
            return AttributionAfter(t, q.Close, paraEnd, resolver, cues, out end);
        }

        private static int ParagraphEnd(ArticleDocument doc, Quote q) =>
            q.ParagraphIndex < doc.Paragraphs.Count ? doc.Paragraphs[Math.Min(doc.Paragraphs.Count - 1, q.ParagraphIndex + q.Parts.Count - 1)].End : doc.Text.Length;

        /// <summary>Does the quotation end its sentence (end punctuation inside the marks, or right after them, or the paragraph end)?</summary>
        private static bool EndsSentence(string t, Quote q)
        {
            var last = q.Parts[q.Parts.Count - 1];
            int e = last.End - 1;
            while (e > last.Start && char.IsWhiteSpace(t[e])) e--;
            if (e >= last.Start && t[e] is '.' or '!' or '?' or '…') return true;
            int a = q.Close;
            while (a < t.Length && t[a] == ' ') a++;
            return a >= t.Length || t[a] is '.' or '!' or '?' or '\n';
        }

        /// <summary>A verb of saying as written mid-sentence: lower case ("States" in "the United States" is not a verb).</summary>
        private static bool IsVerb(string word, HashSet<string> verbs) => word.Length > 0 && char.IsLower(word[0]) && verbs.Contains(word);

        /// <summary>The quoted spans seen so far (added in text order, so binary-searchable) and the starts of the indirect
        /// statements already added: both look-ups are logarithmic or constant, which keeps the pass linear.</summary>
        private sealed class QuoteSpans
        {
            private readonly List<(int Start, int End)> _spans = new();
            public readonly HashSet<int> IndirectStarts = new();

            public void Add((int Start, int End) span)
            {
                int i = _spans.Count;
                while (i > 0 && _spans[i - 1].Start > span.Start) i--; // keep sorted (quotes arrive in order; this is a guard)
                _spans.Insert(i, span);
            }

            public bool Contains(int offset)
            {
                int lo = 0, hi = _spans.Count - 1, found = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) >> 1;
                    if (_spans[mid].Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
                }
                // spans do not nest, but a guard for overlap: look back a few
                for (int k = found; k >= 0 && k >= found - 4; k--) if (offset >= _spans[k].Start && offset < _spans[k].End) return true;
                return false;
            }
        }

        private static string TrimEndPunctuation(string s)
        {
            s = s.Trim();
            while (s.Length > 0 && (s[s.Length - 1] is ',' or '.' or ';' or ':' or ' ')) s = s.Substring(0, s.Length - 1);
            return s;
        }

        private static int ReaderWords(string s) => ArticleReader.CountWords(s);

        /// <summary>Title case: most words capitalised ("European Security: Stepping Back from the Brink", "Helsinki-2").</summary>
        private static bool LooksLikeTitle(string s)
        {
            int words = 0, caps = 0;
            foreach (var w in ArticleReader.Words(s))
            {
                words++;
                if (char.IsUpper(w[0]) || char.IsDigit(w[0])) caps++;
            }
            if (words <= 2) return caps == words;
            return caps * 10 >= words * 6 && s.IndexOf(',') < 0;
        }

        /// <summary>“…,” the head of state said. / “…,” said Makei. / “…,” he stressed. / “…,” Mr. Morgan of the Sierra Club said.
        /// / “…,” said Rep. Elijah Cummings of Maryland, the panel’s top Democrat.</summary>
        private static (string Speaker, string Surface)? AttributionAfter(string t, int from, int paraEnd, SpeakerResolver resolver, Cues cues, out int end)
        {
            end = -1;
            int limit = Math.Min(paraEnd, from + 300);
            var tokens = Tokenizer.Tokenize(t, from, limit);
            int i = 0;
            bool dash = false;
            while (i < tokens.Count && tokens[i].Text is "," or "—" or "–" or "-" or "―") { dash |= tokens[i].Text != ","; i++; }
            if (i >= tokens.Count || !tokens[i].IsWord) return null;
            int first = i;
            // “…” ― Pamela Padilla   (a signature: a dash, a name, and nothing else in the sentence)
            if (dash)
            {
                int e = first;
                while (e < tokens.Count && e < first + 8 && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e))) e++;
                bool ends = e >= tokens.Count || tokens[e].Text is "." or "," || t.IndexOf('\n', tokens[e - 1].End, tokens[e].Offset - tokens[e - 1].End) >= 0;
                if (ends && resolver.Named(tokens[first].Offset, tokens[e - 1].End) is { } signed)
                {
                    end = tokens[e - 1].End;
                    return (signed, t.Substring(tokens[first].Offset, tokens[e - 1].End - tokens[first].Offset));
                }
            }
            for (int k = first; k < tokens.Count && k < first + 12; k++)
            {
                var tk = tokens[k];
                if (!tk.IsWord)
                {
                    if (tk.Text == "." && cues.AbbreviationDot(tokens, k)) continue; // "Mr. Morgan", "Rep. Cummings"
                    if (tk.Text == "(" && k > first)
                    {
                        // "Rep. Gwen Moore (D-Wis.) said": a short parenthetical after the name
                        int close = k + 1;
                        while (close < tokens.Count && close < k + 8 && tokens[close].Text != ")") close++;
                        if (close < tokens.Count && tokens[close].Text == ")") { k = close; continue; }
                    }
                    if (tk.Text is "’" or "'" && k + 1 < tokens.Count && tokens[k + 1].Text == "s") continue; // "the panel’s"
                    // “…,” Douglas Holtz-Eakin, an economist and tax expert, told me.  — a name, its apposition, the verb
                    if (tk.Text == "," && k > first && resolver.Named(tokens[first].Offset, tokens[k - 1].End) is { } named)
                    {
                        int c2 = k + 1;
                        while (c2 < tokens.Count && c2 < k + 30 && tokens[c2].Text != "," && (tokens[c2].Text != "." || cues.AbbreviationDot(tokens, c2))) c2++;
                        if (c2 + 1 < tokens.Count && tokens[c2].Text == "," && IsVerb(tokens[c2 + 1].Text, cues.Attribution))
                        {
                            int j2 = c2 + 2;
                            while (j2 < tokens.Count && tokens[j2].IsWord && j2 < c2 + 4) j2++;
                            end = tokens[Math.Min(j2, tokens.Count) - 1].End;
                            return (named, t.Substring(tokens[first].Offset, tokens[k - 1].End - tokens[first].Offset));
                        }
                    }
                    break;
                }
                if (!IsVerb(tk.Text, cues.Attribution)) continue;
                if (k == first)
                {
                    // verb first: "said Makei", "said the minister", "said Aaron David Miller of the Woodrow Wilson Center"
                    int e = k + 1;
                    while (e < tokens.Count && e < k + 12 && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e))) e++;
                    if (e == k + 1) return null;
                    var who = resolver.Resolve(tokens[k + 1].Offset, tokens[e - 1].End);
                    end = tokens[e - 1].End;
                    return who;
                }
                var r = resolver.Resolve(tokens[first].Offset, tokens[k - 1].End);
                if (r == null) return null;
                // the attribution runs to the end of its clause ("told Belsat", "said as he met ...")
                int j = k + 1;
                while (j < tokens.Count && tokens[j].IsWord && j < k + 3) j++;
                end = tokens[Math.Min(j, tokens.Count) - 1].End;
                return r;
            }
            return null;
        }

        /// <summary>X said: “…” / X expressed “…” / According to X, “…” — the nearest attribution verb before the quote in its
        /// sentence whose subject resolves (a participle — "…, saying “…”" — takes the subject of the sentence).</summary>
        private static (string Speaker, string Surface)? AttributionBefore(string t, int sentenceStart, int quoteOpen, SpeakerResolver resolver, Cues cues)
        {
            int from = Math.Max(sentenceStart, quoteOpen - 600);
            var tokens = Tokenizer.Tokenize(t, from, quoteOpen);
            if (Accordingly(tokens, resolver, out var acc)) return acc;
            int tried = 0;
            for (int v = tokens.Count - 1; v >= 0 && tried < 3; v--)
            {
                if (!tokens[v].IsWord || !IsVerb(tokens[v].Text, cues.Attribution)) continue;
                tried++;
                var who = tokens[v].Text.EndsWith("ing", StringComparison.Ordinal) ? FirstSubject(tokens, v, resolver) : SubjectBefore(tokens, v, resolver, cues);
                if (who != null) return who;
            }
            return null;
        }

        /// <summary>"According to X, …" / "In his words, …" at the start of the token list.</summary>
        private static bool Accordingly(List<Token> tokens, SpeakerResolver resolver, out (string Speaker, string Surface)? who)
        {
            who = null;
            if (tokens.Count >= 3 && tokens[0].Text.Equals("According", StringComparison.OrdinalIgnoreCase) && tokens[1].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                int c = tokens.FindIndex(x => x.Text == ",");
                if (c > 2 && c < 14) { who = resolver.Resolve(tokens[2].Offset, tokens[c - 1].End); return who != null; }
            }
            if (tokens.Count >= 3 && tokens[0].Text.Equals("In", StringComparison.OrdinalIgnoreCase) && tokens[1].Text is "his" or "her" or "His" or "Her"
                && tokens[2].Text.Equals("words", StringComparison.OrdinalIgnoreCase))
            {
                who = resolver.Pronoun(tokens[0].Offset) is { } p ? (p, tokens[1].Text) : null;
                return who != null;
            }
            return false;
        }

        /// <summary>The subject of the verb at <paramref name="v"/>: the phrase back to the previous comma or clause start; for a
        /// coordinated verb ("expressed … and emphasised") the first subject of the sentence.</summary>
        private static (string Speaker, string Surface)? SubjectBefore(List<Token> tokens, int v, SpeakerResolver resolver, Cues cues)
        {
            int k = v - 1;
            while (k >= 0 && tokens[k].IsWord && cues.Adverbs.Contains(tokens[k].Text)) k--;
            if (k < 0) return null;
            // "Rep. Elijah Cummings (D-Md.) said": a short parenthetical between the name and its verb
            if (tokens[k].Text == ")")
            {
                int open = k - 1;
                while (open >= 0 && open > k - 8 && tokens[open].Text != "(") open--;
                if (open > 0 && tokens[open].Text == "(") { k = open - 1; if (!tokens[k].IsWord) return null; }
            }
            // a parenthetical between dashes before the verb: "John Dickey, the chief executive of Ora Media -- … -- told me"
            if (tokens[k].Text is "-" or "—" or "–")
            {
                int d = k;
                while (d >= 0 && tokens[d].Text is "-" or "—" or "–") d--;
                int open = d;
                while (open >= 0 && open > d - 40 && !(tokens[open].Text is "-" or "—" or "–")) open--;
                if (open >= 0 && !(tokens[open].Text is "-" or "—" or "–")) open = -1;
                while (open > 0 && tokens[open - 1].Text is "-" or "—" or "–") open--;
                if (open > 0) { k = open - 1; if (!tokens[k].IsWord) return null; }
            }
            if (tokens[k].Text is "and" or "," || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
                return FirstSubject(tokens, v, resolver);
            if (!tokens[k].IsWord) return null;
            int start = k;
            while (start > 0 && start > k - MaxLookTokens && (tokens[start - 1].IsWord || cues.AbbreviationDot(tokens, start - 1)) && !IsClauseWord(tokens[start - 1].Text)) start--;
            // an apposition between the name and its verb: "Konstantin Kosachev, chair of the security committee, told …"
            int c = start - 1;
            if (c > 0 && tokens[c].Text == ",")
            {
                int ns = c - 1;
                while (ns > 0 && ns > c - 6 && (tokens[ns - 1].IsWord || cues.AbbreviationDot(tokens, ns - 1)) && !IsClauseWord(tokens[ns - 1].Text)) ns--;
                if (resolver.Named(tokens[ns].Offset, tokens[c - 1].End) is { } name && resolver.Named(tokens[start].Offset, tokens[k].End) == null)
                    return (name, name);
            }
            return resolver.Resolve(tokens[start].Offset, tokens[k].End);
        }

        private static bool Preposition(string w) =>
            w is "of" or "on" or "in" or "at" or "for" or "with" or "to" or "from" or "by" or "about" or "into" or "over" or "under" or "between";

        private static bool IsClauseWord(string w) =>
            w is "that" or "which" or "who" or "while" or "when" or "as" or "because" or "although" or "but" or "and" or "if" or "since" or "after" or "before"
            or "During" or "during" or "At" or "at" or "In" or "in" or "For" or "On" or "on" or "by" or "By" or "with" or "With";

        /// <summary>The first phrase of the sentence (before <paramref name="v"/>) that resolves to a speaker.</summary>
        private static (string Speaker, string Surface)? FirstSubject(List<Token> tokens, int v, SpeakerResolver resolver)
        {
            int limit = Math.Min(v, 40);
            for (int s = 0; s < limit; s++)
            {
                if (!tokens[s].IsWord) continue;
                // not inside a prepositional phrase ("on the role of the CIS observers")
                if (s > 0 && Preposition(tokens[s - 1].Text)) continue;
                if (s > 1 && tokens[s - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && Preposition(tokens[s - 2].Text)) continue;
                int stop = s;
                while (stop + 1 < limit && stop + 1 <= s + 5 && tokens[stop + 1].IsWord) stop++;
                for (int e = stop; e >= s; e--)
                {
                    var r = resolver.Resolve(tokens[s].Offset, tokens[e].End);
                    if (r != null) return r;
                }
            }
            return null;
        }

        private static void IndirectInSentence(ArticleDocument doc, Sentence s, SpeakerResolver resolver, Cues cues, QuoteSpans inQuote, List<StatementModel> result)
        {
            string t = doc.Text;
            var tokens = doc.Tokens(s.Offset, s.End);
            if (tokens.Count < 3) return;

            // "According to X, CLAUSE" / "In his words, CLAUSE"
            if (Accordingly(tokens, resolver, out var acc))
            {
                int c = tokens.FindIndex(x => x.Text == ",");
                if (c >= 0 && c + 1 < tokens.Count) Add(doc, result, tokens[c + 1].Offset, s.End, acc!.Value, inQuote);
                return;
            }

            for (int v = 1; v < tokens.Count; v++)
            {
                var tk = tokens[v];
                if (!tk.IsWord || !IsVerb(tk.Text, cues.Reporting) || inQuote.Contains(tk.Offset)) continue;
                string prev = tokens[v - 1].Text.ToLowerInvariant();
                if (prev is "is" or "was" or "were" or "be" or "been" or "are" or "being") continue; // passive: "is said to"
                int next = v + 1;
                if (next >= tokens.Count) { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                string nx = tokens[next].Text;
                if (nx == ".") { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                if (nx is ":" or "“" or "\"" or "‘" or "«" or "„" or "'" or "`") continue; // introduces a direct quote
                if (nx == ",")
                {
                    // "…, X said, …" mid-sentence or "X said, “…”"
                    if (next + 1 < tokens.Count && tokens[next + 1].Text is "“" or "\"" or "«" or "„" or "'" or "`") continue;
                    TrailingAttribution(doc, tokens, v, resolver, inQuote, result);
                    continue;
                }
                if (nx is "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "said on Monday that …": the clause follows the "that"
                    int th = -1;
                    for (int q = next + 1; q < tokens.Count && q <= next + 6; q++) if (tokens[q].Text == "that") { th = q; break; } else if (!tokens[q].IsWord) break;
                    var subj = th > 0 ? SubjectBefore(tokens, v, resolver, cues) : null;
                    if (subj != null && th + 1 < tokens.Count)
                    {
                        Add(doc, result, tokens[th + 1].Offset, ClauseEnd(tokens, th + 1, s.End, cues), subj.Value, inQuote);
                        resolver.LastSpeaker = (subj.Value.Speaker, tk.Offset);
                        continue;
                    }
                }
                if (nx is "as" or "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "…, X said as he met …": the reported clause is before the attribution
                    TrailingAttribution(doc, tokens, v, resolver, inQuote, result);
                    continue;
                }
                var who = SubjectBefore(tokens, v, resolver, cues);
                if (who == null) { if (tokens[v - 1].IsWord) TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }

                int clauseStart;
                string verb = tk.Text.ToLowerInvariant();
                if (verb == "told")
                {
                    // "told Belsat that …" / "told reporters …"
                    int th = tokens.FindIndex(next, x => x.Text == "that");
                    if (th < 0 || th > next + 4) { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                    clauseStart = th + 1;
                }
                else if (nx == "that") clauseStart = next + 1;
                else if (cues.Infinitive.Contains(verb))
                {
                    // "urged the leaders to stay calm", "offered to ensure …", "vowed to fight": the infinitive is what was said
                    // ("promised support to Ukraine" is no infinitive: "to" is followed by a name or a determiner)
                    int to = -1;
                    for (int q = next; q < tokens.Count && q <= next + 4 && tokens[q].IsWord; q++) if (tokens[q].Text == "to") { to = q; break; }
                    if (to < 0 || to + 1 >= tokens.Count) continue;
                    string after = tokens[to + 1].Text;
                    if (!tokens[to + 1].IsWord || char.IsUpper(after[0]) || char.IsDigit(after[0]) || cues.Determiners.Contains(after)) continue;
                    clauseStart = to;
                }
                else if (cues.NounObject.Contains(verb) || cues.BareClause.Contains(verb))
                    clauseStart = next;
                else continue;
                if (clauseStart >= tokens.Count) continue;

                int clauseEnd = ClauseEnd(tokens, clauseStart, s.End, cues);
                Add(doc, result, tokens[clauseStart].Offset, clauseEnd, who.Value, inQuote);
                resolver.LastSpeaker = (who.Value.Speaker, tk.Offset);
            }
        }

        /// <summary>A reported clause ends at the sentence end, at ", and &lt;verb&gt;ing" (a second participle) or
        /// " and &lt;reporting verb&gt;" (a second statement), and after at most a bounded length.</summary>
        private static int ClauseEnd(List<Token> tokens, int clauseStart, int sentenceEnd, Cues cues)
        {
            for (int j = clauseStart + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Offset - tokens[clauseStart].Offset > MaxClauseChars) return tokens[j].Offset;
                // "…, saying that …": a participle of saying starts another statement
                if (tokens[j].Text == "," && j + 1 < tokens.Count && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal) && IsVerb(tokens[j + 1].Text, cues.Attribution))
                    return tokens[j].Offset;
                if (tokens[j].Text == "and" && j + 1 < tokens.Count && (IsVerb(tokens[j + 1].Text, cues.Reporting)
                    || (tokens[j - 1].Text == "," && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal))))
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
            }
            return sentenceEnd;
        }

        /// <summary>"CLAUSE, X said." — the reported clause comes first, the attribution closes the sentence.</summary>
        private static void TrailingAttribution(ArticleDocument doc, List<Token> tokens, int v, SpeakerResolver resolver, QuoteSpans inQuote, List<StatementModel> result)
        {
            int comma = -1;
            for (int k = v - 1; k >= 0 && k >= v - MaxLookTokens; k--)
                if (tokens[k].Text == ",") { comma = k; break; }
            if (comma <= 1) return;
            for (int k = comma - 1; k < v; k++)
                if (tokens[k].Text is "”" or "\"" or "’" or "“" or "»" or "'") return; // a direct quote, handled above
            var who = resolver.Resolve(tokens[comma + 1].Offset, tokens[v - 1].End);
            if (who == null) return;
            // the clause must be a clause of its own (not "Lukashenko, the President said")
            if (comma < 3) return;
            if (inQuote.Contains(tokens[0].Offset)) return;
            Add(doc, result, tokens[0].Offset, tokens[comma].Offset, who.Value, inQuote);
            resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
        }

        private static void Add(ArticleDocument doc, List<StatementModel> result, int start, int end, (string Speaker, string Surface) who, QuoteSpans inQuote)
        {
            string t = doc.Text;
            while (start < end && char.IsWhiteSpace(t[start])) start++;
            string text = TrimEndPunctuation(t.Substring(start, end - start));
            if (ArticleReader.CountWords(text) < 3) return;
            // a clause that is only a quotation is a direct statement, not a second, indirect one
            if (text.Length > 1 && (text[0] is '“' or '"' or '«' or '„') && (text[text.Length - 1] is '”' or '"' or '»' or '“')) return;
            if (!inQuote.IndirectStarts.Add(start)) return;
            result.Add(new StatementModel(StatementKindModel.Indirect, text, who.Speaker, who.Surface, null, doc.Span(start, text.Length)));
        }
    }
}
