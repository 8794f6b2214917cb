using System.Collections.Generic;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>Scores extracted events (per article) and the corpus merge against gold.</summary>
    public static class EventScoring
    {
        public static EventScores Score(IEnumerable<(GoldArticle Gold, ArticleModel Actual)> articles, IReadOnlyList<GoldCorpusEvent> corpusGold, CorpusModel corpus)
        {
            // Implemented in the events work package.
            return new EventScores(new PrfScore(0, 0, 0), 0, 0, 0, corpusGold.Count, 0, 0, new List<string>());
        }
    }
}
