using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Generator
{
    /// <summary>Generator options from MSBuild, as plain values.</summary>
    /// <remarks><paramref name="Nullable"/>: the consumer's language version has nullable reference types (C# 8 and later), so the
    /// generated files say <c>#nullable enable annotations</c> and <c>#nullable disable warnings</c> and annotate; for C# 7.3 they carry neither.</remarks>
    internal sealed record GeneratorOptions(string Namespace, string ClassName, bool Enabled, string? ProjectDirectory, bool Nullable = true);

    internal enum FileKind { None, Article, Lexicon }

    /// <summary>An additional file SeedGen owns: path as given, path relative to the project, and its text.</summary>
    internal sealed record InputFile(FileKind Kind, string Path, string RelativePath, string Text);

    /// <summary>Everything one article's extraction depends on, so the extraction step re-runs only when one of these changes.</summary>
    internal sealed record ArticleInput(string Path, string RelativePath, string Text, string? SidecarPath, string? SidecarText, EquatableArray<InputFile> CorpusCurations);

    /// <summary>The extracted article with the absolute path of its file (for diagnostics).</summary>
    internal sealed record ExtractedArticle(string Path, ArticleModel Model);

    /// <summary>What emitting one article needs: the article, its corpus decisions, and the options. Small and equatable, so
    /// an edit elsewhere in the corpus leaves this Cached unless it changes something this article shows.</summary>
    internal sealed record ArticleEmitModel(GeneratorOptions Options, ArticleModel Article, CorpusArticleRef? Ref,
        EquatableArray<EventLabel> EventLabels, EquatableArray<PersonLabel> SpeakerLabels);

    /// <summary>What becomes one generated file: the options it is emitted with and its hint name.</summary>
    internal interface IEmitUnit
    {
        GeneratorOptions Options { get; }
        string HintName { get; }
    }

    /// <summary>How an article's statement documentation names an event: id, name, dates, place.</summary>
    internal sealed record EventLabel(string Id, string Name, string Dates, string? Place);

    internal sealed record PersonLabel(string Id, string Name);


    /// <summary>Diagnostics as data, with the absolute paths to report them at.</summary>
    internal sealed record DiagnosticsModel(EquatableArray<DiagnosticModel> Diagnostics, string? ProjectDirectory);
}
