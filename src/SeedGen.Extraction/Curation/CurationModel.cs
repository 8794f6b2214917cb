using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Curation
{
    /// <summary>Fix a statement the extractor found: matched by a substring of its text.</summary>
    /// <param name="Match">A substring of the statement's text that picks it (the first statement containing it).</param>
    /// <param name="Speaker">New speaker (canonical name), or null to keep.</param>
    /// <param name="Event">New event name, or null to keep.</param>
    public sealed record StatementFix(string Match, string? Speaker, string? Event, bool Suppress, SourceSpan Span);

    /// <summary>A statement the extractor missed; its text must occur in the article.</summary>
    public sealed record StatementAddition(string Text, StatementKindModel Kind, string? Speaker, string? Event, SourceSpan Span);

    /// <summary>Fix an event the extractor found, matched by its name or an alias.</summary>
    public sealed record EventFix(string Match, string? Name, EventKindModel? Kind, DateValue Start, DateValue End, string? Location,
        EquatableArray<string> Participants, bool Suppress, SourceSpan Span);

    /// <summary>An event the extractor missed.</summary>
    public sealed record EventAddition(string Name, EventKindModel Kind, DateValue Start, DateValue End, string? Location, EquatableArray<string> Participants, SourceSpan Span);

    /// <summary>Merge events of the article into the first one named.</summary>
    public sealed record EventMerge(EquatableArray<string> Names, SourceSpan Span);

    /// <summary>Split an event the extractor took as one: the first part keeps its mentions and statements, the others are new.</summary>
    public sealed record EventSplit(string Match, EquatableArray<EventAddition> Into, SourceSpan Span);

    /// <summary>Rename a generated identifier (corpus-wide).</summary>
    public sealed record IdRename(string From, string To, SourceSpan Span);

    /// <summary>What one curation file (<c>NAME.seedgen.yaml</c> sidecar or an <c>articles:</c> entry of <c>seedgen.yaml</c>) says about one article.</summary>
    public sealed record ArticleCuration(
        string File,
        string? Title,
        DateValue Published,
        EquatableArray<StatementFix> StatementFixes,
        EquatableArray<StatementAddition> StatementAdditions,
        EquatableArray<EventFix> EventFixes,
        EquatableArray<EventAddition> EventAdditions,
        EquatableArray<EventMerge> EventMerges,
        EquatableArray<IdRename> Renames,
        EquatableArray<DiagnosticModel> Diagnostics)
    {
        /// <summary>Events to split into several.</summary>
        public EquatableArray<EventSplit> EventSplits { get; init; } = EquatableArray<EventSplit>.Empty;

        public bool IsEmpty => Title is null && Published.IsNone && StatementFixes.IsEmpty && StatementAdditions.IsEmpty && EventFixes.IsEmpty
            && EventAdditions.IsEmpty && EventMerges.IsEmpty && Renames.IsEmpty && EventSplits.IsEmpty;
    }
}
