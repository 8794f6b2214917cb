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
    /// <summary>The subject of a verb of saying: the phrase before it, an apposition, the first subject of a coordinated
    /// sentence, "according to X" / "in his words".</summary>
    internal static class Subjects
    {
        internal const int MaxLookTokens = 14;

        /// <summary>A verb of saying as written mid-sentence: lower case ("States" in "the United States" is not a verb).</summary>
        internal static bool IsVerb(string word, HashSet<string> verbs) => word.Length > 0 && char.IsLower(word[0]) && verbs.Contains(word);


        /// <summary>"According to X, …" / "In his words, …" at the start of the token list.</summary>
        internal static bool Accordingly(TokenList tokens, SpeakerResolver resolver, out (string Speaker, string Surface)? who)
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
        internal static (string Speaker, string Surface)? SubjectBefore(TokenList tokens, int v, SpeakerResolver resolver, StatementCues cues)
        {
            int k = v - 1;
            // "Roe, quoting “the old rules,” said": a quotation closing at the comma before the verb
            while (k > 1 && TrailingAttributions.IsMark(tokens[k].Text) && (tokens[k - 1].Text == "," || TrailingAttributions.IsMark(tokens[k - 1].Text))) k--;
            k = cues.SkipBackAdjuncts(tokens, k);
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
            // a participle takes the subject of the sentence ("…, saying that …", "… by saying that …", "appeared on CNN saying …");
            // "quoted X as saying" takes the one quoted
            if (tokens[v].Text.EndsWith("ing", StringComparison.Ordinal))
                return tokens[k].Text == "as" && QuotedAs(tokens, k, resolver, cues) is { } quoted ? quoted : FirstSubject(tokens, v, resolver);
            if (tokens[k].Text == "," && resolver.ApposedName(tokens, k, cues) is { } roleApposed) return roleApposed; // "Merkel's spokesperson, Steffen Seibert, said"
            // "The government candidate, Mr. Yanukovich, vowed": the name between the commas
            if (tokens[k].Text == "," && Apposed(tokens, k, resolver, cues) is { } apposed) return apposed;
            if (tokens[k].Text is "and" or "but" or "," || tokens[k].Text.EndsWith("ing", StringComparison.Ordinal))
                return FirstSubject(tokens, v, resolver);
            // a relative pronoun: its antecedent, the phrase right before it ("José Pérez, who adds that …")
            if (cues.Relatives.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]))
            {
                int e = k - 1;
                if (e >= 0 && tokens[e].Text is "," or "-" or "—" or "–") e--;
                if (e < 0 || !tokens[e].IsWord) return null;
                int b = e;
                // back to the start of the antecedent's noun phrase: not over a preposition ("won among voters who said …" is the voters')
                while (b > 0 && b > e - 6 && (tokens[b - 1].IsWord || cues.AbbreviationDot(tokens, b - 1)) && !IsClauseWord(tokens[b - 1].Text)
                       && !((Preposition(tokens[b - 1].Text) || cues.MorePrepositions.Contains(tokens[b - 1].Text)) && char.IsLower(tokens[b - 1].Text[0]))) b--;
                var antecedent = resolver.Resolve(tokens[b].Offset, tokens[e].End);
                // "McConnell, now the Senate majority leader, who …": the name before the apposition
                if (antecedent == null && b > 1 && tokens[b - 1].Text == ",")
                {
                    int e2 = b - 2, b2 = e2;
                    while (b2 > 0 && b2 > e2 - 6 && (tokens[b2 - 1].IsWord || cues.AbbreviationDot(tokens, b2 - 1)) && !IsClauseWord(tokens[b2 - 1].Text)) b2--;
                    if (tokens[e2].IsWord && resolver.Named(tokens[b2].Offset, tokens[e2].End) != null) antecedent = resolver.Resolve(tokens[b2].Offset, tokens[e2].End);
                }
                return antecedent;
            }
            if (!tokens[k].IsWord) return null;
            int start = k;
            while (start > 0 && start > k - MaxLookTokens && (tokens[start - 1].IsWord || cues.AbbreviationDot(tokens, start - 1)) && !IsClauseWord(tokens[start - 1].Text)
                   && !cues.Subordinators.Contains(tokens[start - 1].Text)) start--;
            // an apposition between the name and its verb: "Konstantin Kosachev, chair of the security committee, told …"
            int c = start - 1;
            if (c > 0 && tokens[c].Text == ",")
            {
                int ns = c - 1;
                while (ns > 0 && ns > c - 6 && (tokens[ns - 1].IsWord || cues.AbbreviationDot(tokens, ns - 1)) && !IsClauseWord(tokens[ns - 1].Text)) ns--;
                if (resolver.Named(tokens[ns].Offset, tokens[c - 1].End) is { } name && resolver.Named(tokens[start].Offset, tokens[k].End) == null)
                    return (name, name);
            }
            // "Several ferry captains from the northern ports said": the phrase after a preposition is inside a longer subject, whose
            // head is the speaker (Unresolved.LongSubject), not the place or body it names
            if (start > 1 && tokens[start - 1].IsWord && Preposition(tokens[start - 1].Text) && Unresolved.LongSubject(tokens, v, cues) is { } longer && longer.Start < start - 1)
                return null;
            return resolver.Resolve(tokens[start].Offset, tokens[k].End);
        }

        /// <summary>"quoted X as saying": X, the object of the verb "quoted" a few words back.</summary>
        private static (string Speaker, string Surface)? QuotedAs(TokenList tokens, int asAt, SpeakerResolver resolver, StatementCues cues)
        {
            for (int q = asAt - 1; q > 0 && q >= asAt - MaxLookTokens; q--)
                if (cues.Quoting.Contains(tokens[q].Text)) return q + 1 < asAt ? resolver.Resolve(tokens[q + 1].Offset, tokens[asAt - 1].End) : null;
            return null;
        }

        /// <summary>"A, NAME, verb": the named person between the comma at <paramref name="comma"/> and the one before it.</summary>
        private static (string Speaker, string Surface)? Apposed(TokenList tokens, int comma, SpeakerResolver resolver, StatementCues cues)
        {
            int p = comma - 1;
            while (p >= 0 && p > comma - 10 && tokens[p].Text != "," && (tokens[p].IsWord || cues.AbbreviationDot(tokens, p))) p--;
            if (p < 0 || tokens[p].Text != "," || p + 1 > comma - 1) return null;
            return resolver.Named(tokens[p + 1].Offset, tokens[comma - 1].End) != null ? resolver.Resolve(tokens[p + 1].Offset, tokens[comma - 1].End) : null;
        }

        internal static bool Preposition(string w) =>
            w is "of" or "on" or "in" or "at" or "for" or "with" or "to" or "from" or "by" or "about" or "into" or "over" or "under" or "between";

        internal static bool IsClauseWord(string w) =>
            w is "that" or "which" or "who" or "while" or "when" or "as" or "because" or "although" or "but" or "and" or "if" or "since" or "after" or "before"
            or "During" or "during" or "At" or "at" or "In" or "in" or "For" or "On" or "on" or "by" or "By" or "with" or "With";

        /// <summary>The first phrase of the sentence (before <paramref name="v"/>) that resolves to a speaker.</summary>
        internal static (string Speaker, string Surface)? FirstSubject(TokenList tokens, int v, SpeakerResolver resolver)
        {
            int limit = Math.Min(v, 40);
            for (int s = 0; s < limit; s++)
            {
                if (!tokens[s].IsWord) continue;
                // a relative clause holds no subject of the sentence ("Ion's father, who is a senator from the Social
                // Democratic Party, urged …"), and what follows it is the predicate: no subject there either
                if (s > 0 && tokens[s - 1].Text == "," && resolver.Relatives.Contains(tokens[s].Text)) return null;
                // not inside a prepositional phrase ("on the role of the CIS observers", "In his victory speech")
                if (s > 0 && Preposition(tokens[s - 1].Text.ToLowerInvariant())) continue;
                if (s > 1 && (tokens[s - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || resolver.Possessives.Contains(tokens[s - 1].Text))
                    && Preposition(tokens[s - 2].Text.ToLowerInvariant())) continue;
                // "his victory speech": a possessive determiner is no subject by itself ("his ex-wife" may be one, as written)
                bool possessive = resolver.Possessives.Contains(tokens[s].Text);
                int stop = s;
                while (stop + 1 < limit && stop + 1 <= s + 5 && tokens[stop + 1].IsWord) stop++;
                for (int e = stop; e >= (possessive ? s + 1 : s); e--)
                {
                    var r = resolver.Resolve(tokens[s].Offset, tokens[e].End);
                    if (r != null) return r;
                }
            }
            return null;
        }
    }
}
