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
        internal static readonly HashSet<string> AttributionVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "said","says","say","stated","states","stressed","stresses","noted","notes","added","adds","emphasized","emphasised","emphasizes",
            "emphasises","told","tells","explained","explains","declared","announced","promised","warned","warns","insisted","argued","claimed",
            "asserted","underlined","underscored","remarked","commented","continued","concluded","observed","suggested","urged","assured","confirmed",
            "admitted","acknowledged","replied","answered","wrote","writes","expressed","offered","recalled","reminded","believes","believed","thinks",
            "pointed","vowed","pledged","complained","reiterated","emphasising","emphasizing","stressing","noting","adding","saying",
        };

        /// <summary>Verbs whose complement is reported speech (not: voiced, extended, expressed, promised, invited).</summary>
        internal static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "said","says","stated","stressed","stresses","noted","notes","added","emphasized","emphasised","emphasizes","emphasises","told","explained",
            "declared","announced","warned","insisted","argued","claimed","asserted","underlined","underscored","remarked","observed","suggested",
            "assured","confirmed","admitted","acknowledged","believes","believe","believed","thinks","recalled","reminded","offered","reiterated",
            "emphasising","emphasizing","stressing","noting",
        };

        private static readonly HashSet<string> NounObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "noted","emphasized","emphasised","stressed","underlined","underscored","reiterated",
        };

        private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
        {
            "also","then","further","again","once","repeatedly","earlier","later","recently","has","had","have","firmly","clearly","once again",
        };

        private const int MaxLookTokens = 14;
        private const int MaxClauseChars = 2000;

        public static IReadOnlyList<StatementModel> Extract(ArticleDocument doc, EntityIndex entities, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            var resolver = new SpeakerResolver(doc, entities);
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
                    qi = DirectQuote(doc, quotes, qi, sentences, SentenceAt, resolver, inQuote, result, diagnostics) + 1;
                }
                if (si == sentences.Count) break;
                var s = sentences[si];
                if (s.Length > 20_000) continue; // not a sentence a reader would attribute; keeps the work linear
                IndirectInSentence(doc, s, resolver, inQuote, result);
            }

            result.Sort((a, b) => a.Span.Offset != b.Span.Offset ? a.Span.Offset.CompareTo(b.Span.Offset) : a.Kind.CompareTo(b.Kind));
            return result;
        }

        /// <summary>Handles quote <paramref name="qi"/> (and the second half of a split quote); returns the last quote index used.</summary>
        private static int DirectQuote(ArticleDocument doc, List<Quote> quotes, int qi, IReadOnlyList<Sentence> sentences, Func<int, int> SentenceAt,
            SpeakerResolver resolver, QuoteSpans inQuote, List<StatementModel> result, List<DiagnosticModel> diagnostics)
        {
            string t = doc.Text;
            var q = quotes[qi];
            foreach (var part in q.Parts) inQuote.Add(part);
            var parts = new List<(int Start, int End)>(q.Parts);
            int para = q.ParagraphIndex;
            int paraEnd = para < doc.Paragraphs.Count ? doc.Paragraphs[Math.Min(doc.Paragraphs.Count - 1, para + q.Parts.Count - 1)].End : t.Length;

            var after = AttributionAfter(t, q.Close, paraEnd, resolver, out int attributionEnd);
            // a split quote: “A,” he said, “B.”
            if (after != null && qi + 1 < quotes.Count && attributionEnd >= 0)
            {
                int k = attributionEnd;
                while (k < paraEnd && (t[k] == ',' || t[k] == ' ')) k++;
                if (k < paraEnd && quotes[qi + 1].Open == k)
                {
                    parts.AddRange(quotes[qi + 1].Parts);
                    foreach (var part in quotes[qi + 1].Parts) inQuote.Add(part);
                    qi++;
                }
            }
            (string Speaker, string Surface)? who = after;
            if (who == null)
            {
                int si = SentenceAt(q.Open);
                int sStart = si >= 0 ? sentences[si].Offset : q.Open;
                who = AttributionBefore(t, sStart, q.Open, resolver);
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

        /// <summary>“…,” the head of state said. / “…,” said Makei. / “…,” he stressed.</summary>
        private static (string Speaker, string Surface)? AttributionAfter(string t, int from, int paraEnd, SpeakerResolver resolver, out int end)
        {
            end = -1;
            int limit = Math.Min(paraEnd, from + 300);
            var tokens = Tokenizer.Tokenize(t, from, limit);
            int i = 0;
            while (i < tokens.Count && tokens[i].Text is "," or "—" or "–" or "-") i++;
            if (i >= tokens.Count || !tokens[i].IsWord) return null;
            int first = i;
            for (int k = first; k < tokens.Count && k < first + 9; k++)
            {
                var tk = tokens[k];
                if (!tk.IsWord) { if (tk.Text is "." or "“" or "\"" or ";" or "!" or "?") break; if (tk.Text == ",") break; continue; }
                if (!IsVerb(tk.Text, AttributionVerbs)) continue;
                if (k == first)
                {
                    // verb first: "said Makei", "said the minister"
                    int e = k + 1;
                    while (e < tokens.Count && tokens[e].IsWord && e < k + 8) e++;
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

        /// <summary>X said: “…” / X expressed “…” / According to X, “…” — the nearest attribution verb before the quote in its sentence.</summary>
        private static (string Speaker, string Surface)? AttributionBefore(string t, int sentenceStart, int quoteOpen, SpeakerResolver resolver)
        {
            int from = Math.Max(sentenceStart, quoteOpen - 600);
            var tokens = Tokenizer.Tokenize(t, from, quoteOpen);
            if (Accordingly(tokens, resolver, out var acc)) return acc;
            for (int v = tokens.Count - 1; v >= 0; v--)
            {
                if (!tokens[v].IsWord || !IsVerb(tokens[v].Text, AttributionVerbs)) continue;
                return SubjectBefore(tokens, v, resolver);
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
        private static (string Speaker, string Surface)? SubjectBefore(List<Token> tokens, int v, SpeakerResolver resolver)
        {
            int k = v - 1;
            while (k >= 0 && tokens[k].IsWord && Adverbs.Contains(tokens[k].Text)) k--;
            if (k < 0) return null;
            if (tokens[k].Text is "and" or "," || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
                return FirstSubject(tokens, v, resolver);
            if (!tokens[k].IsWord) return null;
            int start = k;
            while (start > 0 && start > k - MaxLookTokens && tokens[start - 1].IsWord && !IsClauseWord(tokens[start - 1].Text)) start--;
            var r = resolver.Resolve(tokens[start].Offset, tokens[k].End);
            return r ?? (tokens[k].Text is "who" ? null : null);
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

        private static void IndirectInSentence(ArticleDocument doc, Sentence s, SpeakerResolver resolver, QuoteSpans inQuote, List<StatementModel> result)
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
                if (!tk.IsWord || !IsVerb(tk.Text, ReportingVerbs) || inQuote.Contains(tk.Offset)) continue;
                string prev = tokens[v - 1].Text.ToLowerInvariant();
                if (prev is "is" or "was" or "were" or "be" or "been" or "are" or "being") continue; // passive: "is said to"
                int next = v + 1;
                if (next >= tokens.Count) { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                string nx = tokens[next].Text;
                if (nx == ".") { TrailingAttribution(doc, tokens, v, resolver, inQuote, result); continue; }
                if (nx is ":" or "“" or "\"" or "‘" or "«" or "„") continue; // introduces a direct quote
                if (nx == ",")
                {
                    // "…, X said, …" mid-sentence or "X said, “…”"
                    if (next + 1 < tokens.Count && tokens[next + 1].Text is "“" or "\"" or "«" or "„") continue;
                    TrailingAttribution(doc, tokens, v, resolver, inQuote, result);
                    continue;
                }
                if (nx is "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "said on Monday that …": the clause follows the "that"
                    int th = -1;
                    for (int q = next + 1; q < tokens.Count && q <= next + 6; q++) if (tokens[q].Text == "that") { th = q; break; } else if (!tokens[q].IsWord) break;
                    var subj = th > 0 ? SubjectBefore(tokens, v, resolver) : null;
                    if (subj != null && th + 1 < tokens.Count)
                    {
                        Add(doc, result, tokens[th + 1].Offset, ClauseEnd(tokens, th + 1, s.End), subj.Value, inQuote);
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
                var who = SubjectBefore(tokens, v, resolver);
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
                else if (verb == "offered") { if (nx != "to") continue; clauseStart = next; }
                else if (NounObjectVerbs.Contains(verb) || verb is "said" or "says" or "stated" or "believes" or "believe" or "believed" or "thinks" or "added" or "recalled" or "reminded" or "warned" or "confirmed" or "emphasising" or "emphasizing" or "stressing" or "noting")
                    clauseStart = next;
                else continue;
                if (clauseStart >= tokens.Count) continue;

                int clauseEnd = ClauseEnd(tokens, clauseStart, s.End);
                Add(doc, result, tokens[clauseStart].Offset, clauseEnd, who.Value, inQuote);
                resolver.LastSpeaker = (who.Value.Speaker, tk.Offset);
            }
        }

        /// <summary>A reported clause ends at the sentence end, at ", and &lt;verb&gt;ing" (a second participle) or
        /// " and &lt;reporting verb&gt;" (a second statement), and after at most a bounded length.</summary>
        private static int ClauseEnd(List<Token> tokens, int clauseStart, int sentenceEnd)
        {
            for (int j = clauseStart + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Offset - tokens[clauseStart].Offset > MaxClauseChars) return tokens[j].Offset;
                if (tokens[j].Text == "and" && j + 1 < tokens.Count && (IsVerb(tokens[j + 1].Text, ReportingVerbs)
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
                if (tokens[k].Text is "”" or "\"" or "’" or "“" or "»") return; // a direct quote, handled above
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
