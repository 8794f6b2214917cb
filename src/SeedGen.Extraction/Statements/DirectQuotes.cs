using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Statements.Subjects;
using static SeedGen.Extraction.Statements.DirectQuotes;
using static SeedGen.Extraction.Statements.ReportedSpeech;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Direct quotes: every quoted span with an attribution after it (“…,” the minister said / said Makei), before it in the
    /// same sentence (X said: “…”; X expressed “…”), a split quote joined (“A,” he said, “B.”), a quote continued in the next
    /// sentence, or a longer quote with no attribution (kept with no speaker and an info diagnostic). Short unattributed
    /// quotes and titles are scare quotes.
    /// </summary>
    internal static class DirectQuotes
    {
        /// <summary>Handles quote <paramref name="qi"/> (and the second half of a split quote, or the quote that continues it in the
        /// next sentence); returns the last quote index used.</summary>
        internal static int DirectQuote(ArticleDocument doc, List<Quote> quotes, int qi, IReadOnlyList<Sentence> sentences, Func<int, int> SentenceAt,
            SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result, List<DiagnosticModel> diagnostics,
            HashSet<int>? fragments = null)
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
                // a split quote: “A,” he said, “B.” — also over the speaker's apposition: “A,” said X, the port's spokesman, “b …”
                if (qi + 1 < quotes.Count && k < paraEnd && (quotes[qi + 1].Open == k || (OpenEnded(t, q) && ResumesLowercase(t, quotes[qi + 1]) && quotes[qi + 1].Open == AfterApposition(t, k, paraEnd, cues)))
                    && SplitResumes(t, doc, attributionEnd, quotes[qi + 1], cues))
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
                        // a title or a scare quote inside the attribution's own sentence (“…,” X said on the broadcaster's “Morning
                        // Show” on Sunday. “…”) does not stop the quotation that goes on after it
                        int next = qi + 1;
                        while (next + 1 < quotes.Count && quotes[next].Open >= k && quotes[next].Close < c && ReaderWords(QuotedText(t, quotes[next])) <= MaxInnerTitleWords) next++;
                        var nq = quotes[next];
                        int c2 = k;
                        if (c2 < paraEnd && t[c2] is '.' or ';' or ':' or '!' or '?') c2++;
                        while (c2 < paraEnd && char.IsWhiteSpace(t[c2])) c2++;
                        if (!((c < paraEnd && nq.Open == c) || (c2 < paraEnd && nq.Open == c2)) || nq.ParagraphIndex != LastParagraph(q) || nq.Parts.Count != 1) break;
                        int nEnd = ParagraphEnd(doc, nq);
                        if (AttributionAfterQuote(t, nq, nEnd, resolver, cues, out _) != null) break;
                        if (!EndsSentence(t, nq)) break; // “…” followed by more words of the sentence: not a continuation
                        parts.AddRange(nq.Parts);
                        foreach (var part in nq.Parts) inQuote.Add(part);
                        for (int skipped = qi + 1; skipped < next; skipped++) foreach (var part in quotes[skipped].Parts) inQuote.Add(part);
                        qi = next;
                        k = nq.Close;
                    }
                }
            }
            (string Speaker, string Surface)? who = after;
            if (who == null)
            {
                int si = SentenceAt(q.Open);
                int sStart = si >= 0 ? sentences[si].Offset : q.Open;
                // not the attribution of the quote before, when a full stop after it closed that sentence (“…,” said KCNA. “…”)
                if (qi > 0 && quotes[qi - 1].Close > sStart && quotes[qi - 1].Close <= q.Open)
                    for (int c = quotes[qi - 1].Close; c < q.Open - 1; c++)
                        if (t[c] is '.' or '!' or '?' && char.IsWhiteSpace(t[c + 1])) { sStart = c + 1; break; }
                who = AttributionBefore(t, sStart, q.Open, resolver, cues);
                // "Trump, also on Twitter, defended his decision, “…”": the sentence's subject introduces the quote after a comma
                if (who == null) who = SubjectIntroducing(t, sStart, q.Open, resolver, cues);
                // “X warned:” closing the sentence (or the paragraph) before the quote
                if (who == null)
                {
                    int c = q.Open - 1;
                    while (c >= 0 && char.IsWhiteSpace(t[c])) c--;
                    if (c >= 0 && t[c] == ':' && q.Open - c < 8)
                    {
                        int ci = SentenceAt(c);
                        int cStart = ci >= 0 ? sentences[ci].Offset : Math.Max(0, c - 600);
                        if (cStart < sStart || si < 0)
                            who = AttributionBefore(t, cStart, c + 1, resolver, cues)
                                // "Sanders made the following comment:" — the subject of the sentence the colon closes
                                ?? SubjectIntroducing(t, cStart, q.Open, resolver, cues);
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
            // what stands right before the opening mark: a verb of saying introduces the quotation ("chanted “No more!”"),
            // a title word names a work ("a report titled “…”"), any other word makes a title-case quotation part of a noun
            // phrase ("on “Meet the Press,”", "his book “…,”"): a title, even when an attribution follows
            var lead = WordBefore(t, doc, q.Open);
            if (lead is { } lw && cues.TitleCues.Contains(lw.Word)) return qi;
            if (ByLine(t, q.Close, paraEnd)) return qi; // “Museum to close in December,” by Jane Roe of the Times: a headline
            bool introduced = lead is { } iv && IsVerb(iv.Word, cues.Attribution);
            // the second of two quotations one verb introduces: saying “Not our war” and “Let them go”
            if (lead is { } cw && cw.Word is "and" or "or" && qi > 0 && quotes[qi - 1].Close <= cw.Offset
                && t.Substring(quotes[qi - 1].Close, cw.Offset - quotes[qi - 1].Close).Trim(' ', ',').Length == 0
                && WordBefore(t, doc, quotes[qi - 1].Open) is { } pv && IsVerb(pv.Word, cues.Attribution))
                introduced = true;
            if (lead != null && !introduced && NamesAWork(text, cues)) return qi;
            if (who == null)
            {
                bool sentenceLike = introduced || (words >= 6 && !LooksLikeTitle(text));
                // scare quotes, titles, names — unless a short fragment turns out to lie inside a reported clause
                // ("… said that any attack would be “unacceptable”"): kept as a candidate that UnattributedQuotes confirms
                if (!sentenceLike)
                {
                    if (fragments == null || LooksLikeTitle(text) || words == 0) return qi;
                    var fspan = doc.Span(parts[0].Start, parts[parts.Count - 1].End - parts[0].Start);
                    fragments.Add(fspan.Offset);
                    result.Add(new StatementModel(StatementKindModel.Direct, text, null, null, null, fspan));
                    return qi;
                }
            }
            else if (LooksLikeTitle(text) && after == null && !introduced && words <= 8) return qi;

            var span = doc.Span(parts[0].Start, parts[parts.Count - 1].End - parts[0].Start);
            // a quote without a speaker here is given one from its context, or SG0102, by UnattributedQuotes
            if (who != null) resolver.LastSpeaker = (who.Value.Speaker, q.Open);
            result.Add(new StatementModel(StatementKindModel.Direct, text, who?.Speaker, who?.Surface, null, span));
            return qi;
        }

        /// <summary>Does the quotation after an attribution resume the quote (“A,” he said, “B”; “A,” she said: “B”), rather than
        /// name something the attribution mentions (“A,” she said on CBS’s “Face the Nation”)?</summary>
        /// <summary>Does a by-line follow the closing mark (“…,” by Jane Roe)? Then the quotation is the title of a piece.</summary>
        private static bool ByLine(string t, int close, int paraEnd)
        {
            int c = close;
            while (c < paraEnd && (t[c] == ' ' || t[c] == ',')) c++;
            if (!(c + 3 < paraEnd && t[c] == 'b' && t[c + 1] == 'y' && t[c + 2] == ' ')) return false;
            c += 3;
            if (c + 4 < paraEnd && string.CompareOrdinal(t, c, "the ", 0, 4) == 0) c += 4; // by the Ledger’s Jane Roe
            return c < paraEnd && char.IsUpper(t[c]);
        }

        /// <summary>The most words of a title or scare quote inside an attribution that a continuing quotation passes over.</summary>
        private const int MaxInnerTitleWords = 5;

        private static string QuotedText(string t, Quote q)
        {
            var p = q.Parts[0];
            return t.Substring(p.Start, q.Parts[q.Parts.Count - 1].End - p.Start);
        }

        /// <summary>Where the text resumes after an apposition that starts at <paramref name="from"/> and closes with a comma
        /// ("the port's spokesman, "), or -1: words only, no sentence end or quotation mark, at most <see cref="MaxAppositionChars"/>;
        /// a noun phrase, not a clause of its own: no verb of saying, no adverb or participle leading it ("adding, “…”",
        /// "again raising her voice, “…”", "said in an interview that …, “…”" are new attributions, not appositions).</summary>
        private static int AfterApposition(string t, int from, int paraEnd, StatementCues cues)
        {
            if (from >= paraEnd || !char.IsLetter(t[from])) return -1;
            int limit = Math.Min(paraEnd, from + MaxAppositionChars);
            int comma = -1;
            for (int c = from; c < limit; c++)
            {
                char ch = t[c];
                if (ch == ',') { comma = c; break; }
                if (ch is '.' or '!' or '?' or ';' or ':' or '“' or '”' or '"' or '«' or '»' or '„' or '\n') return -1;
            }
            if (comma < 0) return -1;
            var words = Tokenizer.Tokenize(t, from, comma);
            for (int w = 0; w < words.Count; w++)
            {
                string x = words[w].Text;
                if (!words[w].IsWord) continue;
                if (IsVerb(x, cues.Attribution) || cues.Adverbs.Contains(x) || cues.BareClause.Contains(x)) return -1;
                if (w == 0 && x.EndsWith("ing", StringComparison.Ordinal)) return -1;
            }
            int r = comma + 1;
            while (r < paraEnd && t[r] == ' ') r++;
            return r;
        }

        /// <summary>The quotation stops on a comma inside its marks (“The harbour,”): the sentence goes on after the attribution.</summary>
        private static bool OpenEnded(string t, Quote q)
        {
            var last = q.Parts[q.Parts.Count - 1];
            int e = last.End - 1;
            while (e > last.Start && char.IsWhiteSpace(t[e])) e--;
            return e >= last.Start && t[e] == ',';
        }

        /// <summary>The next quotation goes on in lower case (“… is that we …”): the second half of one sentence.</summary>
        private static bool ResumesLowercase(string t, Quote next)
        {
            var first = next.Parts[0];
            int c = first.Start;
            while (c < first.End && !char.IsLetter(t[c])) c++;
            return c < first.End && char.IsLower(t[c]);
        }

        /// <summary>The longest apposition a split quote resumes after ("a senior fellow at the Center for Strategic Studies").</summary>
        private const int MaxAppositionChars = 100;

        private static bool SplitResumes(string t, ArticleDocument doc, int attributionEnd, Quote next, StatementCues cues)
        {
            for (int c = attributionEnd; c < next.Open; c++)
                if (t[c] is ',' or ':' or '—' or '–') return true;
            return WordBefore(t, doc, next.Open) is { } w && IsVerb(w.Word, cues.Attribution);
        }

        /// <summary>The attribution after a quote; none when the quotation closed its sentence with a full stop and a new
        /// sentence begins (“… blood.” He admitted …), while “… lies,” he said / “Why?” Trump asked still attribute.</summary>
        internal static (string Speaker, string Surface)? AttributionAfterQuote(string t, Quote q, int paraEnd, SpeakerResolver resolver, StatementCues cues, out int end)
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

        internal static int ParagraphEnd(ArticleDocument doc, Quote q) =>
            q.ParagraphIndex < doc.Paragraphs.Count ? doc.Paragraphs[Math.Min(doc.Paragraphs.Count - 1, LastParagraph(q))].End : doc.Text.Length;

        /// <summary>The paragraph the quote closes in (a quote run over paragraphs has one part in each).</summary>
        internal static int LastParagraph(Quote q) => q.ParagraphIndex + q.Parts.Count - 1;

        /// <summary>Does the quotation end its sentence (end punctuation inside the marks, or right after them, or the paragraph end)?</summary>
        internal static bool EndsSentence(string t, Quote q)
        {
            var last = q.Parts[q.Parts.Count - 1];
            int e = last.End - 1;
            while (e > last.Start && char.IsWhiteSpace(t[e])) e--;
            if (e >= last.Start && t[e] is '.' or '!' or '?' or '…') return true;
            int a = q.Close;
            while (a < t.Length && t[a] == ' ') a++;
            return a >= t.Length || t[a] is '.' or '!' or '?' or '\n';
        }


        /// <summary>The word before a quotation's opening mark in its sentence (over one comma or colon), or none when the
        /// quotation opens its sentence.</summary>
        internal static (string Word, int Offset)? WordBefore(string t, ArticleDocument doc, int open)
        {
            int si = doc.SentenceAt(open);
            int from = si >= 0 ? doc.Sentences[si].Offset : Math.Max(0, open - 200);
            int c = open - 1;
            while (c >= from && char.IsWhiteSpace(t[c])) c--;
            if (c >= from && t[c] is ',' or ':') c--;
            while (c >= from && char.IsWhiteSpace(t[c])) c--;
            if (c < from || !char.IsLetter(t[c])) return null;
            int e = c + 1;
            while (c >= from && (char.IsLetter(t[c]) || t[c] is '\'' or '’' || t[c] == '-')) c--;
            return (t.Substring(c + 1, e - c - 1), c + 1);
        }

        internal static string TrimEndPunctuation(string s)
        {
            s = s.Trim();
            while (s.Length > 0 && (s[s.Length - 1] is ',' or '.' or ';' or ':' or ' ')) s = s.Substring(0, s.Length - 1);
            return s;
        }

        internal static int ReaderWords(string s) => ArticleReader.CountWords(s);

        /// <summary>Title case: most words capitalised ("European Security: Stepping Back from the Brink", "Helsinki-2").</summary>
        internal static bool LooksLikeTitle(string s)
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

        /// <summary>Title case as the names of works are written, inside a noun phrase ("on CNN’s “State of the Union”", "his
        /// book “Backfire: A Battle for the Soul of a Company”", "the podcast “So, That Happened”"): the first word and most of
        /// the other words but the small ones (of, the, and …: statements.yaml title_small_words) capitalised.</summary>
        internal static bool NamesAWork(string s, StatementCues cues)
        {
            int words = 0, content = 0, caps = 0;
            foreach (var w in ArticleReader.Words(s))
            {
                bool upper = char.IsUpper(w[0]) || char.IsDigit(w[0]);
                if (words++ == 0 && !upper) return false;
                if (!upper && cues.TitleSmallWords.Contains(w)) continue;
                content++;
                if (upper) caps++;
            }
            if (content <= 2) return caps == content && content > 0;
            return caps * 10 >= content * 7;
        }

        /// <summary>“…,” the head of state said. / “…,” said Makei. / “…,” he stressed. / “…,” Mr. Morgan of the Sierra Club said.
        /// / “…,” said Rep. Elijah Cummings of Maryland, the panel’s top Democrat.</summary>
        internal static (string Speaker, string Surface)? AttributionAfter(string t, int from, int paraEnd, SpeakerResolver resolver, StatementCues cues, out int end)
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
            // “…,” according to a statement by the ministry / “…”, according to Smith. (the comma marks an attribution tail; a
            // fragment inside reported speech followed by "according to" is sourced to the whole report, not quoted from it)
            bool comma = from > 1 && (t[from - 2] == ',' || (from < t.Length && t[from] == ','));
            if (comma && first + 2 < tokens.Count && tokens[first].Text.Equals("according", StringComparison.Ordinal) && tokens[first + 1].Text == "to")
            {
                int e = first + 2;
                while (e < tokens.Count && e < first + 18 && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e) || tokens[e].Text is "'" or "’")) e++;
                var who = resolver.Resolve(tokens[first + 2].Offset, tokens[e - 1].End);
                if (who != null) end = tokens[e - 1].End;
                return who;
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
                        // one apposition or several ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said";
                        // "Mitch McConnell, R-Ky., said"): segments up to the verb, none ending the sentence
                        int c2 = k + 1, segments = 1;
                        while (c2 < tokens.Count && c2 < k + 40)
                        {
                            string x = tokens[c2].Text;
                            if (x == ",")
                            {
                                if (c2 + 1 < tokens.Count && IsVerb(tokens[c2 + 1].Text, cues.Attribution)) break;
                                if (++segments > 3) break;
                            }
                            else if (x == "." && !cues.AbbreviationDot(tokens, c2) && !(c2 + 1 < tokens.Count && tokens[c2 + 1].Text == ",")) break;
                            else if (x is "“" or "”" or "\"" or "«" or "»" or "„") break;
                            c2++;
                        }
                        if (c2 + 1 < tokens.Count && tokens[c2].Text == "," && IsVerb(tokens[c2 + 1].Text, cues.Attribution))
                        {
                            int j2 = c2 + 2;
                            while (j2 < tokens.Count && tokens[j2].IsWord && j2 < c2 + 4) j2++;
                            end = tokens[Math.Min(j2, tokens.Count) - 1].End;
                            return (named, t.Substring(tokens[first].Offset, tokens[k - 1].End - tokens[first].Offset));
                        }
                    }
                    // “…,” his wife, Marta Oyelaran, wrote. / “…,” the port's spokesman, Pietro Lanza, said. — a description, then the name
                    // in apposition between commas, then the verb: the name is the speaker
                    if (tk.Text == "," && k > first && AppositionName(t, tokens, k, resolver, cues) is { } apposed)
                    {
                        end = apposed.End;
                        return (apposed.Speaker, apposed.Surface);
                    }
                    break;
                }
                if (!IsVerb(tk.Text, cues.Attribution)) continue;
                if (k == first)
                {
                    // verb first: "said Makei", "said the minister", "said Aaron David Miller of the Woodrow Wilson Center"
                    int e = k + 1;
                    // ("said 9/11 widow Terry Strada": a number with a slash is part of the description)
                    // (a relative clause is not part of the subject: "said a shipping expert who has worked for …")
                    while (e < tokens.Count && e < k + 12 && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e)
                        || (tokens[e].Text == "/" && e + 1 < tokens.Count && tokens[e + 1].IsWord && tokens[e].Offset == tokens[e - 1].End))
                        && !(e > k + 1 && resolver.Relatives.Contains(tokens[e].Text))) e++;
                    if (e == k + 1) return null;
                    var who = resolver.Resolve(tokens[k + 1].Offset, tokens[e - 1].End);
                    end = tokens[e - 1].End;
                    // "said the mayor's chief of staff, Jane Roe," / "said her deputy at the port, Jane Roe": a description,
                    // then the name in apposition
                    if (resolver.Named(tokens[k + 1].Offset, tokens[e - 1].End) == null && e < tokens.Count && tokens[e].Text == ","
                        && ApposedAfterDescription(t, tokens, e, resolver, cues) is { } apposed)
                    {
                        end = apposed.End;
                        return (apposed.Speaker, apposed.Surface);
                    }
                    return who;
                }
                // adverbs between the subject and its verb belong to neither ("he later said", "Asante then added")
                int subjectEnd = k - 1;
                while (subjectEnd > first && cues.Adverbs.Contains(tokens[subjectEnd].Text)) subjectEnd--;
                var r = resolver.Resolve(tokens[first].Offset, tokens[subjectEnd].End);
                if (r == null) return null;
                // the attribution runs to the end of its clause ("told Belsat", "said as he met ...")
                int j = k + 1;
                while (j < tokens.Count && tokens[j].IsWord && j < k + 3) j++;
                end = tokens[Math.Min(j, tokens.Count) - 1].End;
                return r;
            }
            return null;
        }

        /// <summary>After the comma at <paramref name="comma"/>: a name that closes the sentence or its own apposition (", Jane Roe,
        /// who …", ", Jane Roe."): that name, its surface and where it ends.</summary>
        private static (string Speaker, string Surface, int End)? ApposedAfterDescription(string t, TokenList tokens, int comma, SpeakerResolver resolver, StatementCues cues)
        {
            if (NameAfterComma(t, tokens, comma, resolver, cues, capitalisedOnly: true) is not { } m) return null;
            if (m.Next < tokens.Count && !(tokens[m.Next].Text is "," or "." or ";")) return null;
            return (m.Speaker, m.Surface, tokens[m.Next - 1].End);
        }

        /// <summary>After the comma at <paramref name="comma"/>: a name, a comma and a verb of saying ("…, Marta Oyelaran, wrote"):
        /// that name, its surface, and where the verb ends.</summary>
        private static (string Speaker, string Surface, int End)? AppositionName(string t, TokenList tokens, int comma, SpeakerResolver resolver, StatementCues cues)
        {
            if (NameAfterComma(t, tokens, comma, resolver, cues, capitalisedOnly: false) is not { } m) return null;
            int n = m.Next;
            if (n + 1 >= tokens.Count || tokens[n].Text != "," || !IsVerb(tokens[n + 1].Text, cues.Attribution)) return null;
            return (m.Speaker, m.Surface, tokens[n + 1].End);
        }

        /// <summary>The words after the comma at <paramref name="comma"/> (at most <see cref="MaxNameWords"/>; capitalised ones only
        /// when asked) when a named person heads them: the person, the words as written and the token after them.</summary>
        private static (string Speaker, string Surface, int Next)? NameAfterComma(string t, TokenList tokens, int comma, SpeakerResolver resolver, StatementCues cues, bool capitalisedOnly)
        {
            int n = comma + 1;
            while (n < tokens.Count && n < comma + 1 + MaxNameWords && ((tokens[n].IsWord && (!capitalisedOnly || tokens[n].IsCapitalized)) || cues.AbbreviationDot(tokens, n))) n++;
            if (n == comma + 1) return null;
            var first = tokens[comma + 1];
            if (resolver.Named(first.Offset, tokens[n - 1].End) is not { } named) return null;
            return (named, t.Substring(first.Offset, tokens[n - 1].End - first.Offset), n);
        }

        /// <summary>The most words a name in apposition has ("Gabriela Violeta Lazar", "Jean-Claude Juncker").</summary>
        private const int MaxNameWords = 5;

        /// <summary>"Senator Jane Roe spoke on Fox News, “…”" / "In a speech, Roe praised the deal: “…”": a quote that follows a
        /// comma or a colon, in a sentence with no verb of saying, is the words of the sentence's subject — a name or an
        /// organisation at the start of the sentence (or right after its opening adverbial), followed by its verb.</summary>
        internal static (string Speaker, string Surface)? SubjectIntroducing(string t, int sentenceStart, int quoteOpen, SpeakerResolver resolver, StatementCues cues)
        {
            int c = quoteOpen - 1;
            while (c >= sentenceStart && char.IsWhiteSpace(t[c])) c--;
            if (c < sentenceStart || !(t[c] is ',' or ':')) return null;
            if (quoteOpen - sentenceStart > 400) return null;
            var tokens = Tokenizer.Tokenize(t, sentenceStart, c);
            if (tokens.Count < 2) return null;
            foreach (var tk in tokens) if (tk.Text is "“" or "”" or "\"" or "«" or "»" or "„") return null; // another quotation first
            if (t[c] == ':' && NameLabel(t, tokens, resolver, cues) is { } label) return label;
            int comma = tokens.FindIndex(x => x.Text == ",");
            foreach (int from in new[] { 0, comma >= 0 && comma < 8 ? comma + 1 : -1 })
            {
                int s0 = from;
                if (s0 < 0 || s0 >= tokens.Count || !tokens[s0].IsWord) continue;
                // "As Jane Roe, a former minister, put it: “…”": the subject of an "as" clause of saying
                if (tokens[s0].Text is "as" or "As" && s0 + 1 < tokens.Count && tokens[s0 + 1].IsWord && char.IsUpper(tokens[s0 + 1].Text[0])) s0++;
                bool described = false;
                for (int e = s0; e < tokens.Count - 1 && e < s0 + 9; e++)
                {
                    var w = tokens[e];
                    if (!w.IsWord && !cues.AbbreviationDot(tokens, e)) break;
                    // a subject of names only, or a description that a name closes ("Port director Jane Roe
                    // issued a statement:"): then only a named person counts
                    if (w.IsWord && char.IsLower(w.Text[0]) && !(e == s0 && w.Text is "the" or "a" or "an"))
                    {
                        if (IsVerb(w.Text, cues.Attribution) || cues.Determiners.Contains(w.Text) || Preposition(w.Text) || w.Text is "and" or "or" or "but") break;
                        described = true;
                        continue;
                    }
                    if (!described && e >= s0 + 6) break;
                    var next = tokens[e + 1];
                    bool verbFollows = (next.IsWord && char.IsLower(next.Text[0])) || next.Text == ",";
                    if (!verbFollows) continue;
                    if (described)
                    {
                        if (resolver.Named(tokens[s0].Offset, w.End) is { } person) return (person, t.Substring(tokens[s0].Offset, w.End - tokens[s0].Offset));
                        continue;
                    }
                    if (resolver.Resolve(tokens[s0].Offset, w.End) is { } who) return who;
                }
            }
            return null;
        }

        /// <summary>"Jane Roe: “…”", "Rep. Jane Roe (D-Ohio): “…”", "… — Jane Roe: “…”": a name alone before the colon, at the
        /// start of the sentence or after a dash, labels the quotation as that person's words.</summary>
        private static (string Speaker, string Surface)? NameLabel(string t, TokenList tokens, SpeakerResolver resolver, StatementCues cues)
        {
            int e = tokens.Count - 1;
            if (e >= 0 && tokens[e].Text == ")")
            {
                int open = e - 1;
                while (open >= 0 && open > e - 8 && tokens[open].Text != "(") open--;
                if (open <= 0 || tokens[open].Text != "(") return null;
                e = open - 1;
            }
            int b = e;
            // names and the words of a title before them ("Former port director of Lagos Jane Roe:")
            while (b >= 0 && e - b < MaxNameWords + 6 && (tokens[b].IsWord || cues.AbbreviationDot(tokens, b))
                   && !IsVerb(tokens[b].Text, cues.Attribution) && !cues.Determiners.Contains(tokens[b].Text)) b--;
            if (b == e || !tokens[e].IsCapitalized) return null;
            // the run must open the sentence or follow a dash
            if (b >= 0 && !(tokens[b].Text is "-" or "—" or "–")) return null;
            int s0 = b + 1;
            if (resolver.Named(tokens[s0].Offset, tokens[e].End) is not { } named) return null;
            return (named, t.Substring(tokens[s0].Offset, tokens[e].End - tokens[s0].Offset));
        }

        /// <summary>X said: “…” / X expressed “…” / According to X, “…” — the nearest attribution verb before the quote in its
        /// sentence whose subject resolves (a participle — "…, saying “…”" — takes the subject of the sentence).</summary>
        internal static (string Speaker, string Surface)? AttributionBefore(string t, int sentenceStart, int quoteOpen, SpeakerResolver resolver, StatementCues cues)
        {
            int from = Math.Max(sentenceStart, quoteOpen - 600);
            var tokens = Tokenizer.Tokenize(t, from, quoteOpen);
            if (Accordingly(tokens, resolver, out var acc)) return acc;
            // "Said Ellis: “…”" / "Added the minister, “…”": the verb opens the sentence, the speaker follows it
            if (tokens.Count >= 3 && tokens[0].IsWord && char.IsUpper(tokens[0].Text[0]) && tokens[tokens.Count - 1].Text is ":" or ","
                && cues.Attribution.Contains(tokens[0].Text.ToLowerInvariant()) && tokens[0].Text.EndsWith("d", StringComparison.Ordinal) && tokens.Count <= 14)
                return resolver.Resolve(tokens[1].Offset, tokens[tokens.Count - 2].End);
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
    }
}
