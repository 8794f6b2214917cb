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
    /// <summary>The verb and adverb lists of one lexicon (statements.yaml), looked up once per article.</summary>
    internal sealed class StatementCues
    {
        public readonly HashSet<string> Attribution, Reporting, BareClause, NounObject, Infinitive, Adverbs, Honorifics, Titles, Determiners;
        public StatementCues(LexiconIndex lx)
        {
            Attribution = lx.Words(LexiconIndex.Lists.AttributionVerbs);
            Reporting = lx.Words(LexiconIndex.Lists.ReportingVerbs);
            BareClause = lx.Words(LexiconIndex.Lists.BareClauseVerbs);
            NounObject = lx.Words(LexiconIndex.Lists.NounObjectVerbs);
            Infinitive = lx.Words(LexiconIndex.Lists.InfinitiveVerbs);
            Adverbs = lx.Words(LexiconIndex.Lists.AttributionAdverbs);
            Honorifics = lx.Words(LexiconIndex.Lists.Honorifics);
            Titles = lx.Words(LexiconIndex.Lists.Titles);
            Determiners = lx.Words(LexiconIndex.Lists.Determiners);
        }

        /// <summary>A "." that ends an abbreviation inside a name ("Mr.", "Rep.", "Sen.", an initial), not the sentence.</summary>
        public bool AbbreviationDot(List<Token> tokens, int dot) =>
            dot > 0 && tokens[dot].Text == "." && tokens[dot - 1].IsWord && tokens[dot].Offset == tokens[dot - 1].End
            && (Honorifics.Contains(tokens[dot - 1].Text) || Titles.Contains(tokens[dot - 1].Text) || (tokens[dot - 1].Text.Length == 1 && char.IsUpper(tokens[dot - 1].Text[0])));
    }
}
