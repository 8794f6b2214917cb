using System;
using System.Runtime.CompilerServices;
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
    /// <summary>Reported speech: "X said (that) …", "…, X said.", "according to X, …", "in his words, …",
    /// "X believes/stressed/noted … that …", "X urged Y to …". Work per sentence is bounded.</summary>
    internal static class ReportedSpeech
    {
        internal const int MaxClauseChars = 2000;

        [MethodImpl(Jit.Optimized)]
        internal static void IndirectInSentence(ArticleDocument doc, Sentence s, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result,
            List<DiagnosticModel>? diagnostics = null)
        {
            string t = doc.Text;
            var tokens = doc.Tokens(s.Offset, s.End);
            if (tokens.Count < 3) return;

            // "According to X, CLAUSE" / "In his words, CLAUSE" (also after "But", "And": "But according to X, …")
            var opening = tokens.Count > 4 && tokens[0].Text is "But" or "And" or "Yet" or "So" or "Still" && tokens[1].Text == "according" ? tokens.GetRange(1, tokens.Count - 1) : tokens;
            if (AccordingToSource(t, opening, resolver, cues, out var acc) || Accordingly(opening, resolver, out acc))
            {
                int c = opening.FindIndex(x => x.Text == ",");
                if (c >= 0 && c + 1 < opening.Count) Add(doc, result, opening[c + 1].Offset, s.End, acc!.Value, inQuote);
                return;
            }
            if (AccordingTo.Opening(opening, out int openComma))
            {
                // "According to a count by the news agency, …": a source that names nobody — kept with no speaker (SG0102)
                string surface = t.Substring(opening[2].Offset, opening[openComma - 1].End - opening[2].Offset);
                NoSpeaker(doc, diagnostics, Add(doc, result, opening[openComma + 1].Offset, s.End, (null, surface), inQuote));
                return;
            }
            // "CLAUSE, according to X."
            int ac = AccordingTo.Find(tokens);
            if (ac > 0 && !inQuote.Contains(tokens[ac].Offset) && !HasVerbOfSaying(tokens, 0, ac, cues) && AccordingTo.SourceSpan(tokens, ac, cues, out int srcEnd))
            {
                int clauseEnd = tokens[ac - 1].Text == "," ? tokens[ac - 1].Offset : tokens[ac].Offset;
                if (Sources.Resolve(t, tokens, ac + 2, srcEnd, resolver, cues) is { } source) Add(doc, result, tokens[0].Offset, clauseEnd, source, inQuote);
                else NoSpeaker(doc, diagnostics, Add(doc, result, tokens[0].Offset, clauseEnd, (null, t.Substring(tokens[ac + 2].Offset, tokens[srcEnd].End - tokens[ac + 2].Offset)), inQuote));
            }
            // "A, according to X, B.": the clause around the parenthetical cue
            else if (ac > 0 && !inQuote.Contains(tokens[ac].Offset) && !HasVerbOfSaying(tokens, 0, ac, cues) && AccordingTo.Parenthetical(tokens, ac, cues, out srcEnd, out int rest))
            {
                (string? Speaker, string Surface) src = Sources.Resolve(t, tokens, ac + 2, srcEnd, resolver, cues) is { } known ? known
                    : (null, t.Substring(tokens[ac + 2].Offset, tokens[srcEnd].End - tokens[ac + 2].Offset));
                AroundParenthetical(doc, tokens, ac - 1, rest, s.End, src, cues, inQuote, result, diagnostics);
            }

            for (int v = 0; v < tokens.Count; v++)
                if (tokens[v].Text is "asked" or "Asked" && !inQuote.Contains(tokens[v].Offset)) PassiveQuestion(doc, tokens, v, s.End, resolver, cues, inQuote, result, diagnostics);

            for (int v = 1; v < tokens.Count; v++)
            {
                var tk = tokens[v];
                if (!tk.IsWord || !IsVerb(tk.Text, cues.Reporting) || inQuote.Contains(tk.Offset)) continue;
                string prev = tokens[v - 1].Text.ToLowerInvariant();
                if (prev is "is" or "was" or "were" or "be" or "been" or "are" or "being") continue; // passive: "is said to"
                if (!cues.VerbNotNoun(tokens, v)) continue; // "denied reports that …", "made the same claim"
                int next = v + 1;
                if (next >= tokens.Count) { TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics); continue; }
                string nx = tokens[next].Text;
                if (nx == ".") { TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics); continue; }
                if (nx is ":" or "“" or "\"" or "‘" or "«" or "„" or "'" or "`") continue; // introduces a direct quote
                // "Roe insists, however, that …", "Roe replied, though, that …": an adverb set off by commas between the verb and its "that"
                if (nx == "," && next + 3 < tokens.Count && cues.Adverbs.Contains(tokens[next + 1].Text) && tokens[next + 2].Text == "," && tokens[next + 3].Text == "that")
                {
                    next += 3;
                    nx = tokens[next].Text;
                }
                if (nx == ",")
                {
                    // "…, X said, …" mid-sentence or "X said, “…”"
                    if (next + 1 < tokens.Count && tokens[next + 1].Text is "“" or "\"" or "«" or "„" or "'" or "`") continue;
                    TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics);
                    continue;
                }
                string verb = tk.Text.ToLowerInvariant();
                bool telling = cues.Telling.Contains(verb);
                // "CLAUSE, said X, a Y of Z."
                if ((prev == "," || TrailingAttributions.IsMark(prev)) && TrailingAttributions.VerbFirst(doc, tokens, v, resolver, cues, inQuote, result)) continue;

                // the listener and the adjuncts before the clause: "told reporters on Monday (that) …", "said in a statement, …"
                int afterListener = telling ? VerbComplements.ListenerEnd(tokens, next, cues) : next;
                int c = VerbComplements.AdjunctsEnd(tokens, afterListener, cues);
                bool comma = false;
                if (c > next && c < tokens.Count && tokens[c].Text == ",") { c++; comma = true; }
                int clauseStart = -1;
                bool question = false;
                if (c < tokens.Count && tokens[c].Text == "that") clauseStart = c + 1;
                // "asked (the students) whether they …": a reported question, its conjunction included
                else if (cues.QuestionVerbs.Contains(verb) && !IsClauseWord(prev) && !cues.Subordinators.Contains(prev) && VerbComplements.QuestionStart(tokens, next, cues) is int qc && qc >= 0)
                { clauseStart = qc; question = true; }
                else if (telling && VerbComplements.ThatWithin(tokens, next, 12) is int th && th > 0) clauseStart = th + 1; // "told The Ferry Gazette of Bay Town late on Friday that …"
                else if (c > next && c < tokens.Count && (cues.BareClause.Contains(verb) || telling || comma) && cues.ClauseComplement(tokens, c, verb))
                    clauseStart = c;
                // "a new timetable, which critics said was too tight", "the route that Roe said made money": the relative's own clause,
                // whose subject is the relative before the speaker
                if (clauseStart < 0 && c == next && (cues.FiniteMarkers.Contains(nx) || (nx.EndsWith("ed", StringComparison.Ordinal) && nx.Length > 4)) && char.IsLower(nx[0]) && RelativeBefore(tokens, v, cues))
                    clauseStart = next;
                if (clauseStart < 0 && c < tokens.Count && cues.AdjunctPrepositions.Contains(tokens[c].Text) && c > next)
                {
                    // "said Thursday during a taping of a town hall meeting in Buffalo, New York, that …"
                    int th3 = VerbComplements.ThatWithin(tokens, c + 1, 14, commas: true);
                    if (th3 > 0) clauseStart = th3 + 1;
                }
                if (clauseStart < 0 && nx is "on" or "at" or "in" or "during" or "after" or "when" or "while")
                {
                    // "said on Monday in Minsk that …", "says at a campaign stop in Toledo, Ohio, that …": the clause follows the "that"
                    int th2 = VerbComplements.ThatWithin(tokens, next + 1, 10, commas: true);
                    if (th2 > 0) clauseStart = th2 + 1;
                }
                if (clauseStart < 0 && c > next && !(c < tokens.Count && tokens[c].Text == "to" && cues.Infinitive.Contains(verb)))
                {
                    // "…, X said on Monday." / "A, X said in a statement, B." — the reported clause is around the attribution
                    TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics);
                    continue;
                }
                if (clauseStart < 0 && nx is "as" or "on" or "at" or "in" or "during" or "after" or "when" or "while" && c == next)
                {
                    // "…, X said as he met …": the reported clause is before the attribution
                    TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics);
                    continue;
                }
                var who = SubjectBefore(tokens, v, resolver, cues);
                bool person = who != null;
                if (who == null) who = SourceSubject(t, tokens, v, resolver, cues);
                int bare = clauseStart >= 0 ? clauseStart : c > next ? -1 : nx == "that" ? next + 1
                    : cues.BareClause.Contains(verb) && cues.ClauseComplement(tokens, next, verb) ? next : -1;
                if (who == null && bare >= 0 && bare < tokens.Count)
                {
                    // "They said that …", "The Indiana governor said …": a subject that names nobody the article resolves —
                    // the statement is kept with no speaker (SG0102), never with a guessed one; a longer subject that names a
                    // group or a document ("Several ferry captains from the northern ports said …") is the speaker as written
                    string? surface = null, group = null;
                    if ((Unresolved.SubjectSpan(tokens, v, cues) ?? Unresolved.LongSubject(tokens, v, cues)) is { } span)
                    {
                        surface = t.Substring(tokens[span.Start].Offset, tokens[span.End].End - tokens[span.Start].Offset);
                        group = Unresolved.GroupSpeaker(t, tokens, span.Start, span.End, cues);
                    }
                    if (surface != null)
                    {
                        int e0 = ClauseEnd(tokens, bare, s.End, cues);
                        var kept = Add(doc, result, tokens[bare].Offset, e0, (group, surface), inQuote);
                        if (group == null) NoSpeaker(doc, diagnostics, kept);
                        continue;
                    }
                }
                if (who == null) { if (tokens[v - 1].IsWord) TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics); continue; }

                if (clauseStart >= 0) { }
                else if (telling && c == next && !cues.Infinitive.Contains(verb)) { TrailingAttribution(doc, tokens, v, resolver, cues, inQuote, result, diagnostics); continue; }
                else if (nx == "that") clauseStart = next + 1;
                else if (cues.Infinitive.Contains(verb))
                {
                    // "urged the leaders to stay calm", "offered to ensure …", "vowed to fight": the infinitive is what was said
                    // ("promised support to Ukraine" is no infinitive: "to" is followed by a name or a determiner)
                    int to = -1;
                    for (int q = c; q < tokens.Count && q <= c + 4 && tokens[q].IsWord; q++) if (tokens[q].Text == "to") { to = q; break; }
                    if (to < 0 || to + 1 >= tokens.Count) continue;
                    int a1 = to + 1;
                    // "told supporters to “go and vote”": the infinitive inside an opening quotation mark
                    if (tokens[a1].Text is "“" or "\"" or "‘" && a1 + 1 < tokens.Count) a1++;
                    string after = tokens[a1].Text;
                    if (!tokens[a1].IsWord || char.IsUpper(after[0]) || char.IsDigit(after[0]) || cues.Determiners.Contains(after)) continue;
                    // "a participant who asked not to be named": the source's terms of anonymity, not a statement
                    if (after is "be" or "remain" && a1 + 1 < tokens.Count && cues.Anonymity.Contains(tokens[a1 + 1].Text)) continue;
                    clauseStart = to;
                }
                else if (cues.NounObject.Contains(verb) || (cues.BareClause.Contains(verb) && cues.ClauseComplement(tokens, next, verb)))
                    clauseStart = next;
                else continue;
                if (clauseStart >= tokens.Count) continue;

                int end = ClauseEnd(tokens, clauseStart, s.End, cues);
                // "Jane Roe, who said the port would reopen, left early": the clause of a relative between commas ends where the
                // sentence's own verb comes back
                if (v >= 2 && cues.Relatives.Contains(tokens[v - 1].Text) && tokens[v - 2].Text == ",") end = RelativeClauseEnd(tokens, clauseStart, end, cues);
                // "While Roe said that the port would reopen, she did not say when": the verb in a subordinate clause opening the
                // sentence — the reported clause ends at the comma before the main clause's subject
                else if (cues.OpeningSubordinators.Contains(tokens[0].Text.ToLowerInvariant()) && !HasCommaBefore(tokens, v)) end = MainClauseComma(tokens, clauseStart, end, cues);
                Add(doc, result, tokens[clauseStart].Offset, end, who.Value, inQuote);
                // a question hands the word to the one asked ("Roe asked Moe how …" — the quote that follows is Moe's answer): the
                // listener, when named, is the last speaker, never the asker
                if (question)
                {
                    if (clauseStart > next && resolver.Resolve(tokens[next].Offset, tokens[clauseStart - 1].End) is { Speaker: { } listener }) resolver.LastSpeaker = (listener, tk.Offset);
                }
                else if (person) resolver.LastSpeaker = (who.Value.Speaker, tk.Offset); // a source phrase is nobody "he" refers to
            }
        }

        /// <summary>"A, according to X, B." / "A, said X, a Y of Z, B.": one clause around an attribution set off by commas — the
        /// first part ends at <paramref name="comma"/>, the second starts at <paramref name="rest"/>. The first part is left out when it
        /// is a single word ("But, according to X, …"); a subordinate clause after the attribution ("…, according to X, although …")
        /// is the reporter's, and the statement is the first part. Clauses with quotation marks are the direct-quote stage's.</summary>
        internal static void AroundParenthetical(ArticleDocument doc, TokenList tokens, int comma, int rest, int sentenceEnd, (string? Speaker, string Surface) who,
            StatementCues cues, QuoteSpans inQuote, List<StatementModel> result, List<DiagnosticModel>? diagnostics)
        {
            int from = 0;
            for (int k = comma - 1; k > 0; k--)
                if (tokens[k].Text is ";" || (tokens[k].Text == ":" && k + 1 < tokens.Count && tokens[k + 1].Offset > tokens[k].End)) { from = k + 1; break; }
            if (from >= comma || inQuote.Contains(tokens[from].Offset) || inQuote.Contains(tokens[rest].Offset)) return;
            int end = ClauseEnd(tokens, rest, sentenceEnd, cues);
            for (int k = from; k < tokens.Count && tokens[k].Offset < end; k++) if (TrailingAttributions.IsMark(tokens[k].Text)) return;
            // "X reported, according to Y, …": the first part has an attribution of its own
            for (int k = from + 1; k < comma; k++) if (tokens[k].IsWord && IsVerb(tokens[k].Text, cues.Reporting)) return;
            int restEnd = rest;
            while (restEnd < tokens.Count && tokens[restEnd].Offset < end) restEnd++;
            bool firstVerb = cues.HasVerb(tokens, from, comma), restVerb = cues.HasVerb(tokens, rest, restEnd);
            if (!firstVerb && !restVerb) return;
            // a first part with no verb is the subject or a fronted phrase of the clause whose verb follows the attribution ("The
            // implication, according to X, is …", "At the heart of it, according to X, was …"); before a clause with a subject of
            // its own it is an opening adverbial ("At the same time, according to X, the troops …"), and the attribution may be to
            // the adverbial's setting rather than to the clause: left alone
            if (!firstVerb && comma - from > 1 && !cues.HasVerb(tokens, rest, rest + 1)) return;
            var last = tokens[comma - 1].Text;
            bool dangling = last is "and" or "or" or "but" || Preposition(last) || cues.Subordinators.Contains(last);
            StatementModel? kept;
            // "…, largely Kurdish and, according to X, supportive of …", "… after, according to him, the network censured …": the
            // attribution interrupts a coordination or a subordinate clause — the statement is what follows, when it is a clause
            if (dangling)
            {
                if (!restVerb) return;
                kept = Add(doc, result, tokens[rest].Offset, end, who, inQuote);
            }
            else
            // "…, according to X, although …" (the reporter's subordinate clause) / "…, according to X, two of the five …" (a second
            // apposition of the source): the statement is the first part
            if (firstVerb && (!restVerb || (cues.Subordinators.Contains(tokens[rest].Text) && char.IsLower(tokens[rest].Text[0]))))
                kept = Add(doc, result, tokens[from].Offset, tokens[comma].Offset, who, inQuote);
            else if (comma - from == 1)
                kept = Add(doc, result, tokens[rest].Offset, end, who, inQuote);
            else kept = AddParts(doc, result, tokens[from].Offset, tokens[comma].Offset, tokens[rest].Offset, end, who, inQuote);
            if (who.Speaker == null) NoSpeaker(doc, diagnostics, kept);
        }

        /// <summary>A relative pronoun ("which", "that", "what") a few words before the verb, with only the subject's words between.</summary>
        private static bool RelativeBefore(TokenList tokens, int v, StatementCues cues)
        {
            for (int k = v - 1; k >= 1 && k >= v - 5; k--)
            {
                if (!tokens[k].IsWord && !cues.AbbreviationDot(tokens, k)) return false;
                if (tokens[k].Text is "which" or "that" or "what") return k < v - 1;
                if (cues.FiniteMarkers.Contains(tokens[k].Text) && !cues.Adverbs.Contains(tokens[k].Text) || IsVerb(tokens[k].Text, cues.Reporting)) return false;
            }
            return false;
        }

        /// <summary>SG0102 for a reported statement kept without a speaker.</summary>
        internal static void NoSpeaker(ArticleDocument doc, List<DiagnosticModel>? diagnostics, StatementModel? kept)
        {
            if (kept != null && diagnostics != null)
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.NoSpeaker, DiagnosticSeverityModel.Info,
                    "no speaker could be resolved for this reported statement; it was kept without one", doc.File, kept.Span));
        }

        /// <summary>"According to the National Conference of State Legislatures, …": the cue opens the sentence and names a source
        /// the resolver does not know as a person or organisation.</summary>
        private static bool AccordingToSource(string t, TokenList tokens, SpeakerResolver resolver, StatementCues cues, out (string Speaker, string Surface)? who)
        {
            who = null;
            if (tokens.Count < 4 || !tokens[0].Text.Equals("According", StringComparison.OrdinalIgnoreCase) || tokens[1].Text != "to") return false;
            int c = tokens.FindIndex(x => x.Text == ",");
            if (c <= 2 || c >= 14) return false;
            who = Sources.Resolve(t, tokens, 2, c - 1, resolver, cues);
            return who != null;
        }

        /// <summary>The subject phrase right before the verb (back to a clause word or comma) as a source phrase.</summary>
        private static (string Speaker, string Surface)? SourceSubject(string t, TokenList tokens, int v, SpeakerResolver resolver, StatementCues cues)
        {
            int k = v - 1;
            k = cues.SkipBackAdjuncts(tokens, k);
            if (k > 2 && tokens[k].Text == "," && ApposedSource(t, tokens, k, cues) is { } apposed) return apposed;
            if (k < 0 || !tokens[k].IsWord) return null;
            // "voters who said …": the group the relative pronoun stands for (a restrictive relative, no comma before it)
            if (k > 0 && cues.Relatives.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]) && tokens[k - 1].IsWord && char.IsLower(tokens[k - 1].Text[0]))
            {
                int e = k - 1, b = e;
                while (b > 0 && b > e - 4 && tokens[b - 1].IsWord && !IsClauseWord(tokens[b - 1].Text) && !Preposition(tokens[b - 1].Text)
                       && !cues.MorePrepositions.Contains(tokens[b - 1].Text) && !IsVerb(tokens[b - 1].Text, cues.Reporting)) b--;
                return Sources.Phrase(t, tokens, b, e, cues);
            }
            int start = k;
            while (start > 0 && start > k - 8 && tokens[start - 1].IsWord && !IsClauseWord(tokens[start - 1].Text)) start--;
            if (start > 0 && tokens[start - 1].IsWord && Preposition(tokens[start - 1].Text)) return null;
            return Sources.Phrase(t, tokens, start, k, cues);
        }

        /// <summary>"Blue Line Ferries, a family firm, says …": the source phrase that opens the sentence, before an
        /// apposition set off by the comma at <paramref name="comma"/> and the one before it.</summary>
        private static (string Speaker, string Surface)? ApposedSource(string t, TokenList tokens, int comma, StatementCues cues)
        {
            int first = tokens.FindIndex(x => x.Text == ",");
            if (first < 1 || first >= comma - 1 || first > 8) return null;
            // the apposition is a noun phrase: it opens with a determiner or a lower-case word and has no verb of its own
            var open = tokens[first + 1];
            if (!open.IsWord || !(cues.Determiners.Contains(open.Text) || char.IsLower(open.Text[0]))) return null;
            for (int i = first + 1; i < comma; i++)
                if (!tokens[i].IsWord && tokens[i].Text is not ("-" or "’" or "'") || cues.FiniteMarkers.Contains(tokens[i].Text) || cues.Relatives.Contains(tokens[i].Text)) return null;
            int a = tokens[0].Text is "But" or "And" or "So" ? 1 : 0;
            return Sources.Phrase(t, tokens, a, first - 1, cues);
        }

        /// <summary>A reported clause ends at the sentence end, at ", and &lt;verb&gt;ing" (a second participle) or
        /// " and &lt;reporting verb&gt;" (a second statement), and after at most a bounded length.</summary>
        internal static int ClauseEnd(TokenList tokens, int clauseStart, int sentenceEnd, StatementCues cues)
        {
            for (int j = clauseStart + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Offset - tokens[clauseStart].Offset > MaxClauseChars) return tokens[j].Offset;
                // "…, saying that …": a participle of saying starts another statement
                if (tokens[j].Text == "," && j + 1 < tokens.Count && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal)
                    && (IsVerb(tokens[j + 1].Text, cues.Attribution) || IsVerb(tokens[j + 1].Text, cues.Quoting)))
                    return tokens[j].Offset;
                if (tokens[j].Text == ";") return tokens[j].Offset;
                // "…, 32% call themselves …", "…, 34 percent conservative": the next share of a poll's answers
                if (tokens[j].Text == "," && j + 2 < tokens.Count && char.IsDigit(tokens[j + 1].Text[0]) && tokens[j + 2].Offset <= tokens[j + 1].End + 1
                    && (tokens[j + 2].Text == "%" || cues.GroupShares.Contains(tokens[j + 2].Text)) && ShareSays(tokens, j + 3, cues)) return tokens[j].Offset;
                // "…, compared with a year ago …": the reporter's comparison, not the speaker's clause
                if (tokens[j].Text == "," && j + 1 < tokens.Count && cues.ClauseBreaks.Contains(tokens[j + 1].Text)) return tokens[j].Offset;
                // "…, but for Republicans it is …", "…, and to date has only …": the reporter goes on, the clause has ended
                if (tokens[j].Text == "," && j + 2 < tokens.Count && tokens[j + 1].Text is "and" or "but"
                    && (Preposition(tokens[j + 2].Text) || cues.AdjunctPrepositions.Contains(tokens[j + 2].Text)))
                    return tokens[j].Offset;
                // "…, who continue to protest", "…, a range of nerve agents": a relative clause or an apposition the reporter adds
                if (tokens[j].Text == "," && j + 1 < tokens.Count && cues.AppositionOpeners.Contains(tokens[j + 1].Text))
                    return tokens[j].Offset;
                // "… by saying …", "… while adding …": a participle of saying after a preposition starts another statement
                if (tokens[j].Text is "by" or "while" or "when" or "after" && j + 1 < tokens.Count && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal)
                    && IsVerb(tokens[j + 1].Text, cues.Attribution))
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
                // "…, even though the rebels, who …, stated that …": a subordinate clause with a verb of saying of its own
                if (tokens[j].Text == "," && j + 1 < tokens.Count && cues.Subordinators.Contains(tokens[j + 1].Text) && HasVerbOfSaying(tokens, j + 2, Math.Min(tokens.Count, j + 30), cues))
                    return tokens[j].Offset;
                // "… according to X": the cue attributes what came before, it is not part of the clause
                if (tokens[j].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && j + 1 < tokens.Count && tokens[j + 1].Text == "to")
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
                // "…, as they assert …": a second speaker's verb after a conjunction and a pronoun
                if (tokens[j].Text is "as" or "while" && j + 2 < tokens.Count && cues.SubjectPronouns.Contains(tokens[j + 1].Text) && SecondStatement(tokens, j + 1, cues))
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
                if (tokens[j].Text is "and" or "but" && j + 1 < tokens.Count && (SecondStatement(tokens, j + 1, cues)
                    || (tokens[j].Text == "and" && tokens[j - 1].Text == "," && tokens[j + 1].Text.EndsWith("ing", StringComparison.Ordinal))))
                    return tokens[j - 1].Text == "," ? tokens[j - 1].Offset : tokens[j].Offset;
            }
            return sentenceEnd;
        }

        /// <summary>Does a verb follow a share before the next comma ("…, 32% call themselves …", "…, 46 percent of voters said …"; not
        /// "…, 15 percent over the limit")?</summary>
        private static bool ShareSays(TokenList tokens, int from, StatementCues cues)
        {
            int to = from;
            while (to < tokens.Count && to < from + 12 && tokens[to].Text is not ("," or "." or ";")) to++;
            return cues.HasVerb(tokens, from, to);
        }

        /// <summary>The first comma after <paramref name="clauseStart"/> that a lower-case word other than a pronoun, a determiner, a
        /// conjunction or a relative follows ("…, left early"); <paramref name="end"/> when there is none before it.</summary>
        private static int RelativeClauseEnd(TokenList tokens, int clauseStart, int end, StatementCues cues)
        {
            for (int j = clauseStart + 1; j + 1 < tokens.Count && tokens[j].Offset < end; j++)
            {
                if (tokens[j].Text != ",") continue;
                var n = tokens[j + 1];
                if (!n.IsWord || !char.IsLower(n.Text[0])) continue;
                if (cues.SubjectPronouns.Contains(n.Text) || cues.Determiners.Contains(n.Text) || cues.Relatives.Contains(n.Text) || cues.Subordinators.Contains(n.Text)
                    || n.Text is "and" or "or" or "but" || Preposition(n.Text) || cues.AppositionOpeners.Contains(n.Text)) continue;
                return tokens[j].Offset;
            }
            return end;
        }

        /// <summary>"When asked whether …", "was asked by a reporter what …", "Asked why …, X said": a question put to the subject — the
        /// question, its opener included, spoken by the asker after "by" or by nobody the sentence names (SG0102).</summary>
        private static void PassiveQuestion(ArticleDocument doc, TokenList tokens, int v, int sentenceEnd, SpeakerResolver resolver, StatementCues cues,
            QuoteSpans inQuote, List<StatementModel> result, List<DiagnosticModel>? diagnostics)
        {
            bool opensSentence = v == 0 || (v == 1 && cues.PassiveQuestionMarkers.Contains(tokens[0].Text.ToLowerInvariant()));
            if (!opensSentence && !(v > 0 && cues.PassiveQuestionMarkers.Contains(tokens[v - 1].Text))) return;
            // "Roe, when asked whether …, told …": a question set off between the subject and its verb is the setting of what
            // the subject says, not a statement of its own
            if (!opensSentence && v >= 2 && tokens[v - 2].Text == ",") return;
            int q = v + 1, byStart = -1, byEnd = -1;
            if (q < tokens.Count && tokens[q].Text == "by")
            {
                byStart = q + 1;
                for (q = byStart; q < tokens.Count && q < byStart + 8 && tokens[q].IsWord && !IsOpener(tokens[q].Text, cues); q++) { }
                byEnd = q;
            }
            q = VerbComplements.AdjunctsEnd(tokens, q, cues);
            if (q >= tokens.Count || !IsOpener(tokens[q].Text, cues) || q + 1 >= tokens.Count || !tokens[q + 1].IsWord) return;
            int end = ClauseEnd(tokens, q, sentenceEnd, cues);
            if (opensSentence) end = MainClauseComma(tokens, q, end, cues);
            (string? Speaker, string Surface)? asker = byEnd > byStart && byStart >= 0 ? resolver.Resolve(tokens[byStart].Offset, tokens[byEnd - 1].End) : null;
            if (asker != null) Add(doc, result, tokens[q].Offset, end, asker.Value, inQuote);
            else NoSpeaker(doc, diagnostics, Add(doc, result, tokens[q].Offset, end, (null, tokens[v].Text), inQuote));
        }

        private static bool IsOpener(string w, StatementCues cues) => cues.QuestionOpeners.Contains(w) || cues.PassiveQuestionOpeners.Contains(w);

        private static bool HasCommaBefore(TokenList tokens, int v)
        {
            for (int k = 1; k < v; k++) if (tokens[k].Text == ",") return true;
            return false;
        }

        /// <summary>The first comma after <paramref name="clauseStart"/> that a subject pronoun or a capitalised word then a lower-case
        /// word follows ("…, he appears", "…, Roe left") — not a list ("…, Roe and Moe"); <paramref name="end"/> when there is none.</summary>
        private static int MainClauseComma(TokenList tokens, int clauseStart, int end, StatementCues cues)
        {
            for (int j = clauseStart + 1; j + 2 < tokens.Count && tokens[j].Offset < end; j++)
            {
                if (tokens[j].Text != ",") continue;
                var n = tokens[j + 1];
                if (!n.IsWord) continue;
                if (cues.SubjectPronouns.Contains(n.Text)) return tokens[j].Offset;
                var n2 = tokens[j + 2];
                if (char.IsUpper(n.Text[0]) && n2.IsWord && char.IsLower(n2.Text[0]) && n2.Text is not ("and" or "or") && !Preposition(n2.Text)) return tokens[j].Offset;
            }
            return end;
        }

        /// <summary>A verb of saying (lower case, after a word) among tokens [from, to).</summary>
        internal static bool HasVerbOfSaying(TokenList tokens, int from, int to, StatementCues cues)
        {
            for (int k = Math.Max(1, from); k < to && k < tokens.Count; k++)
                if (tokens[k].IsWord && IsVerb(tokens[k].Text, cues.Reporting) && tokens[k - 1].IsWord && cues.VerbNotNoun(tokens, k) && k + 1 < tokens.Count
                    && (tokens[k + 1].Text == "that" || (cues.BareClause.Contains(tokens[k].Text) && cues.ClauseComplement(tokens, k + 1, tokens[k].Text)))) return true;
            return false;
        }

        /// <summary>After "and"/"but": a verb of saying, perhaps after a subject pronoun and adverbs ("and he also said that …",
        /// "but warned that …") — a second statement begins.</summary>
        private static bool SecondStatement(TokenList tokens, int j, StatementCues cues)
        {
            for (int k = j; k < tokens.Count && k <= j + 3 && tokens[k].IsWord; k++)
            {
                if (IsVerb(tokens[k].Text, cues.Reporting)) return k + 1 < tokens.Count && (tokens[k + 1].Text == "that" || k == j || cues.BareClause.Contains(tokens[k].Text));
                if (!(cues.SubjectPronouns.Contains(tokens[k].Text) || cues.Adverbs.Contains(tokens[k].Text))) return OtherSubjectSays(tokens, j, cues);
            }
            return false;
        }

        /// <summary>"… and the deckhands said …", "…, and two ferry captains said she …": a subject of its own (a few words, no
        /// punctuation) and a verb of saying with its clause — a second speaker's statement begins.</summary>
        private static bool OtherSubjectSays(TokenList tokens, int j, StatementCues cues)
        {
            for (int k = j + 1; k < tokens.Count && k <= j + 6; k++)
            {
                if (!tokens[k].IsWord) return false;
                if (IsVerb(tokens[k].Text, cues.Reporting))
                    return k + 1 < tokens.Count && (tokens[k + 1].Text == "that" || (cues.BareClause.Contains(tokens[k].Text) && cues.ClauseComplement(tokens, k + 1, tokens[k].Text)));
                if (cues.FiniteMarkers.Contains(tokens[k].Text) && !cues.Adverbs.Contains(tokens[k].Text)) return false;
            }
            return false;
        }

        internal static void TrailingAttribution(ArticleDocument doc, TokenList tokens, int v, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result,
            List<DiagnosticModel>? diagnostics) =>
            TrailingAttributions.SubjectFirst(doc, tokens, v, resolver, cues, inQuote, result, diagnostics);

        /// <summary>Two parts of one clause around a parenthetical attribution, joined as a reader reads them.</summary>
        internal static StatementModel? AddParts(ArticleDocument doc, List<StatementModel> result, int start1, int end1, int start2, int end2, (string? Speaker, string Surface) who, QuoteSpans inQuote)
        {
            string t = doc.Text;
            start1 = AfterDateline(doc, start1, end1);
            while (start1 < end1 && char.IsWhiteSpace(t[start1])) start1++;
            string left = t.Substring(start1, end1 - start1).Trim();
            string right = TrimEndPunctuation(t.Substring(start2, end2 - start2));
            string text = left + " " + right;
            if (ArticleReader.CountWords(text) < 3 || right.Length == 0) return null;
            if (!inQuote.IndirectStarts.Add(start1)) return null;
            var model = new StatementModel(StatementKindModel.Indirect, text, who.Speaker, who.Surface, null, doc.Span(start1, start2 + right.Length - start1));
            result.Add(model);
            return model;
        }

        /// <summary>"MINSK, 17 January (BelTA) – Belarus is ready …, X said": a clause that starts with the article's dateline starts
        /// after it (the dateline is no one's words).</summary>
        private static int AfterDateline(ArticleDocument doc, int start, int end)
        {
            if (doc.Paragraphs.Count == 0 || start > doc.Paragraphs[0].Offset + 80) return start;
            int dateline = Dateline.End(doc);
            return dateline > start && dateline < end ? dateline : start;
        }

        internal static StatementModel? Add(ArticleDocument doc, List<StatementModel> result, int start, int end, (string? Speaker, string Surface) who, QuoteSpans inQuote)
        {
            string t = doc.Text;
            start = AfterDateline(doc, start, end);
            while (start < end && char.IsWhiteSpace(t[start])) start++;
            string text = TrimEndPunctuation(t.Substring(start, end - start));
            if (ArticleReader.CountWords(text) < 3) return null;
            // a clause that is only a quotation is a direct statement, not a second, indirect one
            if (text.Length > 1 && (text[0] is '“' or '"' or '«' or '„') && (text[text.Length - 1] is '”' or '"' or '»' or '“')) return null;
            if (!inQuote.IndirectStarts.Add(start)) return null;
            var model = new StatementModel(StatementKindModel.Indirect, text, who.Speaker, who.Surface, null, doc.Span(start, text.Length));
            result.Add(model);
            return model;
        }
    }
}
