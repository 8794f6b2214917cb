using System.Collections.Generic;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>Finds direct quotes and reported speech and resolves their speakers.</summary>
    public static class StatementExtractor
    {
        public static IReadOnlyList<StatementModel> Extract(ArticleDocument doc, EntityIndex entities, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            // Implemented in the statements work package.
            return new StatementModel[0];
        }
    }
}
