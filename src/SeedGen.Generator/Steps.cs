using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;

namespace SeedGen.Generator
{
    /// <summary>Hooks for tests and benchmarks, given to the generator's internal constructor; the generator the compiler loads
    /// has none (no mutable static state). <see cref="BeforeStep"/> is called with a step name and its file or unit before the
    /// step runs: a test throws from it to prove that every step is guarded, a benchmark counts calls.</summary>
    internal sealed class GeneratorHooks
    {
        public const string Lexicon = nameof(Lexicon), Extract = nameof(Extract), Facts = nameof(Facts), Link = nameof(Link),
            Assemble = nameof(Assemble), Project = nameof(Project), Plan = nameof(Plan), Emit = nameof(Emit), Naming = nameof(Naming), Slice = nameof(Slice);

        public Action<string, string>? BeforeStep { get; set; }
    }

    /// <summary>A step's value with the diagnostics of its failure, if it failed.</summary>
    internal sealed record Guarded<T>(T Value, EquatableArray<DiagnosticModel> Diagnostics);

    /// <summary>One article and its corpus decisions before curated renames (null when linking it failed).</summary>
    internal sealed record ArticleSlice(ArticleModel Article, CorpusArticleRef? Ref);

    /// <summary>A unit to emit, and why it is empty when its plan failed.</summary>
    internal sealed record Planned<T>(T Unit, string? Failure, bool Fallback = false);

    /// <summary>Every pipeline step, guarded: an exception (other than cancellation) becomes an SG0901 warning that names the file
    /// or step, and the step's empty or built-in result, so the generator never fails the build with CS8785 and the project
    /// still compiles with everything the other steps produced.</summary>
    internal static class Steps
    {
        private static readonly SourceSpan Start = new(0, 0, 1, 1);

        internal static string Message(string what, Exception ex, string consequence) =>
            what + " failed (" + ex.GetType().Name + ": " + ex.Message + "); " + consequence + ". Please report this.";

        private static EquatableArray<DiagnosticModel> Failure(string file, string what, Exception ex, string consequence) =>
            EquatableArray.Create(new DiagnosticModel(Descriptors.StepFailed.Id, DiagnosticSeverityModel.Warning, Message(what, ex, consequence), file, Start));

        public static (Lexicon Lexicon, IReadOnlyList<DiagnosticModel> Diagnostics) Lexicon(GeneratorHooks? hooks, IReadOnlyList<InputFile> files)
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Lexicon, string.Join(";", files.Select(f => f.RelativePath)));
                return SeedGen.Extraction.Lexicon.Lexicon.Create(files.Select(f => new LexiconFile(f.RelativePath, f.Text)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var builtIn = SeedGen.Extraction.Lexicon.Lexicon.Create(Array.Empty<LexiconFile>());
                string names = string.Join(", ", files.Select(f => f.RelativePath));
                var d = Failure(files.Count > 0 ? files[0].RelativePath : "", "reading the lexicon files (" + names + ")", ex, "only the built-in lexicon applies");
                return (builtIn.Lexicon, builtIn.Diagnostics.Concat(d).ToList());
            }
        }

