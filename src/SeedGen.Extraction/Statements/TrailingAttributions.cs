using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Statements.Subjects;
using static SeedGen.Extraction.Statements.ReportedSpeech;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Attribution after (or inside) the reported clause: "CLAUSE, X said (on Monday)." / "A, X said, B." (the clause around a
    /// parenthetical attribution is one statement) / "CLAUSE, said X, a Y of Z." (verb first). The speaker is the resolver's, or a
    /// source phrase (an organisation, an outlet, "a source"); never a guess.
    /// </summary>
    internal static class TrailingAttributions
    {
        private const int MaxSourceTokens = 12;

        /// <summary>"CLAUSE, X said." / "A, X said, B." for the verb at <paramref name="v"/>: the subject is between the last comma
        /// and the verb.</summary>
        internal static void SubjectFirst(ArticleDocument doc, TokenList tokens, int v, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result,
            List<DiagnosticModel>? diagnostics = null)
        {
            int comma = -1;
            for (int k = v - 1; k >= 0 && k >= v - MaxLookTokens; k--)
                if (tokens[k].Text == ",") { comma = k; break; }
            if (comma < 1 || comma + 1 >= v) return;
            int from = 0;
            for (int k = comma - 1; k > 0; k--) if (tokens[k].Text is ";" or ":") { from = k + 1; break; } // "…; many positions, they say, are …"
            // "… the ferry will be “back on the water by June,” she added": the quotation closes after the clause's comma; the
            // subject follows the closing mark
            int subjectStart = comma + 1;
            while (subjectStart < v && IsMark(tokens[subjectStart].Text)) subjectStart++;
            if (subjectStart >= v) return;
            bool mixed = OpensWithOwnWords(tokens, from, comma, inQuote);
            if (!mixed)
                for (int k = comma - 1; k < v; k++)
                    if (tokens[k].Text is "”" or "\"" or "’" or "“" or "»" or "'") return; // a direct quote, handled there
            int subjectEnd = v - 1;
            while (subjectEnd > subjectStart && cues.Adverbs.Contains(tokens[subjectEnd].Text)) subjectEnd--;
            (string? Speaker, string Surface)? who = resolver.Resolve(tokens[subjectStart].Offset, tokens[subjectEnd].End);
            bool person = who != null;
            who ??= Sources.Phrase(doc.Text, tokens, subjectStart, subjectEnd, cues);
            // "…, they say." / "…, the former chief executive added.": a subject that names nobody — kept with no speaker
            bool unresolved = false;
            if (who == null && subjectEnd - subjectStart < 8 && (cues.SubjectPronouns.Contains(tokens[subjectStart].Text) && subjectEnd == subjectStart
                || (cues.Determiners.Contains(tokens[subjectStart].Text) && char.IsLower(tokens[subjectStart].Text[0]) && subjectEnd > subjectStart)))
            {
                who = (null, doc.Text.Substring(tokens[subjectStart].Offset, tokens[subjectEnd].End - tokens[subjectStart].Offset));
                unresolved = true;
            }
            if (who == null) return;
            if (inQuote.Contains(tokens[0].Offset)) return;
            if (tokens[comma].Offset - tokens[0].Offset > MaxClauseChars) return; // no reader's clause; keeps the work per verb bounded
            // "X insisted that …, he said": the clause has its own attribution (added by it)
            if (HasVerbOfSaying(tokens, 0, comma, cues)) return;
            // the rest of the sentence after the attribution and its adjuncts: "Acts of protest, Mr. Obama said, are acts of …"
            int after = VerbComplements.AdjunctsEnd(tokens, cues.Telling.Contains(tokens[v].Text) ? VerbComplements.ListenerEnd(tokens, v + 1, cues) : v + 1, cues);
            // the verb has no object of its own ("…, X has claimed victory" is no attribution of what came before)
            if (after < tokens.Count && tokens[after].IsWord && !cues.Subordinators.Contains(tokens[after].Text) && !IsClauseWord(tokens[after].Text)
                && !cues.Audience.Contains(tokens[after].Text)) return;
            int rest = -1;
            if (after + 1 < tokens.Count && tokens[after].Text == "," && tokens[after + 1].IsWord && !cues.Subordinators.Contains(tokens[after + 1].Text)
                && !cues.Relatives.Contains(tokens[after + 1].Text) && !(tokens[after + 1].Text.EndsWith("ing", StringComparison.Ordinal) && IsVerb(tokens[after + 1].Text, cues.Attribution)))
                rest = after + 1;
            // the clause must be a clause of its own (not "Lukashenko, the President said", not "Earlier this week, X said")
            if (rest < 0 && (comma < 3 || !cues.HasVerb(tokens, 0, comma))) return;
            int sentenceEnd = tokens[tokens.Count - 1].End;
            if (from >= comma) return;
            // a quotation mark in the clause (an unclosed quote, a quote of its own): the direct-quote stage's, not reported speech —
            // unless the reporter's own words open the clause and the quotation only finishes it (a partial quote inside)
            if (!mixed) for (int k = from; k < comma; k++) if (tokens[k].Text is "“" or "”" or "\"" or "«" or "»" or "„") return;
            int clauseEnd = tokens[comma].Offset;
            var kept = rest < 0 ? Add(doc, result, tokens[from].Offset, clauseEnd, who.Value, inQuote)
                : AddParts(doc, result, tokens[from].Offset, clauseEnd, tokens[rest].Offset, ClauseEnd(tokens, rest, sentenceEnd, cues), who.Value, inQuote);
            if (person && who.Value.Speaker != null) resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
            if (unresolved) NoSpeaker(doc, diagnostics, kept);
        }

        /// <summary>"CLAUSE, said X." / "CLAUSE, said X, a Y of Z." / "CLAUSE “…,” said X": the verb right after the clause's comma
        /// (or after a quotation closing there), the source after it up to the sentence end, an apposition or a relative. True when it
        /// was read (a statement added or the verb is taken).</summary>
        internal static bool VerbFirst(ArticleDocument doc, TokenList tokens, int v, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result)
        {
            int comma = v - 1;
            while (comma > 0 && IsMark(tokens[comma].Text)) comma--;
            if (v < 4 || tokens[comma].Text != "," || v + 1 >= tokens.Count || !tokens[v + 1].IsWord) return false;
            if (tokens[comma].Offset - tokens[0].Offset > MaxClauseChars) return false; // no reader's clause; keeps the work per verb bounded
            // “…,” said X: a direct quote — unless the reporter's own words open the clause ("The ferry will be “back on the water
            // by June,” said X": reported speech with a partial quote inside)
            bool mixed = OpensWithOwnWords(tokens, 0, comma, inQuote);
            if (!mixed && (comma < v - 1 || IsMark(tokens[comma - 1].Text))) return false;
            int e = v + 1;
            while (e < tokens.Count && e < v + 1 + MaxSourceTokens && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e) || tokens[e].Text is "-" or "’" or "'"))
            {
                // "said a ferry captain who sails the route": the source ends before its relative clause
                if (e > v + 1 && cues.Relatives.Contains(tokens[e].Text)) break;
                e++;
            }
            // "Jane Roe, who chairs the board, said the ferry had sunk": the words after the verb are a clause, not a source
            for (int i = v + 1; i < e; i++) if (cues.FiniteMarkers.Contains(tokens[i].Text) && char.IsLower(tokens[i].Text[0])) return false;
            bool closes = e >= tokens.Count || tokens[e].Text is "." or "!" or "?" || cues.Relatives.Contains(tokens[e].Text)
                // "…, said Jane Roe, head of the ferry line." / "…, said Jane Roe, who …"
                || (tokens[e].Text == "," && e + 1 < tokens.Count && tokens[e + 1].IsWord);
            if (!closes) return false;
            var who = resolver.Resolve(tokens[v + 1].Offset, tokens[e - 1].End);
            bool person = who != null;
            who ??= Sources.Phrase(doc.Text, tokens, v + 1, e - 1, cues);
            // "The new rota, said X, a port official, will …": the attribution set off inside the clause
            // (the first part a phrase with no comma, the source a name or a description — not "announced Friday", not a clause)
            if (who != null && !inQuote.Contains(tokens[0].Offset) && !cues.HasVerb(tokens, 0, comma) && e + 1 < tokens.Count && tokens[e].Text == ","
                && tokens.FindIndex(0, comma, x => x.Text == ",") < 0 && NameLikeSource(tokens, v + 1, e, cues)
                && AccordingTo.ParentheticalRest(tokens, e, cues) is int rest and > 0)
            {
                AroundParenthetical(doc, tokens, comma, rest, tokens[tokens.Count - 1].End, who.Value, cues, inQuote, result, null);
                if (person) resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
                return true;
            }
            // "X, a Y of Z, said the ferry …": the words before the comma are the subject and its apposition, the words after the verb
            // its clause — no verb-first attribution
            if (who != null && !cues.HasVerb(tokens, 0, comma) && tokens.FindIndex(0, comma, x => x.Text == ",") > 0 && cues.ClauseComplement(tokens, v + 1, tokens[v].Text.ToLowerInvariant())) return false;
            if (who == null || inQuote.Contains(tokens[0].Offset) || HasVerbOfSaying(tokens, 0, comma, cues) || !cues.HasVerb(tokens, 0, comma)) return who != null;
            Add(doc, result, tokens[0].Offset, tokens[comma].Offset, who.Value, inQuote);
            if (person) resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
            return true;
        }

        /// <summary>Are tokens [from, to) a source's name or description: no verb form among them ("Gates described …") and not only a
        /// day or time ("announced Friday")?</summary>
        private static bool NameLikeSource(TokenList tokens, int from, int to, StatementCues cues)
        {
            bool other = false;
            for (int k = from; k < to; k++)
            {
                var w = tokens[k].Text;
                if (cues.FiniteMarkers.Contains(w) || (char.IsLower(w[0]) && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))) return false;
                if (tokens[k].IsWord && !cues.TimeAdjuncts.Contains(w)) other = true;
            }
            return other;
        }

        /// <summary>A quotation mark as a token (", “, ”, ', ’, », «, „, `).</summary>
        internal static bool IsMark(string w) => w is "”" or "“" or "\"" or "’" or "‘" or "'" or "»" or "«" or "„" or "`";

        /// <summary>Is the clause [from, to) the reporter's sentence with a quotation inside, not a quotation of its own? The reporter's
        /// words open it ("Sailors “love the new ferry,” …", "The ferry will be “back on the water by June,” …") or finish it after
        /// the quotation closes (“The ferry is fine,” and the crew went home early, …).</summary>
        internal static bool OpensWithOwnWords(TokenList tokens, int from, int to, QuoteSpans inQuote)
        {
            int before = 0, after = 0, marks = 0;
            bool quoted = false;
            for (int k = from; k < to; k++)
            {
                bool mark = IsMark(tokens[k].Text);
                if (mark) marks++;
                if (mark || inQuote.Contains(tokens[k].Offset)) { if (!quoted && before >= 1) return true; quoted = true; after = 0; continue; }
                if (!tokens[k].IsWord) continue;
                if (!quoted) before++;
                else if (marks % 2 == 0) after++; // words after the quotation closed (an unclosed one has none)
            }
            return quoted && after >= 2;
        }
    }
}
