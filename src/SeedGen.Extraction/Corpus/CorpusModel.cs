using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>Where an event is mentioned: article file and span.</summary>
    public sealed record SourceModel(string File, SourceSpan Span);

    /// <summary>An event merged across articles.</summary>
    public sealed record CorpusEventModel(
        string Id,
        string Name,
        EventKindModel Kind,
        DateValue Start,
        DateValue End,
        string? LocationId,
        EquatableArray<string> ParticipantIds,
        EquatableArray<string> Aliases,
        EquatableArray<SourceModel> Sources,
        EquatableArray<string> ArticleFiles);

    public sealed record CorpusPersonModel(string Id, string Name, EquatableArray<string> Aliases, string? Role, string? Country);

    public sealed record CorpusPlaceModel(string Id, string Name, PlaceKindModel Kind, string? Country, EquatableArray<string> Aliases);

    public sealed record CorpusOrganizationModel(string Id, string Name, string? Abbreviation, EquatableArray<string> Aliases);

    /// <summary>One statement with its corpus identifier and resolved links.</summary>
    public sealed record CorpusStatementRef(string Id, string? SpeakerId, string? EventId);

    /// <summary>What the corpus decided for one article: its identifier, its statements' identifiers and links, and the corpus
    /// event each of its events was merged into. Small, so that the generator can project it per article and cache.</summary>
    /// <param name="EventIds">One per <see cref="ArticleModel.Events"/> entry, same order.</param>
    /// <param name="Statements">One per <see cref="ArticleModel.Statements"/> entry, same order.</param>
    public sealed record CorpusArticleRef(string File, string Id, EquatableArray<string> EventIds, EquatableArray<CorpusStatementRef> Statements);

    /// <summary>The whole corpus: identifiers and cross references. Lists are in a documented, deterministic order:
    /// events chronologically (undated last, then by first source); people, places and organisations by identifier; articles by file.</summary>
    public sealed record CorpusModel(
        EquatableArray<CorpusArticleRef> Articles,
        EquatableArray<CorpusEventModel> Events,
        EquatableArray<CorpusPersonModel> People,
        EquatableArray<CorpusPlaceModel> Places,
        EquatableArray<CorpusOrganizationModel> Organizations,
        EquatableArray<DiagnosticModel> Diagnostics)
    {
        public CorpusArticleRef? Article(string file)
        {
            foreach (var a in Articles) if (a.File == file) return a;
            return null;
        }
    }
}
