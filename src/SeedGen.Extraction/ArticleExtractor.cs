using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Statements;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction
{
    /// <summary>The one entry point: article text in, <see cref="ArticleModel"/> out. Never throws (but for cancellation):
    /// a failure becomes one diagnostic naming the file, and an article with what could be read.</summary>
    public static class ArticleExtractor
    {
        /// <param name="file">The article's path as it should appear in diagnostics and SourceRef (relative, forward slashes).</param>
        /// <param name="text">The article's text.</param>
        /// <param name="lexicon">Word lists; <see cref="Lexicon.Lexicon.Default"/> when null.</param>
        public static ArticleModel Extract(string file, string text, Lexicon.Lexicon? lexicon = null, CancellationToken cancellationToken = default)
            => Extract(file, text, lexicon, null, cancellationToken);

        /// <summary>Extracts and then applies the article's curation (sidecar <c>NAME.seedgen.yaml</c> or a corpus-wide <c>articles:</c> entry).</summary>
        public static ArticleModel Extract(string file, string text, Lexicon.Lexicon? lexicon, Curation.ArticleCuration? curation, CancellationToken cancellationToken = default)
        {
            var model = ExtractCore(file, text, lexicon, cancellationToken);
            if (curation is null) return model;
            try
            {
                return Curation.Curator.Apply(model, curation, text);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Failed(file, model.Title, ex);
            }
        }

        private static ArticleModel ExtractCore(string file, string text, Lexicon.Lexicon? lexicon, CancellationToken cancellationToken)
        {
            lexicon ??= Lexicon.Lexicon.Default;
            ArticleDocument? doc = null;
            try
            {
                doc = ArticleReader.Read(file, text, lexicon.Boilerplate);
                var diagnostics = new List<DiagnosticModel>(doc.Diagnostics);
                cancellationToken.ThrowIfCancellationRequested();
                var time = TemporalAnchor.Find(doc);
                var entities = EntityRecognizer.Recognize(doc, lexicon);
                cancellationToken.ThrowIfCancellationRequested();
                var statements = StatementExtractor.Extract(doc, entities, lexicon, diagnostics, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                var events = EventExtractor.Extract(doc, entities, time, lexicon, diagnostics, cancellationToken);
                statements = EventExtractor.LinkStatements(doc, statements, events);

                doc.FrontMatter.TryGetValue("source", out var source);
                doc.FrontMatter.TryGetValue("url", out var url);
                return new ArticleModel(
                    file,
                    doc.Title,
                    time.Published,
                    source,
                    url,
                    events.ToEquatableArray(),
                    statements.ToEquatableArray(),
                    entities.People.ToEquatableArray(),
                    entities.Places.ToEquatableArray(),
                    entities.Organizations.ToEquatableArray(),
                    diagnostics.ToEquatableArray());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Failed(file, doc?.Title, ex);
            }
        }

        /// <summary>The model for an article whose extraction threw: its title if known and one SG0001 diagnostic.</summary>
        public static ArticleModel Failed(string file, string? title, Exception ex)
        {
            var diag = new DiagnosticModel(DiagnosticIds.ExtractionFailed, DiagnosticSeverityModel.Warning,
                $"extracting '{file}' failed ({ex.GetType().Name}: {ex.Message}); the article was generated without events or statements. Please report this.",
                file, new SourceSpan(0, 0, 1, 1));
            return new ArticleModel(file, title ?? file, DateValue.None, null, null,
                EquatableArray<EventModel>.Empty, EquatableArray<StatementModel>.Empty, EquatableArray<PersonModel>.Empty,
                EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray.Create(diag));
        }
    }
}
