using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;

namespace SeedGen.Generator
{
    /// <summary>
    /// Compiles the articles passed as AdditionalFiles into typed records. One cached chain per article
    /// (file → input → extraction → emit), one small corpus step for identifiers and cross references.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SeedGenGenerator : IIncrementalGenerator
    {
        private readonly GeneratorHooks? _hooks;

        /// <summary>The generator as the compiler loads it: no hooks.</summary>
        public SeedGenGenerator() { }

        /// <summary>For tests and benchmarks: <paramref name="hooks"/> sees (or breaks) each step.</summary>
        internal SeedGenGenerator(GeneratorHooks hooks) => _hooks = hooks;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var hooks = _hooks;
            // The language version only (never the parse options themselves): C# 7.3 consumers get no nullable annotations.
            var nullable = context.ParseOptionsProvider
                .Select(static (p, _) => p is Microsoft.CodeAnalysis.CSharp.CSharpParseOptions cs && cs.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8);
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (p, _) => ReadOptions(p.GlobalOptions))
                .Combine(nullable)
                .Select(static (pair, _) => pair.Left with { Nullable = pair.Right })
                .WithTrackingName(TrackingNames.Options);

            // Classify each additional file by the metadata our targets stamp on it (or by convention when there is none).
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, ct) => Classify(pair.Left, pair.Right, ct))
                .Where(static f => f is not null)
                .Select(static (f, _) => f!)
                .WithTrackingName(TrackingNames.Files);

            var articles = files.Where(static f => f.Kind == FileKind.Article);
            var yamlFiles = files.Where(static f => f.Kind == FileKind.Lexicon).Collect()
                .Select(static (all, _) => all.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToEquatableArray());

            // Word lists: every seedgen.yaml / *.seedgen.yaml except the sidecars of articles (NAME.seedgen.yaml beside NAME.txt),
            // which curate their article only.
            var articleStems = articles.Select(static (f, _) => Stem(f.RelativePath)).Collect()
                .Select(static (all, _) => all.OrderBy(x => x, StringComparer.OrdinalIgnoreCase).ToEquatableArray());
            // The word-list files first, as their own equatable value: adding or removing an article changes the stems but not this
            // list, so the lexicon (expensive to build) stays Cached.
            var lexicon = yamlFiles.Combine(articleStems)
                .Select(static (pair, _) => pair.Left.Where(f => !IsSidecar(f.RelativePath, pair.Right)).ToEquatableArray())
                .Select((files, _) => Steps.Lexicon(hooks, files))
                .WithTrackingName(TrackingNames.Lexicon);

            // Pair each article with its sidecar and the corpus-wide curation files (a cheap step; unchanged pairs stay Cached).
            var articleInputs = articles.Combine(yamlFiles)
                .Select(static (pair, _) => ToInput(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ArticleInputs);

            var extracted = articleInputs.Combine(lexicon.Select(static (l, _) => l.Lexicon))
                .Select((pair, ct) => Extract(hooks, pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.Extracted);

            // The corpus-independent part of linking (tokens, surname keys, identifier spelling) per article, so that the corpus
            // step over all articles only looks these up.
            var facts = extracted.Select((e, _) => Steps.Facts(hooks, e.Model))
                .WithTrackingName(TrackingNames.Facts);

            // Linking (people, places, organisations, merged events) depends on no span and no statement: an edit that changes
            // neither an article's names nor its events leaves every per-article link Unchanged and this step Cached.
            var links = facts.Select(static (f, _) => f.Value.Link).Collect()
                .Select((all, _) => Steps.Link(hooks, all))
                .WithTrackingName(TrackingNames.Links);

            // Naming: one step over every article's requests decides the names that collide; its output is Unchanged unless a
            // collision appears or goes
            // (over the facts themselves, not over a per-article step that reads the linking: Roslyn's step tracking records every
            // path through the graph, and a chain collect → per article → collect multiplies them: a per-article step of requests
            // made the 100-article tracked tests run for over fifteen minutes)
            var allFacts = facts.Collect();
            var naming = allFacts.Combine(links).Select((pair, _) => Steps.Naming(hooks, pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Naming);

            // Each article's own slice of the corpus (identifiers, speakers, merged events): it reads only the linking and the
            // decided names, so an edit elsewhere leaves every other article's slice, and so its emit model, Cached.
            var slices = facts.Combine(links).Combine(naming)
                .Select((pair, _) => Steps.Slice(hooks, pair.Left.Left, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.Slices);
            var renames = allFacts.Combine(links).Combine(naming)
                .Select(static (pair, _) => Steps.Renames(pair.Left.Left, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.Renames);

            var articleEmit = slices.Combine(links).Combine(renames).Combine(options)
                .Select((pair, _) => Steps.Project(hooks, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.ArticleEmit);

            // The corpus-wide records (events with their mentions, people, places, organisations) from every article's decisions.
            var corpus = slices.Collect().Combine(links).Combine(naming).Combine(renames)
                .Select((pair, _) => Steps.Assemble(hooks, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.Corpus);
            var corpusModel = corpus.Select(static (c, _) => c.Value);
            // when assembling failed, the articles are left out too (their records would name events that are not there)
            var corpusFailed = corpus.Select(static (c, _) => !c.Diagnostics.IsEmpty);

            // Articles with their statements, grouped into hash-stable chunks (at most 128 files): an edit regenerates its chunk.
            var emitted = articleEmit.Select(static (a, _) => a.Value).Collect().Combine(corpusFailed)
                .Select(static (pair, _) => pair.Right ? EquatableArray<ArticleEmitModel>.Empty : pair.Left.ToEquatableArray()).Combine(options);
            Output(context, hooks, emitted.SelectMany((pair, _) => Steps.Plan(hooks, "Articles",
                () => CorpusPlan.Articles(pair.Right, pair.Left),
                () => Enumerable.Range(0, CorpusPlan.ChunkCount("Articles", pair.Left.Count(a => a.Ref != null)))
                    .Select(i => new Chunk<ArticleEmitModel>(pair.Right, "Articles", i, EquatableArray<ArticleEmitModel>.Empty)).ToEquatableArray()))
                .WithTrackingName(TrackingNames.ArticleChunks), Emitter.EmitArticles);
            Output(context, hooks, emitted.SelectMany((pair, _) => Steps.Plan(hooks, "ArticleIndexes",
                () => CorpusPlan.ArticleIndexes(pair.Right, pair.Left),
                () => CorpusPlan.ArticleIndexes(pair.Right, EquatableArray<ArticleEmitModel>.Empty)
                    .Select(x => x with { Chunks = CorpusPlan.ChunkCount("Articles", pair.Left.Count(a => a.Ref != null)) }).ToEquatableArray())), Emitter.EmitIndex);

            // The corpus files: the root, each scope's index (All, Find), and each scope's records in hash-stable chunks. Every
            // unit is its own equatable entry, so an edit regenerates only the units whose content changed.
            var corpusWithOptions = corpusModel.Combine(options);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "Root",
                () => new[] { CorpusPlan.Root(pair.Right, pair.Left) }.ToEquatableArray(),
                () => new[] { new RootModel(pair.Right, 0, 0, 0, 0) }.ToEquatableArray())), Emitter.EmitRoot);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "Indexes",
                () => CorpusPlan.Indexes(pair.Right, pair.Left),
                () => Steps.EmptyIndexes(pair.Right, pair.Left))), Emitter.EmitIndex);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "Events",
                () => CorpusPlan.Events(pair.Right, pair.Left), () => Steps.EmptyChunks<EventEmit>(pair.Right, "Events", pair.Left)))
                .WithTrackingName(TrackingNames.EventChunks), Emitter.EmitEvents);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "People",
                () => CorpusPlan.People(pair.Right, pair.Left), () => Steps.EmptyChunks<PersonEmit>(pair.Right, "People", pair.Left))), Emitter.EmitPeople);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "Places",
                () => CorpusPlan.Places(pair.Right, pair.Left), () => Steps.EmptyChunks<PlaceEmit>(pair.Right, "Places", pair.Left))), Emitter.EmitPlaces);
            Output(context, hooks, corpusWithOptions.SelectMany((pair, _) => Steps.Plan(hooks, "Organizations",
                () => CorpusPlan.Organizations(pair.Right, pair.Left), () => Steps.EmptyChunks<CorpusOrganizationModel>(pair.Right, "Organizations", pair.Left))), Emitter.EmitOrganizations);

            // Diagnostics from their own outputs, so a diagnostic-only change does not regenerate source.
            var articleDiagnostics = extracted.Combine(options)
                .Select(static (pair, _) => new DiagnosticsModel(pair.Left.Model.Diagnostics, pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(articleDiagnostics, static (spc, d) => Report(spc, d));
            var stepDiagnostics = facts.Select(static (f, _) => f.Diagnostics)
                .Combine(options).Select(static (pair, _) => new DiagnosticsModel(pair.Left, pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(stepDiagnostics, static (spc, d) => Report(spc, d));
            var projectDiagnostics = articleEmit.Select(static (a, _) => a.Diagnostics)
                .Combine(options).Select(static (pair, _) => new DiagnosticsModel(pair.Left, pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(projectDiagnostics, static (spc, d) => Report(spc, d));

            var globalDiagnostics = lexicon.Combine(links).Combine(naming).Combine(renames).Combine(corpus).Combine(options)
                .Select(static (pair, _) => new DiagnosticsModel(
                    pair.Left.Left.Left.Left.Left.Diagnostics.Concat(pair.Left.Left.Left.Left.Right.Diagnostics).Concat(pair.Left.Left.Left.Right.Diagnostics)
                        .Concat(pair.Left.Left.Right.Diagnostics).Concat(pair.Left.Right.Diagnostics)
                        .Concat(pair.Left.Right.Value.Diagnostics).ToEquatableArray(), pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(globalDiagnostics, static (spc, d) => Report(spc, d));
        }

        /// <summary>One generated file per unit, unless SeedGen is disabled for the project. A unit whose plan failed (or whose
        /// emission throws) becomes its empty form, so the project still compiles, and an SG0901 warning.</summary>
        private static void Output<T>(IncrementalGeneratorInitializationContext context, GeneratorHooks? hooks, IncrementalValuesProvider<Planned<T>> units, Func<T, string> emit)
            where T : IEmitUnit =>
            context.RegisterSourceOutput(units, (spc, planned) =>
            {
                var unit = planned.Unit;
                if (planned.Failure != null) spc.ReportDiagnostic(Diagnostic.Create(Descriptors.StepFailed, Location.None, planned.Failure));
                if (unit is RootModel { Statements: > CorpusPlan.MaxMembers } root)
                    spc.ReportDiagnostic(Diagnostic.Create(Descriptors.TooManyMembers, Location.None,
                        "the corpus has " + root.Statements.ToString(System.Globalization.CultureInfo.InvariantCulture) + " statements, more than the "
                        + CorpusPlan.MaxMembers.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + " members a generated class can hold (.NET loads no type with more than 65,535 methods): they are reached through Statements.All and Statements.Find only."
                        + " Split the corpus over several projects (SeedGenFolder and SeedGenClassName or SeedGenNamespace per project) to keep a member per statement"));
                if (!unit.Options.Enabled) return;
                string text;
                try
                {
                    hooks?.BeforeStep?.Invoke(GeneratorHooks.Emit, unit.HintName);
                    text = planned.Fallback ? Emitter.EmitFallback(unit) : emit(unit);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(Descriptors.StepFailed, Location.None,
                        Steps.Message("emitting " + unit.HintName, ex, "the file was generated without its records")));
                    text = Emitter.EmitFallback(unit);
                }
                spc.AddSource(unit.HintName, SourceText.From(text, System.Text.Encoding.UTF8));
            });

        internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string? Get(string key) => global.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            string ns = Get(MSBuildNames.Namespace) ?? Get(MSBuildNames.RootNamespace) ?? MSBuildNames.DefaultNamespace;
            string cls = Get(MSBuildNames.ClassName) ?? MSBuildNames.DefaultClassName;
            bool enabled = !string.Equals(Get(MSBuildNames.Enabled), "false", StringComparison.OrdinalIgnoreCase);
            return new GeneratorOptions(Emitter.SanitizeNamespace(ns), Emitter.SanitizeTypeName(cls), enabled, Get(MSBuildNames.ProjectDirectory));
        }

        private static InputFile? Classify(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken ct)
        {
            var fileOptions = provider.GetOptions(file);
            provider.GlobalOptions.TryGetValue(MSBuildNames.ProjectDirectory, out var projectDir);
            string path = file.Path;
            string norm = path.Replace('\\', '/');
            string name = norm.Substring(norm.LastIndexOf('/') + 1);
            FileKind kind;
            if (fileOptions.TryGetValue(MSBuildNames.Kind, out var k) && !string.IsNullOrEmpty(k))
            {
                kind = string.Equals(k, MSBuildNames.KindArticle, StringComparison.OrdinalIgnoreCase) ? FileKind.Article
                    : string.Equals(k, MSBuildNames.KindLexicon, StringComparison.OrdinalIgnoreCase) ? FileKind.Lexicon : FileKind.None;
            }
            else
            {
                // No SeedGen metadata: by convention, files under a seeds/ folder.
                bool inSeeds = norm.IndexOf("/seeds/", StringComparison.OrdinalIgnoreCase) >= 0 || norm.StartsWith("seeds/", StringComparison.OrdinalIgnoreCase);
                if (!inSeeds) kind = FileKind.None;
                else if (name.Equals("seedgen.yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".seedgen.yaml", StringComparison.OrdinalIgnoreCase)) kind = FileKind.Lexicon;
                else if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) kind = FileKind.Article;
                else kind = FileKind.None;
            }
            if (kind == FileKind.None) return null;
            string text;
            try
            {
                text = file.GetText(ct)?.ToString() ?? string.Empty;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                text = string.Empty;
            }
            return new InputFile(kind, path, RelativePath(norm, projectDir), text);
        }

        /// <summary>The path relative to the project directory with forward slashes; by convention from the seeds/ folder when unknown.</summary>
        internal static string RelativePath(string normalizedPath, string? projectDir)
        {
            normalizedPath = Collapse(normalizedPath);
            if (projectDir != null) projectDir = Collapse(projectDir.Replace('\\', '/'));
            if (!string.IsNullOrEmpty(projectDir))
            {
                string dir = projectDir!.Replace('\\', '/').TrimEnd('/') + "/";
                if (normalizedPath.StartsWith(dir, StringComparison.OrdinalIgnoreCase)) return normalizedPath.Substring(dir.Length);
            }
            int seeds = normalizedPath.LastIndexOf("/seeds/", StringComparison.OrdinalIgnoreCase);
            if (seeds >= 0) return normalizedPath.Substring(seeds + 1);
            return normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);
        }

        /// <summary>Resolves "." and ".." segments (without touching the file system).</summary>
        private static string Collapse(string path)
        {
            if (path.IndexOf("/.", StringComparison.Ordinal) < 0) return path;
            var parts = new List<string>();
            foreach (var part in path.Split('/'))
            {
                if (part == "." ) continue;
                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != ".." && parts[parts.Count - 1].Length > 0) { parts.RemoveAt(parts.Count - 1); continue; }
                parts.Add(part);
            }
            return string.Join("/", parts);
        }

        private static string Stem(string relativePath)
        {
            int dot = relativePath.LastIndexOf('.');
            return dot > relativePath.LastIndexOf('/') ? relativePath.Substring(0, dot) : relativePath;
        }

        private static bool IsSidecar(string yamlPath, EquatableArray<string> articleStems)
        {
            if (CurationYaml.SidecarStem(yamlPath) is not { } s) return false;
            string dir = yamlPath.Substring(0, yamlPath.LastIndexOf('/') + 1);
            foreach (var stem in articleStems) if (string.Equals(stem, dir + s, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static ArticleInput ToInput(InputFile article, EquatableArray<InputFile> yaml)
        {
            string stem = article.RelativePath;
            int dot = stem.LastIndexOf('.');
            if (dot > stem.LastIndexOf('/')) stem = stem.Substring(0, dot);
            InputFile? sidecar = null;
            var corpusFiles = new List<InputFile>();
            foreach (var y in yaml)
            {
                if (CurationYaml.SidecarStem(y.RelativePath) is { } s)
                {
                    string dir = y.RelativePath.Substring(0, y.RelativePath.LastIndexOf('/') + 1);
                    if (string.Equals(dir + s, stem, StringComparison.OrdinalIgnoreCase)) sidecar = y;
                }
                else if (y.Text.IndexOf("articles:", StringComparison.Ordinal) >= 0) corpusFiles.Add(y);
            }
            return new ArticleInput(article.Path, article.RelativePath, article.Text, sidecar?.RelativePath, sidecar?.Text, corpusFiles.ToEquatableArray());
        }

        private static ExtractedArticle Extract(GeneratorHooks? hooks, ArticleInput input, Lexicon lexicon, CancellationToken ct)
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Extract, input.RelativePath);
                ArticleCuration? curation = null;
                if (input.SidecarText != null) curation = CurationYaml.ReadSidecar(input.RelativePath, input.SidecarPath!, input.SidecarText);
                foreach (var cf in input.CorpusCurations)
                    curation ??= CurationYaml.ForArticle(CurationYaml.ReadCorpusFile(cf.RelativePath, cf.Text), input.RelativePath);
                return new ExtractedArticle(input.Path, ArticleExtractor.Extract(input.RelativePath, input.Text, lexicon, curation, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new ExtractedArticle(input.Path, ArticleExtractor.Failed(input.RelativePath, null, ex));
            }
        }

        private static void Report(SourceProductionContext spc, DiagnosticsModel model)
        {
            foreach (var d in model.Diagnostics)
            {
                var descriptor = Descriptors.For(d.Id, d.Severity);
                string path = d.File;
                if (model.ProjectDirectory is { Length: > 0 } dir && !System.IO.Path.IsPathRooted(path) && !path.StartsWith("(built-in)", StringComparison.Ordinal))
                    path = System.IO.Path.Combine(dir, path);
                if (d.File.Length == 0) { spc.ReportDiagnostic(Diagnostic.Create(descriptor, Location.None, d.Message)); continue; }
                var start = new LinePosition(Math.Max(0, d.Span.Line - 1), Math.Max(0, d.Span.Column - 1));
                var end = new LinePosition(start.Line, start.Character + Math.Max(0, d.Span.Length));
                var location = Location.Create(path, new TextSpan(Math.Max(0, d.Span.Offset), Math.Max(0, d.Span.Length)), new LinePositionSpan(start, end));
                spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, d.Message));
            }
        }
    }
}
