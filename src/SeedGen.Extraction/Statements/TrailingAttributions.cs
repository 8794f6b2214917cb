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
        internal static void SubjectFirst(ArticleDocument doc, List<Token> tokens, int v, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result,
            List<DiagnosticModel>? diagnostics = null)
        {
            int comma = -1;
            for (int k = v - 1; k >= 0 && k >= v - MaxLookTokens; k--)
                if (tokens[k].Text == ",") { comma = k; break; }
            if (comma < 1 || comma + 1 >= v) return;
            for (int k = comma - 1; k < v; k++)
                if (tokens[k].Text is "”" or "\"" or "’" or "“" or "»" or "'") return; // a direct quote, handled there
            int subjectEnd = v - 1;
            while (subjectEnd > comma + 1 && cues.Adverbs.Contains(tokens[subjectEnd].Text)) subjectEnd--;
            (string? Speaker, string Surface)? who = resolver.Resolve(tokens[comma + 1].Offset, tokens[subjectEnd].End);
            bool person = who != null;
            who ??= Sources.Phrase(doc.Text, tokens, comma + 1, subjectEnd, cues);
            // "…, they say." / "…, the former chief executive added.": a subject that names nobody — kept with no speaker
            bool unresolved = false;
            if (who == null && subjectEnd - comma <= 8 && (cues.SubjectPronouns.Contains(tokens[comma + 1].Text) && subjectEnd == comma + 1
                || (cues.Determiners.Contains(tokens[comma + 1].Text) && char.IsLower(tokens[comma + 1].Text[0]) && subjectEnd > comma + 1)))
            {
                who = (null, doc.Text.Substring(tokens[comma + 1].Offset, tokens[subjectEnd].End - tokens[comma + 1].Offset));
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
            int from = 0;
            for (int k = comma - 1; k > 0; k--) if (tokens[k].Text is ";" or ":") { from = k + 1; break; } // "…; many positions, they say, are …"
            if (from >= comma) return;
            // a quotation mark in the clause (an unclosed quote, a quote of its own): the direct-quote stage's, not reported speech
            for (int k = from; k < comma; k++) if (tokens[k].Text is "“" or "”" or "\"" or "«" or "»" or "„") return;
            var kept = rest < 0 ? Add(doc, result, tokens[from].Offset, tokens[comma].Offset, who.Value, inQuote)
                : AddParts(doc, result, tokens[from].Offset, tokens[comma].Offset, tokens[rest].Offset, ClauseEnd(tokens, rest, sentenceEnd, cues), who.Value, inQuote);
            if (person && who.Value.Speaker != null) resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
            if (unresolved) NoSpeaker(doc, diagnostics, kept);
        }

        /// <summary>"CLAUSE, said X." / "CLAUSE, said X, a Y of Z.": the verb right after the clause's comma, the source after it up to
        /// the sentence end or an apposition. True when it was read (a statement added or the verb is taken).</summary>
        internal static bool VerbFirst(ArticleDocument doc, List<Token> tokens, int v, SpeakerResolver resolver, StatementCues cues, QuoteSpans inQuote, List<StatementModel> result)
        {
            if (v < 4 || tokens[v - 1].Text != "," || v + 1 >= tokens.Count || !tokens[v + 1].IsWord) return false;
            if (tokens[v - 1].Offset - tokens[0].Offset > MaxClauseChars) return false; // no reader's clause; keeps the work per verb bounded
            if (tokens[v - 2].Text is "”" or "\"" or "’" or "»" or "'") return false; // “…,” said X: a direct quote
            int e = v + 1;
            while (e < tokens.Count && e < v + 1 + MaxSourceTokens && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e) || tokens[e].Text is "-" or "’" or "'")) e++;
            bool closes = e >= tokens.Count || tokens[e].Text is "." or "!" or "?" || (tokens[e].Text == "," && e + 1 < tokens.Count
                && (cues.Determiners.Contains(tokens[e + 1].Text) || cues.Relatives.Contains(tokens[e + 1].Text) || tokens[e + 1].IsCapitalized));
            if (!closes) return false;
            var who = resolver.Resolve(tokens[v + 1].Offset, tokens[e - 1].End);
            bool person = who != null;
            who ??= Sources.Phrase(doc.Text, tokens, v + 1, e - 1, cues);
            if (who == null || inQuote.Contains(tokens[0].Offset) || HasVerbOfSaying(tokens, 0, v - 1, cues) || !cues.HasVerb(tokens, 0, v - 1)) return who != null;
            Add(doc, result, tokens[0].Offset, tokens[v - 1].Offset, who.Value, inQuote);
            if (person) resolver.LastSpeaker = (who.Value.Speaker, tokens[v].Offset);
            return true;
        }
    }
}
