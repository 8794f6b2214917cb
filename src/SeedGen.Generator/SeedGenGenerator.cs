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
        /// <summary>Test hook: when set, called with each article's relative path before extraction (to force failures).</summary>
        internal static Action<string>? BeforeExtract;

        /// <summary>Benchmark hook: called with "Link" and "Assemble" when those corpus-wide steps run (Roslyn's step tracking
        /// costs more than quadratic time in the number of articles, so the 1,000-article checks count calls instead).</summary>
        internal static Action<string>? OnCorpusStep;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
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
            var lexicon = yamlFiles.Combine(articleStems)
                .Select(static (pair, _) => Lexicon.Create(pair.Left
                    .Where(f => !IsSidecar(f.RelativePath, pair.Right))
                    .Select(f => new LexiconFile(f.RelativePath, f.Text))))
                .WithTrackingName(TrackingNames.Lexicon);

            // Pair each article with its sidecar and the corpus-wide curation files (a cheap step; unchanged pairs stay Cached).
            var articleInputs = articles.Combine(yamlFiles)
                .Select(static (pair, _) => ToInput(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ArticleInputs);

            var extracted = articleInputs.Combine(lexicon.Select(static (l, _) => l.Lexicon))
                .Select(static (pair, ct) => Extract(pair.Left, pair.Right, ct))
                .WithTrackingName(TrackingNames.Extracted);

            // The corpus-independent part of linking (tokens, surname keys, identifier spelling) per article, so that the corpus
            // step over all articles only looks these up.
            var facts = extracted.Select(static (e, _) => ArticleFacts.Of(e.Model))
                .WithTrackingName(TrackingNames.Facts);

            // Linking (people, places, organisations, merged events) depends on no span and no statement: an edit that changes
            // neither an article's names nor its events leaves every per-article link Unchanged and this step Cached.
            var links = facts.Select(static (f, _) => f.Link).Collect()
                .Select(static (all, _) => { OnCorpusStep?.Invoke("Link"); return CorpusBuilder.Link(all); })
                .WithTrackingName(TrackingNames.Links);

            var corpus = facts.Collect().Combine(links)
                .Select(static (pair, _) => { OnCorpusStep?.Invoke("Assemble"); return CorpusBuilder.Assemble(pair.Left, pair.Right); })
                .WithTrackingName(TrackingNames.Corpus);

            var articleEmit = extracted.Combine(corpus).Combine(options)
                .Select(static (pair, _) => Project(pair.Left.Left.Model, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.ArticleEmit);

            Output(context, articleEmit, Emitter.EmitArticle);

            // The corpus files: the root, each scope's index (All, Find), and each scope's records in hash-stable chunks. Every
            // unit is its own equatable entry, so an edit regenerates only the units whose content changed.
            var corpusWithOptions = corpus.Combine(options);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => new[] { CorpusPlan.Root(pair.Right, pair.Left) }), Emitter.EmitRoot);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => CorpusPlan.Indexes(pair.Right, pair.Left)), Emitter.EmitIndex);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => CorpusPlan.Events(pair.Right, pair.Left)).WithTrackingName(TrackingNames.EventChunks), Emitter.EmitEvents);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => CorpusPlan.People(pair.Right, pair.Left)), Emitter.EmitPeople);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => CorpusPlan.Places(pair.Right, pair.Left)), Emitter.EmitPlaces);
            Output(context, corpusWithOptions.SelectMany(static (pair, _) => CorpusPlan.Organizations(pair.Right, pair.Left)), Emitter.EmitOrganizations);

            // Diagnostics from their own outputs, so a diagnostic-only change does not regenerate source.
            var articleDiagnostics = extracted.Combine(options)
                .Select(static (pair, _) => new DiagnosticsModel(pair.Left.Model.Diagnostics, pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(articleDiagnostics, static (spc, d) => Report(spc, d));

            var globalDiagnostics = lexicon.Combine(corpus).Combine(options)
                .Select(static (pair, _) => new DiagnosticsModel(
                    pair.Left.Left.Diagnostics.Concat(pair.Left.Right.Diagnostics).ToEquatableArray(), pair.Right.ProjectDirectory));
            context.RegisterSourceOutput(globalDiagnostics, static (spc, d) => Report(spc, d));
        }

        /// <summary>One generated file per unit, unless SeedGen is disabled for the project.</summary>
        private static void Output<T>(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<T> units, Func<T, string> emit)
            where T : IEmitUnit =>
            context.RegisterSourceOutput(units, (spc, unit) =>
            {
                if (unit.Options.Enabled) spc.AddSource(unit.HintName, SourceText.From(emit(unit), System.Text.Encoding.UTF8));
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

        private static ExtractedArticle Extract(ArticleInput input, Lexicon lexicon, CancellationToken ct)
        {
            try
            {
                BeforeExtract?.Invoke(input.RelativePath);
                ArticleCuration? curation = null;
                if (input.SidecarText != null) curation = CurationYaml.ReadSidecar(input.RelativePath, input.SidecarPath!, input.SidecarText);
                string fileName = input.RelativePath.Substring(input.RelativePath.LastIndexOf('/') + 1);
                foreach (var cf in input.CorpusCurations)
                    foreach (var c in CurationYaml.ReadCorpusFile(cf.RelativePath, cf.Text))
                        if (c.File.Length > 0 && (c.File == input.RelativePath || c.File == fileName)) { curation ??= c; }
                return new ExtractedArticle(input.Path, ArticleExtractor.Extract(input.RelativePath, input.Text, lexicon, curation, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new ExtractedArticle(input.Path, ArticleExtractor.Failed(input.RelativePath, null, ex));
            }
        }

        private static ArticleEmitModel Project(ArticleModel article, CorpusModel corpus, GeneratorOptions options)
        {
            var aref = corpus.Article(article.File);
            var eventIds = new List<string>();
            var speakerIds = new List<string>();
            if (aref != null)
            {
                foreach (var id in aref.EventIds) if (id.Length > 0) eventIds.Add(id);
                foreach (var s in aref.Statements)
                {
                    if (s.EventId != null) eventIds.Add(s.EventId);
                    if (s.SpeakerId != null) speakerIds.Add(s.SpeakerId);
                }
            }
            // labels in identifier order, each once (runs for every article whenever the corpus changes: no LINQ sorting)
            eventIds.Sort(StringComparer.Ordinal);
            speakerIds.Sort(StringComparer.Ordinal);
            var events = new List<EventLabel>(eventIds.Count);
            for (int i = 0; i < eventIds.Count; i++)
                if ((i == 0 || eventIds[i] != eventIds[i - 1]) && corpus.Event(eventIds[i]) is { } e)
                    events.Add(new EventLabel(e.Id, e.Name, Emitter.DateText(e.Start, e.End), e.LocationId != null ? corpus.Place(e.LocationId)?.Name : null));
            var people = new List<PersonLabel>(speakerIds.Count);
            for (int i = 0; i < speakerIds.Count; i++)
                if ((i == 0 || speakerIds[i] != speakerIds[i - 1]) && corpus.Person(speakerIds[i]) is { } p)
                    people.Add(new PersonLabel(p.Id, p.Name));

            // Hint names from the relative path; made unique regardless of case among the corpus's articles.
            string hint = Emitter.HintNameFor(article.File);
            int sameHint = corpus.SameHintBefore(article.File, Emitter.HintNameFor);
            if (sameHint > 0) hint = hint.Substring(0, hint.Length - ".g.cs".Length) + "_" + (sameHint + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
            return new ArticleEmitModel(options, article, aref, hint, new EquatableArray<EventLabel>(events.ToArray()), new EquatableArray<PersonLabel>(people.ToArray()));
        }

        private static void Report(SourceProductionContext spc, DiagnosticsModel model)
        {
            foreach (var d in model.Diagnostics)
            {
                var descriptor = Descriptors.For(d.Id, d.Severity);
                string path = d.File;
                if (model.ProjectDirectory is { Length: > 0 } dir && !System.IO.Path.IsPathRooted(path) && !path.StartsWith("(built-in)", StringComparison.Ordinal))
                    path = System.IO.Path.Combine(dir, path);
                var start = new LinePosition(Math.Max(0, d.Span.Line - 1), Math.Max(0, d.Span.Column - 1));
                var end = new LinePosition(start.Line, start.Character + Math.Max(0, d.Span.Length));
                var location = Location.Create(path, new TextSpan(Math.Max(0, d.Span.Offset), Math.Max(0, d.Span.Length)), new LinePositionSpan(start, end));
                spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, d.Message));
            }
        }
    }
}
