using System;
using System.Collections.Generic;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Statements.Subjects;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// The subject of a verb of saying that names nobody the article resolves ("They said …", "The Indiana governor said …",
    /// "Several cast members said …"): a short noun phrase or a pronoun right before the verb, at the start of its clause. Its
    /// surface is kept; the speaker stays null.
    /// </summary>
    internal static class Unresolved
    {
        private const int MaxWords = 8, MaxLookBack = 60;

        internal static string? Subject(string t, List<Token> tokens, int v, StatementCues cues)
        {
            int k = v - 1;
            k = cues.SkipBackAdjuncts(tokens, k);
            if (k < 0 || !tokens[k].IsWord) return null;
            var head = tokens[k].Text;
            if (Preposition(head) || IsClauseWord(head) || cues.Relatives.Contains(head)
                || (cues.Determiners.Contains(head) && !cues.SubjectPronouns.Contains(head) && !cues.Quantifiers.Contains(head))) return null; // "Some said …"
            if (head.EndsWith("ing", StringComparison.Ordinal) || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            int start = k;
            while (start > 0 && start > k - MaxWords && (tokens[start - 1].IsWord || cues.AbbreviationDot(tokens, start - 1)) && !IsClauseWord(tokens[start - 1].Text)
                   && !cues.Relatives.Contains(tokens[start - 1].Text)) start--;
            if (k - start + 1 >= MaxWords) return null;
            // the phrase opens the sentence or follows a comma or a conjunction: a subject, not an object ("… told them he said")
            if (start > 0 && !(tokens[start - 1].Text is "," or "and" or "but" or "so" or "(" or "—" or "–" or "-")) return null;
            if (start > 0 && tokens[start - 1].Text == "," && start > 1 && tokens[start - 2].IsWord && start - 1 > 0 && HasVerbBefore(tokens, start - 1, cues)) return null;
            for (int i = start; i <= k; i++)
                if (IsVerb(tokens[i].Text, cues.Reporting) || cues.FiniteMarkers.Contains(tokens[i].Text)) return null;
            return t.Substring(tokens[start].Offset, tokens[k].End - tokens[start].Offset);
        }

        /// <summary>A verb of saying earlier in the sentence: the comma then closes its clause, and the phrase after it is not ours to name.</summary>
        private static bool HasVerbBefore(List<Token> tokens, int to, StatementCues cues)
        {
            for (int i = Math.Max(1, to - MaxLookBack); i < to; i++) if (IsVerb(tokens[i].Text, cues.Reporting) && tokens[i - 1].IsWord) return true;
            return false;
        }
    }
}
