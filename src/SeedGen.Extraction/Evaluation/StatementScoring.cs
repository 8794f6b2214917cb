using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>Scores extracted statements against gold (matching rules documented in the statements work package).</summary>
    public static class StatementScoring
    {
        public static StatementScores Score(IEnumerable<(GoldArticle Gold, ArticleModel Actual)> articles)
        {
            // Implemented in the statements work package.
            return new StatementScores(new PrfScore(0, 0, 0), new PrfScore(0, 0, 0), 0, 0, new List<string>());
        }
    }
}
