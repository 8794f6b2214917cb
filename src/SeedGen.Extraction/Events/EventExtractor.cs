using System.Collections.Generic;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>Finds events (meetings, conferences, visits, sessions, elections, talks) with dates, place and participants,
    /// one per real event in the article, and links statements to the event they were said at.</summary>
    public static class EventExtractor
    {
        public static IReadOnlyList<EventModel> Extract(ArticleDocument doc, EntityIndex entities, ArticleTime time, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            // Implemented in the events work package.
            return new EventModel[0];
        }

        /// <summary>Sets <see cref="StatementModel.Event"/> for statements said at one of the events.</summary>
        public static IReadOnlyList<StatementModel> LinkStatements(ArticleDocument doc, IReadOnlyList<StatementModel> statements, IReadOnlyList<EventModel> events)
        {
            return statements;
        }
    }
}
