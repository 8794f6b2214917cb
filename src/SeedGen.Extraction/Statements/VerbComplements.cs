using System;
using System.Collections.Generic;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// What stands between a verb of saying and its reported clause: a listener ("told reporters", "assured him", "told
    /// the BBC"), adjuncts ("on Monday", "Tuesday", "in a statement", "at a news conference in Kyiv", "in an interview with
    /// CNN"), a comma and a "that". Every step reads a bounded number of tokens.
    /// </summary>
    internal static class VerbComplements
    {
        private const int MaxAdjunctWords = 6, MaxListenerWords = 6, MaxAdjuncts = 3;

        /// <summary>The token after the listener of a verb of telling at <paramref name="from"/>; <paramref name="from"/> when none is read.</summary>
        internal static int ListenerEnd(TokenList tokens, int from, StatementCues cues)
        {
            if (from >= tokens.Count || !tokens[from].IsWord) return from;
            var first = tokens[from];
            if (cues.Audience.Contains(first.Text) && char.IsLower(first.Text[0])) return from + 1;
            int j = from;
            // "the press", "his advisers", "the BBC", "Romania's ambassador"
            if (cues.Determiners.Contains(first.Text) && char.IsLower(first.Text[0]) && !cues.SubjectPronouns.Contains(first.Text))
            {
                if (from + 1 < tokens.Count && tokens[from + 1].IsWord && cues.Audience.Contains(tokens[from + 1].Text)) return from + 2;
                j = from + 1;
            }
            int start = j;
            while (j < tokens.Count && j < start + MaxListenerWords && (tokens[j].IsCapitalized || cues.AbbreviationDot(tokens, j))) j++;
            if (j == start && start > from)
            {
                // "the shipping lines at a meeting to …", "his aides that …": a short common-noun listener before an adjunct, "to" or "that"
                while (j < tokens.Count && j < start + 3 && tokens[j].IsWord && char.IsLower(tokens[j].Text[0]) && !cues.AdjunctPrepositions.Contains(tokens[j].Text)
                       && tokens[j].Text != "to" && tokens[j].Text != "that") j++;
                if (j > start && j < tokens.Count && (tokens[j].Text is "to" or "that" || cues.AdjunctPrepositions.Contains(tokens[j].Text))) return j;
                return from;
            }
            if (j == start) return from;
            // a possessive run goes on to its head noun ("Romania's ambassador"): not read, the clause is not bounded then
            if (tokens[j - 1].Text.EndsWith("'s", StringComparison.Ordinal) || tokens[j - 1].Text.EndsWith("’s", StringComparison.Ordinal)) return from;
            return j;
        }

        /// <summary>The opener of the question a verb of asking reports, right after the verb or after the one asked ("asked how long
        /// …", "asked the captain if …", "asked Roe what effect …", "asked the ferry lines why …"); -1 when none. After a listener,
        /// "who" and "which" open a relative of the listener ("asked the crews who …"), not a question.</summary>
        internal static int QuestionStart(TokenList tokens, int from, StatementCues cues)
        {
            bool Opener(int k, bool direct) => k + 1 < tokens.Count && tokens[k + 1].IsWord && char.IsLower(tokens[k].Text[0])
                && (cues.QuestionOpeners.Contains(tokens[k].Text) || (cues.PassiveQuestionOpeners.Contains(tokens[k].Text) && (direct || !cues.Relatives.Contains(tokens[k].Text) && tokens[k].Text != "whom")));
            if (from >= tokens.Count || !tokens[from].IsWord) return -1;
            if (Opener(from, direct: true)) return from;
            for (int k = from; k < tokens.Count && k <= from + MaxListenerWords + 2; k++)
            {
                var w = tokens[k].Text;
                if (k > from && tokens[k].IsWord && Opener(k, direct: false)) return k;
                if (!tokens[k].IsWord && !cues.AbbreviationDot(tokens, k) && w is not ("-" or "’" or "'")) return -1;
                if (w is "to" or "that" or "about" or "for" || cues.FiniteMarkers.Contains(w) || cues.Relatives.Contains(w) || cues.Reporting.Contains(w)
                    || (cues.AdjunctPrepositions.Contains(w) && char.IsLower(w[0]))) return -1;
            }
            return -1;
        }

        /// <summary>The token after the adjuncts at <paramref name="from"/> (time words, prepositional phrases headed by a setting:
        /// "in a statement", "at a news conference", "on Monday morning"); <paramref name="from"/> when none.</summary>
        internal static int AdjunctsEnd(TokenList tokens, int from, StatementCues cues)
        {
            int c = from;
            for (int round = 0; round < MaxAdjuncts && c < tokens.Count; round++)
            {
                var tk = tokens[c];
                if (!tk.IsWord) break;
                if (cues.TimeAdjuncts.Contains(tk.Text)) { c = HeadsEnd(tokens, c + 1, cues); continue; }
                // "has insisted firmly that …", "said publicly on Monday that …": an adverb of the attribution
                if (cues.Adverbs.Contains(tk.Text) && tk.Text.EndsWith("ly", StringComparison.Ordinal) && c + 1 < tokens.Count) { c++; round--; continue; }
                // "last week", "this morning", "late on Sunday"
                if (cues.TimeModifiers.Contains(tk.Text) && c + 1 < tokens.Count && cues.AdjunctHeads.Contains(tokens[c + 1].Text)) { c = HeadsEnd(tokens, c + 1, cues); continue; }
                if (!cues.AdjunctPrepositions.Contains(tk.Text) || !char.IsLower(tk.Text[0])) break;
                int head = -1;
                for (int j = c + 1; j < tokens.Count && j <= c + MaxAdjunctWords && tokens[j].IsWord; j++)
                {
                    if (cues.AdjunctHeads.Contains(tokens[j].Text)) { head = j; break; }
                    if (cues.Reporting.Contains(tokens[j].Text) || cues.AdjunctPrepositions.Contains(tokens[j].Text)) break;
                }
                if (head < 0) break;
                c = HeadsEnd(tokens, head + 1, cues);
                // "in an interview with CNN", "during a visit to Paris": the named other party or place
                if (c + 1 < tokens.Count && tokens[c].Text is "with" or "to" or "in" or "from" or "of" && tokens[c + 1].IsCapitalized)
                {
                    c++;
                    while (c < tokens.Count && (tokens[c].IsCapitalized || cues.AbbreviationDot(tokens, c))) c++;
                }
            }
            return c;
        }

        private static int HeadsEnd(TokenList tokens, int c, StatementCues cues)
        {
            while (c < tokens.Count && tokens[c].IsWord && cues.AdjunctHeads.Contains(tokens[c].Text) && !cues.AdjunctPrepositions.Contains(tokens[c].Text)) c++;
            return c;
        }

        /// <summary>"that" within a few words after <paramref name="from"/> (words only: "said in Minsk that …"); -1 when none.</summary>
        internal static int ThatWithin(TokenList tokens, int from, int words, bool commas = false)
        {
            for (int q = from; q < tokens.Count && q <= from + words; q++)
            {
                if (tokens[q].Text == "that") return q;
                if (!tokens[q].IsWord && !(commas && tokens[q].Text == ",")) return -1;
            }
            return -1;
        }
    }
}
