using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// The source of reported speech when the speaker resolver names nobody: the article's own name for an organisation,
    /// an outlet or a country ("the National Conference of State Legislatures", "Haaretz", "South Korea"), or a common-noun
    /// source headed by a source noun ("Syrian state media", "hospital officials"). The caller rules out a phrase inside a
    /// prepositional phrase; never a place other than a country, never a pronoun: then null, as before.
    /// </summary>
    internal static class Sources
    {
        private const int MaxWords = 8;

        /// <summary>The resolver's speaker for tokens [a, b], else the source phrase those tokens name; null when neither.</summary>
        internal static (string Speaker, string Surface)? Resolve(string t, TokenList tokens, int a, int b, SpeakerResolver resolver, StatementCues cues)
        {
            if (a < 0 || b < a || b >= tokens.Count) return null;
            var who = resolver.Resolve(tokens[a].Offset, tokens[b].End);
            var phrase = Phrase(t, tokens, a, b, cues);
            if (who == null && phrase == null && ByAuthor(tokens, a, b, cues) is int by)
                return Resolve(t, tokens, by, b, resolver, cues) is { } author ? (author.Speaker, t.Substring(tokens[a].Offset, tokens[b].End - tokens[a].Offset)) : null;
            if (who == null) return phrase;
            // an organisation's whole name over a shorter one inside it ("the Office for Port Safety", not "Port Safety"); a person stays
            if (phrase is { } p && p.Speaker.Length > who.Value.Speaker.Length && p.Speaker.IndexOf(who.Value.Speaker, StringComparison.Ordinal) >= 0
                && resolver.Named(tokens[a].Offset, tokens[b].End) == null) return p;
            return who;
        }

        /// <summary>"a count by Reuters", "a new poll from the Harbour Institute", "a report of the Ports Authority": a document
        /// (statements.yaml source_documents) by a named author; the index where the author starts, or null.</summary>
        private static int? ByAuthor(TokenList tokens, int a, int b, StatementCues cues)
        {
            for (int i = a + 1; i < b && i <= a + 4; i++)
            {
                if (!(tokens[i].Text is "by" or "from" or "of") || !cues.SourceDocuments.Contains(tokens[i - 1].Text)) continue;
                int n = i + 1;
                if (tokens[n].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && n < b) n++;
                return tokens[n].IsCapitalized ? i + 1 : null;
            }
            return null;
        }

        /// <summary>A source phrase: [the] Name-words (with connectors such as of/for/and inside), or [a determiner] modifiers + a
        /// source noun [+ a short prepositional tail: "associates of Navalny", "hospital officials in Omsk"].</summary>
        internal static (string Speaker, string Surface)? Phrase(string t, TokenList tokens, int a, int b, StatementCues cues)
        {
            for (int i = a; i <= b; i++)
            {
                var w = tokens[i].Text;
                if (!tokens[i].IsWord && w != "-" && !(w == "." && cues.AbbreviationDot(tokens, i))) return null;
            }
            int s = a;
            if (tokens[s].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && s < b) s++;
            if (b - s + 1 > MaxWords) return null;
            bool named = tokens[s].IsCapitalized && tokens[b].IsCapitalized && !cues.Determiners.Contains(tokens[s].Text);
            if (named)
            {
                for (int i = s; i <= b; i++)
                    if (tokens[i].IsWord && !tokens[i].IsCapitalized && !cues.NameConnectors.Contains(tokens[i].Text)) return null;
            }
            else
            {
                // "state media", "some members of opposition parties", "a classified report for 2009"
                bool possessive = tokens[s].Text is "its" or "his" or "her" or "their" or "our" or "my" or "your";
                if (s < b && (cues.Determiners.Contains(tokens[s].Text) || cues.Quantifiers.Contains(tokens[s].Text))) s++;
                int head = b;
                for (int q = s + 1; q <= b; q++)
                    if (cues.SourceTailPrepositions.Contains(tokens[q].Text) && char.IsLower(tokens[q].Text[0])) { head = q - 1; break; }
                if (head < b && b - head > 5) return null;
                var hw = tokens[head].Text;
                // a source noun, or a document whose author goes unnamed ("the latest ferry timetable review", "Harbour Board filings")
                if (!(cues.SourceNouns.Contains(hw) || cues.SourceDocuments.Contains(hw)) || char.IsUpper(hw[0]) || head - s > 3) return null;
                // "its survey": a document whose author is someone the possessive refers to, not a source of its own ("his associates" is)
                if (possessive && !cues.SourceNouns.Contains(hw)) return null;
                for (int i = s; i < head; i++)
                {
                    var lw = tokens[i].Text.ToLowerInvariant();
                    if (cues.Determiners.Contains(lw) || cues.SubjectPronouns.Contains(lw)) return null; // "That’s why X’s team": no source phrase
                }
            }
            string surface = t.Substring(tokens[a].Offset, tokens[b].End - tokens[a].Offset);
            string bare = t.Substring(tokens[s].Offset, tokens[b].End - tokens[s].Offset);
            if (cues.SubjectPronouns.Contains(bare) || cues.Determiners.Contains(bare)) return null;
            // a place is a source only when it is a country ("South Korea says"; not "in Omsk")
            if (cues.Lexicon.Places.TryGetValue(bare, out var place) && place.Kind != PlaceKindModel.Country) return null;
            return (bare, surface);
        }
    }
}
