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
        private const int MaxWords = 8, MaxLookBack = 60, MaxLongWords = 18;

        internal static string? Subject(string t, TokenList tokens, int v, StatementCues cues) =>
            SubjectSpan(tokens, v, cues) is { } sp ? t.Substring(tokens[sp.Start].Offset, tokens[sp.End].End - tokens[sp.Start].Offset) : null;

        /// <summary>The first and last token of <see cref="Subject"/>.</summary>
        internal static (int Start, int End)? SubjectSpan(TokenList tokens, int v, StatementCues cues)
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
            if (start > 0 && !(tokens[start - 1].Text is "," or "and" or "but" or "so" or "(" or "—" or "–" or "-" or ";" or ":")) return null;
            if (start > 0 && tokens[start - 1].Text == "," && start > 1 && tokens[start - 2].IsWord && start - 1 > 0 && HasVerbBefore(tokens, start - 1, cues)) return null;
            for (int i = start; i <= k; i++)
                if (IsVerb(tokens[i].Text, cues.Reporting) || cues.FiniteMarkers.Contains(tokens[i].Text)) return null;
            return (start, k);
        }

        /// <summary>"Several ferry captains from the northern ports said …", "Crews who sail the night route say …", "On the
        /// island, most ferry crews say …": a longer subject — a noun phrase with prepositional phrases or a restrictive relative —
        /// that opens its sentence (after a conjunction or a short opening adverbial): its first and last token.</summary>
        internal static (int Start, int End)? LongSubject(TokenList tokens, int v, StatementCues cues)
        {
            int k = cues.SkipBackAdjuncts(tokens, v - 1);
            // "42% say …": a share written with a percent sign
            if (k < 1 || !(tokens[k].IsWord || (tokens[k].Text == "%" && tokens[k - 1].Offset < tokens[k].Offset && char.IsDigit(tokens[k - 1].Text[0])))
                || tokens[v].Text.EndsWith("ing", StringComparison.Ordinal)) return null;
            if (IsClauseWord(tokens[k].Text) || Preposition(tokens[k].Text) || cues.Relatives.Contains(tokens[k].Text)) return null;
            int b = k;
            while (b > 0 && b > k - MaxLongWords && (tokens[b - 1].IsWord || cues.AbbreviationDot(tokens, b - 1) || tokens[b - 1].Text is "%" or "-")) b--;
            // "…: 42% say …", "…; 26 percent say …": a clause of its own after a colon or semicolon
            if (b > 1 && tokens[b - 1].Text is ":" or ";" && (char.IsDigit(tokens[b].Text[0]) || cues.NumberQualifiers.Contains(tokens[b].Text.ToLowerInvariant()))) { }
            else if (b > 0)
            {
                // after a comma that closes a short opening adverbial ("On the island, …", "In May, …")
                if (tokens[b - 1].Text != "," || b - 1 > 5 || !(Preposition(tokens[0].Text.ToLowerInvariant()) || IsClauseWord(tokens[0].Text.ToLowerInvariant()))) return null;
                for (int i = 0; i < b - 1; i++) if (!tokens[i].IsWord || cues.FiniteMarkers.Contains(tokens[i].Text) || IsVerb(tokens[i].Text, cues.Reporting)) return null;
                if (cues.OpeningSubordinators.Contains(tokens[0].Text.ToLowerInvariant())) return null; // "When X arrived, …": a clause
            }
            if (tokens[b].Text is "But" or "And" or "So" or "Yet" or "Still") b++;
            // "About 4 in 10 …", "More than half of …": words that qualify the number or share are part of the subject
            int q = b;
            while (q < k - 1 && cues.NumberQualifiers.Contains(tokens[q].Text.ToLowerInvariant())) q++;
            bool qualified = q > b && (char.IsDigit(tokens[q].Text[0]) || cues.GroupShares.Contains(tokens[q].Text.ToLowerInvariant()) || cues.Quantifiers.Contains(tokens[q].Text.ToLowerInvariant()));
            if (k - b < 2 && !(tokens[k].Text == "%" && k > b)) return null; // a short subject is Subject's
            string first = qualified ? tokens[q].Text.ToLowerInvariant() : tokens[b].Text.ToLowerInvariant();
            if (Preposition(first) || IsClauseWord(first) || cues.OpeningSubordinators.Contains(first) || cues.Subordinators.Contains(first) || cues.SubjectPronouns.Contains(first)) return null;
            bool relative = false;
            for (int i = b; i <= k; i++)
            {
                var w = tokens[i].Text;
                if (IsVerb(w, cues.Reporting) || IsVerb(w, cues.Attribution)) return null;
                if (cues.Relatives.Contains(w) && i > b) { relative = true; continue; }
                // the subject's own verb: a finite form outside a relative, or a clause joined by a conjunction ("… met and said")
                if (!relative && (cues.FiniteMarkers.Contains(w) || w is "and" or "but" or "or" && i + 1 <= k && char.IsLower(tokens[i + 1].Text[0])
                    && !cues.Determiners.Contains(tokens[i + 1].Text) && !cues.Quantifiers.Contains(tokens[i + 1].Text))) return null;
            }
            return (b, k);
        }

        /// <summary>The speaker a long subject names as written, when it names a group or a document rather than one person whose
        /// name the article may give elsewhere: its head noun (before any preposition or relative) is plural or a source noun
        /// ("ferry captains from the northern ports", "Two thirds of the crews on the night route"); the phrase up to its
        /// relative, without a leading "the". Null for "The old skipper who built the boat".</summary>
        internal static string? GroupSpeaker(string t, TokenList tokens, int b, int k, StatementCues cues)
        {
            int end = k, head = k;
            for (int i = b + 1; i <= k; i++)
                if (cues.Relatives.Contains(tokens[i].Text)) { end = i - 1; break; }
            for (int i = b + 1; i <= end; i++)
                if ((Preposition(tokens[i].Text) || cues.MorePrepositions.Contains(tokens[i].Text) || tokens[i].Text.EndsWith("ing", StringComparison.Ordinal)) && char.IsLower(tokens[i].Text[0]))
                { head = i - 1; break; }
            if (head > end) head = end;
            // "the crews polled by the guild", "a notice pinned to the door": the noun before its participle
            if (head > b && tokens[head].Text.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(tokens[head].Text[0])) head--;
            var hw = tokens[head].Text;
            // a share of a group ("40 percent of the crews", "Two in three skippers", "Half of the deckhands") names the group too
            bool share = char.IsDigit(tokens[b].Text[0]) || cues.Quantifiers.Contains(tokens[b].Text.ToLowerInvariant()) || cues.GroupShares.Contains(hw.ToLowerInvariant());
            string hl = hw.ToLowerInvariant();
            bool group = share || cues.SourceNouns.Contains(hl) || cues.SourceDocuments.Contains(hl) || (hw.Length > 3 && hw.EndsWith("s", StringComparison.Ordinal) && !hw.EndsWith("ss", StringComparison.Ordinal));
            if (!group) return null;
            // "the", "Some", "Many" before the group are not part of its name ("Several ferry captains": ferry captains)
            if (b < head && (cues.Determiners.Contains(tokens[b].Text.ToLowerInvariant()) || cues.Quantifiers.Contains(tokens[b].Text.ToLowerInvariant()))) b++;
            if (end == b && !tokens[b].IsCapitalized) return null; // one common noun ("The sides") is no description to keep ("many Islanders": Islanders)
            return t.Substring(tokens[b].Offset, tokens[end].End - tokens[b].Offset);
        }

        /// <summary>A verb of saying earlier in the sentence: the comma then closes its clause, and the phrase after it is not ours to name.</summary>
        private static bool HasVerbBefore(TokenList tokens, int to, StatementCues cues)
        {
            for (int i = Math.Max(1, to - MaxLookBack); i < to; i++) if (IsVerb(tokens[i].Text, cues.Reporting) && tokens[i - 1].IsWord) return true;
            return false;
        }
    }
}
