using System;
using System.Collections.Generic;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// "according to X" after its clause: "CLAUSE, according to X." / "CLAUSE according to X, a Y of Z." / "CLAUSE, according
    /// to X, who …". The clause is the sentence before the cue; the source runs to the sentence end, an apposition, or a relative
    /// clause. (The cue at the start of the sentence is <see cref="Subjects.Accordingly"/>.)
    /// </summary>
    internal static class AccordingTo
    {
        private const int MaxSourceTokens = 14;

        /// <summary>The index of "according" in "according to" after the first tokens of the sentence; -1 when none.</summary>
        internal static int Find(TokenList tokens)
        {
            for (int i = 3; i + 2 < tokens.Count; i++)
                if (tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Text == "to") return i;
            return -1;
        }

        /// <summary>"According to X, CLAUSE" at the start of the sentence, X a short phrase of words: the comma after X.</summary>
        internal static bool Opening(TokenList tokens, out int comma)
        {
            comma = -1;
            if (tokens.Count < 6 || !tokens[0].Text.Equals("According", StringComparison.OrdinalIgnoreCase) || tokens[1].Text != "to") return false;
            for (int i = 2; i < tokens.Count && i <= 2 + MaxSourceTokens; i++)
            {
                if (tokens[i].Text == ",") { comma = i; break; }
                if (!tokens[i].IsWord && tokens[i].Text is not ("-" or "’" or "'" or "." or "/")) return false;
            }
            return comma > 2 && comma + 3 < tokens.Count;
        }

        /// <summary>The source tokens [to + 1, end] of the cue at <paramref name="acc"/>, or false when what follows is more of the
        /// sentence ("…, according to X, the talks failed": the clause is split; that is left alone).</summary>
        internal static bool SourceSpan(TokenList tokens, int acc, StatementCues cues, out int end)
        {
            end = -1;
            int s = acc + 2;
            int e = s;
            while (e < tokens.Count && e < s + MaxSourceTokens && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e) || tokens[e].Text is "’" or "'"
                   || (tokens[e].Text is "-" or "/" && e > s && tokens[e].Offset == tokens[e - 1].End)) // "Times/Radio", "Al-Jazeera"
                   && !(e > s && cues.Relatives.Contains(tokens[e].Text))) e++;
            if (e == s) return false;
            end = e - 1;
            if (e >= tokens.Count || tokens[e].Text is "." or "!" or "?") return true;
            if (cues.Relatives.Contains(tokens[e].Text)) return true;            // "… according to X who adds that …"
            // a source that names someone ("the Ports Authority", "a count by a news agency"; not "according to all procedures")
            bool named = false;
            for (int k = s; k < e; k++) if (tokens[k].IsCapitalized) { named = true; break; }
            if (named && (tokens[e].Text is ";" or "—" or "–" || (tokens[e].Text == "-" && e + 1 < tokens.Count && tokens[e + 1].Offset > tokens[e].End)))
                return true;                                                      // "…, according to X - half a point of …" / "; …"
            if (tokens[e].Text == "," && e + 1 < tokens.Count)
            {
                var n = tokens[e + 1];
                if (cues.Relatives.Contains(n.Text)) return true;                 // "…, according to X, who …"
                if (named && n.Text is "and" or "but" or "while" or "whereas" && e + 2 < tokens.Count && !tokens[e + 2].IsCapitalized)
                    return true;                                                  // "…, according to X, and there were …": a new clause
                // what the reporter adds after the source: "…, according to X, where the ferries dock", "…, compared with …",
                // "…, leaving the crews idle"
                if (Elaboration(tokens, e + 1, cues)) return true;
                // an apposition that closes the sentence: "…, according to X, a spokesman for Y." / "…, according to X, head of the
                // ferry line, which runs the route."
                bool title = n.IsWord && char.IsLower(n.Text[0]) && named && (cues.Titles.Contains(n.Text) || n.Text is "one" or "executive" or "senior" or "former");
                if (n.Text is "a" or "an" or "the" || (cues.Determiners.Contains(n.Text) && char.IsLower(n.Text[0])) || title)
                {
                    for (int k = e + 1; k < tokens.Count; k++)
                    {
                        if (tokens[k].Text is "." or "!" or "?") return true;
                        if (cues.FiniteMarkers.Contains(tokens[k].Text)) return false; // "…, according to X, the ferries were …": the clause goes on
                        if (tokens[k].Text == "," && Elaboration(tokens, k + 1, cues)) return true;
                        if (tokens[k].Text == "," || cues.Reporting.Contains(tokens[k].Text)) return false;
                    }
                    return true;
                }
            }
            return false;
        }

        /// <summary>"A, according to X, B." / "A, according to X, a Y of Z, B.": the cue set off by commas inside its clause, which
        /// is the two parts around it. The source span [acc + 2, <paramref name="end"/>] and the first token of the second part.</summary>
        internal static bool Parenthetical(TokenList tokens, int acc, StatementCues cues, out int end, out int rest)
        {
            end = rest = -1;
            if (acc < 2 || tokens[acc - 1].Text != ",") return false;
            int s = acc + 2, e = s;
            while (e < tokens.Count && e < s + MaxSourceTokens && (tokens[e].IsWord || cues.AbbreviationDot(tokens, e) || tokens[e].Text is "’" or "'"
                   || (tokens[e].Text is "-" or "/" && e > s && tokens[e].Offset == tokens[e - 1].End))) e++;
            if (e == s || e + 1 >= tokens.Count || tokens[e].Text != ",") return false;
            end = e - 1;
            rest = ParentheticalRest(tokens, e, cues);
            return rest > 0;
        }

        /// <summary>After the comma at <paramref name="comma"/> that closes a source set off inside its clause ("A, according to X,
        /// B", "A, said X, B"): the first token of the clause's second part, past an apposition of the source ("…, a spokesman for
        /// Y, …": a noun phrase with no verb up to a comma); -1 when what follows is the reporter's addition (a relative, a
        /// participle, "and"/"but" and a new clause) rather than the rest of the clause.</summary>
        internal static int ParentheticalRest(TokenList tokens, int comma, StatementCues cues)
        {
            int r = comma + 1;
            if (r >= tokens.Count || !tokens[r].IsWord) return -1;
            var n = tokens[r];
            bool lower = char.IsLower(n.Text[0]);
            if (n.Text is "a" or "an" or "the" or "another" || (lower && (cues.Titles.Contains(n.Text) || n.Text is "one" or "executive" or "senior" or "former")))
            {
                for (int k = r + 1; k < tokens.Count && k <= r + MaxSourceTokens; k++)
                {
                    var w = tokens[k].Text;
                    if (w == ",") { r = k + 1; break; }
                    if (!tokens[k].IsWord && !cues.AbbreviationDot(tokens, k) && w is not ("-" or "’" or "'")) break;
                    if (cues.FiniteMarkers.Contains(w) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && char.IsLower(w[0]))) break; // the clause goes on
                }
                if (r >= tokens.Count || !tokens[r].IsWord) return -1;
                n = tokens[r];
                lower = char.IsLower(n.Text[0]);
            }
            if (lower && (cues.Relatives.Contains(n.Text) || cues.ParentheticalStops.Contains(n.Text) || Elaboration(tokens, r, cues))) return -1;
            return r;
        }

        /// <summary>Does the reporter's own addition start at <paramref name="k"/> (after a comma): a relative ("which", "who",
        /// "where", "when"), a participle ("leaving", "compared"), or a word of statements.yaml clause_breaks?</summary>
        private static bool Elaboration(TokenList tokens, int k, StatementCues cues)
        {
            if (k >= tokens.Count || !tokens[k].IsWord || !char.IsLower(tokens[k].Text[0])) return false;
            var w = tokens[k].Text;
            return cues.Relatives.Contains(w) || w is "where" or "when" || cues.ClauseBreaks.Contains(w) || (cues.AppositionOpeners.Contains(w) && !cues.Determiners.Contains(w))
                || (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 && !cues.Reporting.Contains(w) && !cues.Attribution.Contains(w));
        }
    }
}
