using System;
using System.Collections.Generic;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>The verb and adverb lists of one lexicon (statements.yaml), looked up once per article.</summary>
    internal sealed class StatementCues
    {
        public readonly HashSet<string> Attribution, Reporting, BareClause, NounObject, Infinitive, Adverbs, Honorifics, Titles, Determiners;
        public readonly HashSet<string> GroupShares, ClauseBreaks, ParentheticalStops, NumberQualifiers, SpeechOnly, SaidObjects, SourceDocuments, MorePrepositions;
        public readonly HashSet<string> AdjunctHeads, TimeAdjuncts, AdjunctPrepositions, Audience, Relatives, Telling, SubjectPronouns, SourceNouns, FiniteMarkers, NounForms, Quoting, GroupNouns, PersonPronouns, Quantifiers, TimeModifiers, Subordinators, OpeningSubordinators, AppositionOpeners, NameConnectors, SourceTailPrepositions, QuestionVerbs, QuestionOpeners, PassiveQuestionOpeners, PassiveQuestionMarkers, Anonymity, TitleCues, TitleSmallWords;
        public readonly LexiconIndex Lexicon;

        /// <summary>The statements.yaml list of words that introduce a title or a name, not words said ("a paper titled “…”").</summary>
        public const string TitleCuesList = "title_cues";

        /// <summary>The statements.yaml list of the small words a title leaves in lower case ("State of the Union").</summary>
        public const string TitleSmallWordsList = "title_small_words";

        /// <summary>The statements.yaml list of nouns that name a share of a group ("half of the crews", "40 percent").</summary>
        public const string GroupSharesList = "group_shares";

        /// <summary>The statements.yaml list of words that, after a comma, end a reported clause ("…, compared with …").</summary>
        public const string ClauseBreaksList = "clause_breaks";

        /// <summary>The statements.yaml list of words that, after an attribution set off inside a clause, open the reporter's own addition.</summary>
        public const string ParentheticalStopsList = "parenthetical_stops";

        /// <summary>The statements.yaml list of words that qualify a number or share opening a subject ("About 4 in 10 said").</summary>
        public const string NumberQualifiersList = "number_qualifiers";
        public StatementCues(LexiconIndex lx)
        {
            Lexicon = lx;
            Attribution = lx.Words(LexiconIndex.Lists.AttributionVerbs);
            Reporting = lx.Words(LexiconIndex.Lists.ReportingVerbs);
            BareClause = lx.Words(LexiconIndex.Lists.BareClauseVerbs);
            NounObject = lx.Words(LexiconIndex.Lists.NounObjectVerbs);
            Infinitive = lx.Words(LexiconIndex.Lists.InfinitiveVerbs);
            Adverbs = lx.Words(LexiconIndex.Lists.AttributionAdverbs);
            Honorifics = lx.Words(LexiconIndex.Lists.Honorifics);
            Titles = lx.Words(LexiconIndex.Lists.Titles);
            Determiners = lx.Words(LexiconIndex.Lists.Determiners);
            AdjunctHeads = lx.Words(LexiconIndex.Lists.AdjunctHeads);
            TimeAdjuncts = lx.Words(LexiconIndex.Lists.TimeAdjuncts);
            AdjunctPrepositions = lx.Words(LexiconIndex.Lists.AdjunctPrepositions);
            Audience = lx.Words(LexiconIndex.Lists.AudienceWords);
            Relatives = lx.Words(LexiconIndex.Lists.RelativePronouns);
            Telling = lx.Words(LexiconIndex.Lists.TellingVerbs);
            SubjectPronouns = lx.Words(LexiconIndex.Lists.SubjectPronouns);
            SourceNouns = lx.Words(LexiconIndex.Lists.SourceNouns);
            FiniteMarkers = lx.Words(LexiconIndex.Lists.FiniteMarkers);
            SpeechOnly = lx.Words(LexiconIndex.Lists.SpeechOnlyVerbs);
            SaidObjects = lx.Words(LexiconIndex.Lists.SaidObjects);
            SourceDocuments = lx.Words(LexiconIndex.Lists.SourceDocuments);
            MorePrepositions = lx.Words(LexiconIndex.Lists.MorePrepositions);
            NounForms = lx.Words(LexiconIndex.Lists.NounForms);
            Quoting = lx.Words(LexiconIndex.Lists.QuotingVerbs);
            Quantifiers = lx.Words(LexiconIndex.Lists.ClauseQuantifiers);
            TimeModifiers = lx.Words(LexiconIndex.Lists.TimeModifiers);
            Subordinators = lx.Words(LexiconIndex.Lists.Subordinators);
            OpeningSubordinators = lx.Words(LexiconIndex.Lists.OpeningSubordinators);
            AppositionOpeners = lx.Words(LexiconIndex.Lists.AppositionOpeners);
            NameConnectors = lx.Words(LexiconIndex.Lists.NameConnectors);
            SourceTailPrepositions = lx.Words(LexiconIndex.Lists.SourceTailPrepositions);
            QuestionVerbs = lx.Words(LexiconIndex.Lists.QuestionVerbs);
            QuestionOpeners = lx.Words(LexiconIndex.Lists.QuestionOpeners);
            PassiveQuestionOpeners = lx.Words(LexiconIndex.Lists.PassiveQuestionOpeners);
            PassiveQuestionMarkers = lx.Words(LexiconIndex.Lists.PassiveQuestionMarkers);
            Anonymity = lx.Words(LexiconIndex.Lists.AnonymityWords);
            TitleCues = lx.Words(TitleCuesList);
            TitleSmallWords = lx.Words(TitleSmallWordsList);
            GroupShares = lx.Words(GroupSharesList);
            ClauseBreaks = lx.Words(ClauseBreaksList);
            ParentheticalStops = lx.Words(ParentheticalStopsList);
            NumberQualifiers = lx.Words(NumberQualifiersList);
            GroupNouns = lx.Words(LexiconIndex.Lists.GroupNouns);
            PersonPronouns = lx.Words(LexiconIndex.Lists.Pronouns);
        }

        /// <summary>A "." that ends an abbreviation inside a name ("Mr.", "Rep.", "Sen.", an initial), not the sentence.</summary>
        public bool AbbreviationDot(TokenList tokens, int dot) =>
            dot > 0 && tokens[dot].Text == "." && tokens[dot - 1].IsWord && tokens[dot].Offset == tokens[dot - 1].End
            && (Honorifics.Contains(tokens[dot - 1].Text) || Titles.Contains(tokens[dot - 1].Text) || (tokens[dot - 1].Text.Length == 1 && char.IsUpper(tokens[dot - 1].Text[0])));

        /// <summary>A verb of saying that is also a noun ("reports", "claim") counts as a verb only after a name, a pronoun, a
        /// source or group noun, or an adverb.</summary>
        public bool VerbNotNoun(TokenList tokens, int v)
        {
            if (!NounForms.Contains(tokens[v].Text)) return true;
            if (v == 0) return false;
            var p = tokens[v - 1];
            return p.IsWord && (p.IsCapitalized || SubjectPronouns.Contains(p.Text) || Relatives.Contains(p.Text) || Titles.Contains(p.Text) || PersonPronouns.Contains(p.Text) || SourceNouns.Contains(p.Text)
                || GroupNouns.Contains(p.Text) || Adverbs.Contains(p.Text));
        }

        /// <summary>Is the complement starting at <paramref name="c"/> a clause? A name or a number opens one; after a lower-case
        /// opener (a pronoun, a determiner), a finite verb must follow before the next comma ("said the talks will resume", not "announced a withdrawal").</summary>
        public bool ClauseComplement(TokenList tokens, int c, string? verb = null)
        {
            if (c >= tokens.Count || !tokens[c].IsWord) return false;
            if (Subjects.Preposition(tokens[c].Text) || AdjunctPrepositions.Contains(tokens[c].Text) || Subordinators.Contains(tokens[c].Text)) return false;
            if (!char.IsLower(tokens[c].Text[0]) || SubjectPronouns.Contains(tokens[c].Text)) return true;
            // "said her neighbours feel the same way": after a verb that takes only clauses, a clause of three words or more
            // (not "said nothing", "said a prayer", "said the same")
            string first = tokens[c].Text;
            bool opensNounPhrase = !FiniteMarkers.Contains(first) && !first.EndsWith("ing", StringComparison.Ordinal) && !first.EndsWith("ly", StringComparison.Ordinal);
            if (verb != null && opensNounPhrase && SpeechOnly.Contains(verb) && !SaidObjects.Contains(first) && !(first == "the" && c + 1 < tokens.Count && SaidObjects.Contains(tokens[c + 1].Text)))
            {
                int words = 0;
                for (int k = c; k < tokens.Count && tokens[k].IsWord && words < 3; k++) words++;
                if (words >= 3) return true;
            }
            // any other lower-case start ("voter fraud would …", "the talks will …", "many were …"): a finite verb must follow
            for (int k = c + 1; k < tokens.Count && k <= c + 25; k++)
            {
                var w = tokens[k].Text;
                // a list of names inside the subject does not end it ("letters from Asante, Mensah and Owusu were …")
                if (w == "," && k + 1 < tokens.Count && NameWord(tokens[k - 1]) && NameWord(tokens[k + 1])) continue;
                if (!tokens[k].IsWord) { if (w is "," or "." or ";" or ":" or "(" ) return false; continue; }
                if (FiniteMarkers.Contains(w) || (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && char.IsLower(w[0])) || Contracted(w)) return true;
            }
            return false;
        }

        /// <summary>A contracted auxiliary: "shouldn’t", "she’ll", "they're", "we've", "I'd" (either apostrophe).</summary>
        private static bool Contracted(string w)
        {
            int a = w.IndexOf('’');
            if (a < 0) a = w.IndexOf('\'');
            if (a <= 0 || a == w.Length - 1) return false;
            int tail = w.Length - a - 1;
            char t0 = w[a + 1];
            if (tail == 1) return t0 is 'd' or 'm' || (t0 == 't' && a > 1 && w[a - 1] == 'n');
            return tail == 2 && (t0, w[a + 2]) is ('l', 'l') or ('r', 'e') or ('v', 'e');
        }

        private static bool NameWord(Token t) => t.IsWord && char.IsUpper(t.Text[0]);

        /// <summary>From <paramref name="k"/> back over adverbs and time adjuncts between a subject and its verb ("X also said",
        /// "X last week claimed", "X on Monday said"); the index of the subject's last token.</summary>
        public int SkipBackAdjuncts(TokenList tokens, int k)
        {
            while (k >= 0 && (tokens[k].IsWord || tokens[k].Text == ","))
            {
                if (Adverbs.Contains(tokens[k].Text) || (TimeAdjuncts.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]))) { k--; continue; }
                // "Analysts have, however, suggested": an adverb between commas
                if (k > 2 && tokens[k].Text == "," && Adverbs.Contains(tokens[k - 1].Text) && tokens[k - 2].Text == ",") { k -= 3; continue; }
                if (k > 0 && AdjunctHeads.Contains(tokens[k].Text) && TimeModifiers.Contains(tokens[k - 1].Text)) { k -= 2; continue; }
                // "who in 2010 said"
                if (k > 0 && tokens[k].Text.Length == 4 && char.IsDigit(tokens[k].Text[0]) && AdjunctPrepositions.Contains(tokens[k - 1].Text)) { k -= 2; continue; }
                // "X on Monday said"
                if (k > 1 && TimeAdjuncts.Contains(tokens[k].Text) && char.IsUpper(tokens[k].Text[0]) && tokens[k - 1].Text == "on") { k -= 2; continue; }
                break;
            }
            return k;
        }

        /// <summary>Does [from, to) read as a clause with a verb: a finite verb, or a lower-case word in -s or -ed of five letters or
        /// more ("testifies", "failed")? "Earlier this week on Wednesday" does not.</summary>
        public bool HasVerb(TokenList tokens, int from, int to)
        {
            for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            {
                var w = tokens[k].Text;
                if (!tokens[k].IsWord || !char.IsLower(w[0])) continue;
                if (FiniteMarkers.Contains(w) || SubjectPronouns.Contains(w) || Reporting.Contains(w)) return true;
                if (w.Length >= 5 && (w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))) return true;
            }
            return false;
        }

        /// <summary>Does the token open a clause of its own: a subject pronoun, a determiner, a name, a number?</summary>
        public bool OpensClause(Token tk) =>
            tk.IsWord && (SubjectPronouns.Contains(tk.Text) || Determiners.Contains(tk.Text) || char.IsUpper(tk.Text[0]) || char.IsDigit(tk.Text[0]));
    }
}