        public static Guarded<ArticleFacts> Facts(GeneratorHooks? hooks, ArticleModel model)
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Facts, model.File);
                return new Guarded<ArticleFacts>(ArticleFacts.Of(model), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new Guarded<ArticleFacts>(ArticleFacts.Of(ArticleExtractor.Failed(model.File, model.Title, ex)),
                    Failure(model.File, "linking facts of '" + model.File + "'", ex, "the article was generated without events or statements"));
            }
        }

        public static Guarded<CorpusLinks> Link(GeneratorHooks? hooks, IReadOnlyList<LinkFacts> all)
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Link, "");
                return new Guarded<CorpusLinks>(CorpusBuilder.Link(all), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string first = all.Select(f => f.File).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault() ?? "";
                return new Guarded<CorpusLinks>(CorpusBuilder.Link(Array.Empty<LinkFacts>()),
                    Failure(first, "linking the corpus (" + all.Count + " articles, from '" + first + "')", ex, "people, places and events were not linked"));
            }
        }

        /// <summary>One article's naming requests (its identifier, its statements'); a failed article asks for its identifier only.</summary>
        private static ArticleNameAsks Names(Guarded<ArticleFacts> facts, CorpusLinks links)
        {
            try
            {
                return CorpusBuilder.NameAsks(facts.Value, links);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // reported by the article's slice, which asks again
                return CorpusBuilder.NameAsks(ArticleFacts.Of(ArticleExtractor.Failed(facts.Value.Article.File, facts.Value.Article.Title, ex)), links);
            }
        }

        /// <summary>The article and statement names that collisions decided, over every article's requests (in file order).</summary>
        public static Guarded<CorpusNaming> Naming(GeneratorHooks? hooks, IReadOnlyList<Guarded<ArticleFacts>> all, Guarded<CorpusLinks> links)
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Naming, "");
                var inFileOrder = new ArticleNameAsks[all.Count];
                for (int i = 0; i < inFileOrder.Length; i++) inFileOrder[i] = Names(all[i], links.Value);
                Array.Sort(inFileOrder, (x, y) => string.CompareOrdinal(x.File, y.File));
                return new Guarded<CorpusNaming>(CorpusBuilder.Naming(inFileOrder), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string first = all.Select(f => f.Value.Article.File).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault() ?? "";
                return new Guarded<CorpusNaming>(CorpusNaming.None,
                    Failure(first, "naming the articles and statements (" + all.Count + " articles, from '" + first + "')", ex, "colliding names were not told apart"));
            }
        }

        /// <summary>One article's corpus decisions before curated renames.</summary>
        public static Guarded<ArticleSlice> Slice(GeneratorHooks? hooks, Guarded<ArticleFacts> facts, Guarded<CorpusLinks> links, Guarded<CorpusNaming> naming)
        {
            var a = facts.Value.Article;
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Slice, a.File);
                return new Guarded<ArticleSlice>(new ArticleSlice(a, CorpusBuilder.ArticleRef(a, CorpusBuilder.NameAsks(facts.Value, links.Value), links.Value, naming.Value)),
                    EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new Guarded<ArticleSlice>(new ArticleSlice(a, null),
                    Failure(a.File, "linking '" + a.File + "' into the corpus", ex, "the article is missing from the generated corpus"));
            }
        }

        /// <summary>The curated renames checked against every identifier; empty at once when no article has any.</summary>
        public static Guarded<RenamePlan> Renames(IReadOnlyList<Guarded<ArticleFacts>> facts, Guarded<CorpusLinks> links, Guarded<CorpusNaming> naming)
        {
            if (facts.All(f => f.Value.Article.Renames.IsEmpty)) return new Guarded<RenamePlan>(RenamePlan.None, EquatableArray<DiagnosticModel>.Empty);
            try
            {
                var asks = facts.Select(f => Names(f, links.Value)).OrderBy(a => a.File, StringComparer.Ordinal).ToList();
                return new Guarded<RenamePlan>(CorpusBuilder.Renames(facts.SelectMany(f => f.Value.Article.Renames), asks, links.Value, naming.Value), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var first = facts.SelectMany(f => f.Value.Article.Renames).Select(r => r.File).OrderBy(f => f, StringComparer.Ordinal).First();
                return new Guarded<RenamePlan>(RenamePlan.None, Failure(first, "applying the curated renames", ex, "no identifier was renamed"));
            }
        }

        /// <summary>The corpus (events with their mentions, chronologically; people, places, organisations; articles) from every
        /// article's renamed decisions. Look-ups and one sort of the events.</summary>
        public static Guarded<CorpusModel> Assemble(GeneratorHooks? hooks, IReadOnlyList<Guarded<ArticleSlice>> slices, Guarded<CorpusLinks> links,
            Guarded<CorpusNaming> naming, Guarded<RenamePlan> renames)
        {
            var articles = slices.Select(s => s.Value).ToList();
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Assemble, "");
                var list = articles.Where(a => a.Ref != null).OrderBy(a => a.Article.File, StringComparer.Ordinal).Select(a => (a.Article, renames.Value.Apply(a.Ref!))).ToList();
                return new Guarded<CorpusModel>(CorpusBuilder.Combine(list, links.Value, naming.Value, renames.Value), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string first = articles.Select(f => f.Article.File).OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault() ?? "";
                return new Guarded<CorpusModel>(CorpusBuilder.Assemble(Array.Empty<ArticleFacts>(), CorpusBuilder.Link(Array.Empty<LinkFacts>())),
                    Failure(first, "assembling the corpus (" + articles.Count + " articles, from '" + first + "')", ex, "an empty corpus was generated"));
            }
        }

        public static Guarded<ArticleEmitModel> Project(GeneratorHooks? hooks, Guarded<ArticleSlice> slice, Guarded<CorpusLinks> links, Guarded<RenamePlan> renames, GeneratorOptions options)
        {
            var article = slice.Value.Article;
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Project, article.File);
                if (slice.Value.Ref is null) return new Guarded<ArticleEmitModel>(new ArticleEmitModel(options, article, null, EquatableArray<EventLabel>.Empty, EquatableArray<PersonLabel>.Empty), slice.Diagnostics);
                return new Guarded<ArticleEmitModel>(ProjectCore(article, renames.Value.Apply(slice.Value.Ref), links.Value, renames.Value, options), EquatableArray<DiagnosticModel>.Empty);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return new Guarded<ArticleEmitModel>(new ArticleEmitModel(options, article, null, EquatableArray<EventLabel>.Empty, EquatableArray<PersonLabel>.Empty),
                    Failure(article.File, "preparing '" + article.File + "' for emission", ex, "the article is missing from the generated corpus"));
            }
        }

        /// <summary>The articles' emit models as the pipeline computes them, without a driver (for tests).</summary>
        internal static List<ArticleEmitModel> ProjectAll(IReadOnlyList<ArticleModel> articles, GeneratorOptions options)
        {
            var facts = articles.Select(a => Facts(null, a)).ToList();
            var links = Link(null, facts.Select(f => f.Value.Link).ToList());
            var naming = Naming(null, facts, links);
            var slices = facts.Select(f => Slice(null, f, links, naming)).ToList();
            var renames = Renames(facts, links, naming);
            return slices.Select(s => Project(null, s, links, renames, options).Value).ToList();
        }

        /// <summary>A plan of units; on failure its fallback (the same files, empty), the first unit carrying the message.</summary>
        public static EquatableArray<Planned<T>> Plan<T>(GeneratorHooks? hooks, string name, Func<EquatableArray<T>> plan, Func<EquatableArray<T>> fallback)
            where T : IEquatable<T>
        {
            try
            {
                hooks?.BeforeStep?.Invoke(GeneratorHooks.Plan, name);
                return plan().Select(u => new Planned<T>(u, null)).ToEquatableArray();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                string message = Message("planning the generated " + name + " files", ex, "they were generated without records");
                return fallback().Select((u, i) => new Planned<T>(u, i == 0 ? message : null, Fallback: true)).ToEquatableArray();
            }
        }

        public static EquatableArray<Chunk<T>> EmptyChunks<T>(GeneratorOptions o, string scope, CorpusModel c) where T : IEquatable<T> =>
            Enumerable.Range(0, CorpusPlan.ChunkCount(scope, Count(c, scope))).Select(i => new Chunk<T>(o, scope, i, EquatableArray<T>.Empty)).ToEquatableArray();

        public static EquatableArray<ScopeIndex> EmptyIndexes(GeneratorOptions o, CorpusModel c) =>
            CorpusPlan.Indexes(o, c with
            {
                Events = EquatableArray<CorpusEventModel>.Empty, People = EquatableArray<CorpusPersonModel>.Empty,
                Places = EquatableArray<CorpusPlaceModel>.Empty, Organizations = EquatableArray<CorpusOrganizationModel>.Empty,
            }).Select(x => x with { Chunks = CorpusPlan.ChunkCount(x.Scope, Count(c, x.Scope)) }).ToEquatableArray();

        private static int Count(CorpusModel c, string scope) => scope switch
        {
            "Events" => c.Events.Count,
            "People" => c.People.Count,
            "Places" => c.Places.Count,
            _ => c.Organizations.Count,
        };

        private static ArticleEmitModel ProjectCore(ArticleModel article, CorpusArticleRef aref, CorpusLinks links, RenamePlan renames, GeneratorOptions options)
        {
            var eventIds = new List<string>();
            var speakerIds = new List<string>();
            foreach (var id in aref.EventIds) if (id.Length > 0) eventIds.Add(id);
            foreach (var s in aref.Statements)
            {
                if (s.EventId != null) eventIds.Add(s.EventId);
                if (s.SpeakerId != null) speakerIds.Add(s.SpeakerId);
            }
            // labels in (renamed) identifier order, each once (no LINQ sorting)
            eventIds.Sort(StringComparer.Ordinal);
            speakerIds.Sort(StringComparer.Ordinal);
            var events = new List<EventLabel>(eventIds.Count);
            for (int i = 0; i < eventIds.Count; i++)
                if ((i == 0 || eventIds[i] != eventIds[i - 1]) && links.EventById(renames.Unmap(RenamePlan.Events, eventIds[i])) is { } e)
                    events.Add(new EventLabel(eventIds[i], e.Name, Emitter.DateText(e.Start, e.End), e.LocationId != null ? links.PlaceById(e.LocationId)?.Name : null));
            var people = new List<PersonLabel>(speakerIds.Count);
            for (int i = 0; i < speakerIds.Count; i++)
                if ((i == 0 || speakerIds[i] != speakerIds[i - 1]) && links.PersonById(renames.Unmap(RenamePlan.People, speakerIds[i])) is { } p)
                    people.Add(new PersonLabel(speakerIds[i], p.Name));

            return new ArticleEmitModel(options, article, aref, new EquatableArray<EventLabel>(events.ToArray()), new EquatableArray<PersonLabel>(people.ToArray()));
        }

    }
}
