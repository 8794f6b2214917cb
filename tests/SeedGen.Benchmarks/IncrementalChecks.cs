using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Extraction;
using SeedGen.Generator;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>3 and 6, asserted in the benchmark run on the same 1,000-article corpus: which steps re-run for an edit, an added
    /// article, a removed one, a C# edit and an idle run (Roslyn's step tracking; not timed, tracking has its own cost).</summary>
    public static class IncrementalChecks
    {
        /// <summary>The edit the incremental benchmarks make: one more quote by someone the article already quotes.</summary>
        public static string Edit(string text)
        {
            var speaker = ArticleExtractor.Extract("a.txt", text).Statements.FirstOrDefault(s => s.Speaker != null)?.Speaker ?? "The minister";
            return text + "\n\u201CWe will keep working on this,\u201D " + speaker + " said.\n";
        }

        /// <summary>The same questions at 1,000 articles without step tracking (its recording grows faster than quadratically with
        /// the number of articles): the generator's hooks count extractions and corpus-wide step runs.</summary>
        public static List<(string Check, bool Passed, string Detail)> Counted(int articles)
        {
            var results = new List<(string, bool, string)>();
            var corpus = CorpusSynthesizer.Create(articles + 1);
            var extracted = new List<string>();
            var corpusSteps = new List<string>();
            var hooks = new GeneratorHooks
            {
                BeforeStep = (step, p) =>
                {
                    if (step == GeneratorHooks.Extract) extracted.Add(p);
                    else if (step is GeneratorHooks.Link or GeneratorHooks.Assemble) corpusSteps.Add(step);
                },
            };
            var (driver, compilation, texts) = GeneratorHarness.Create(corpus.Take(articles), trackSteps: false, generator: new SeedGenGenerator(hooks));
            driver = driver.RunGenerators(compilation);
            try
            {
                void Step(string name, Func<GeneratorDriver> run, int extractions, bool link, bool assemble)
                {
                    extracted.Clear();
                    corpusSteps.Clear();
                    driver = run();
                    bool ok = extracted.Count == extractions && corpusSteps.Contains("Link") == link && corpusSteps.Contains("Assemble") == assemble;
                    results.Add(($"{articles:N0} articles, {name}", ok,
                        $"{extracted.Count} extracted, corpus steps run: {(corpusSteps.Count == 0 ? "none" : string.Join(", ", corpusSteps))}"));
                }
                var original = texts[articles / 2];
                var edited = new InMemoryAdditionalText(original.Path, Edit(original.GetText()!.ToString()));
                var (path, text) = corpus[articles];
                var extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + path, text);
                var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserTypedThis { }"));
                Step("edit one article: one extraction, linking not re-run", () => driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation), 1, false, true);
                Step("add one article: one extraction", () => driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation), 1, true, true);
                Step("remove one article: no extraction", () => driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation), 0, true, true);
                Step("edit C# code: no extraction, no corpus step", () => driver.RunGenerators(changed), 0, false, false);
                Step("idle re-run: nothing runs", () => driver.RunGenerators(changed), 0, false, false);
            }
            finally
            {
                hooks.BeforeStep = null;
            }
            return results;
        }

        /// <summary>Roslyn's step tracking on a corpus of <paramref name="articles"/> articles: the reasons of every tracked step.</summary>
        public static List<(string Check, bool Passed, string Detail)> Run(int articles)
        {
            var results = new List<(string, bool, string)>();
            var corpus = CorpusSynthesizer.Create(articles + 1);
            var (driver, compilation, texts) = GeneratorHarness.Create(corpus.Take(articles), trackSteps: true);
            driver = driver.RunGenerators(compilation);

            string Summary(string step) => string.Join(", ", Reasons(driver, step).GroupBy(r => r).OrderBy(g => g.Key).Select(g => g.Key + " " + g.Count()));
            void Check(string name, bool ok, string detail) => results.Add(($"{articles:N0} articles, tracked: {name}", ok, detail));

            var original = texts[articles / 2];
            var edited = new InMemoryAdditionalText(original.Path, Edit(original.GetText()!.ToString()));
            driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
            var ex = Reasons(driver, TrackingNames.Extracted);
            var emit = Reasons(driver, TrackingNames.ArticleEmit);
            var chunks = Reasons(driver, TrackingNames.EventChunks);
            Check("edit one article: only it is re-extracted",
                ex.Count(r => r == IncrementalStepRunReason.Modified) == 1 && ex.Count(r => r == IncrementalStepRunReason.Cached) == articles - 1,
                "Extracted: " + Summary(TrackingNames.Extracted));
            Check("edit one article: corpus linking not re-run", Reasons(driver, TrackingNames.Links).All(r => r == IncrementalStepRunReason.Cached),
                "Links: " + Summary(TrackingNames.Links));
            Check("edit one article: one article file and at most one event chunk regenerated",
                emit.Count(r => r == IncrementalStepRunReason.Modified) == 1 && chunks.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New) <= 1,
                "ArticleEmit: " + Summary(TrackingNames.ArticleEmit) + "; EventChunks: " + Summary(TrackingNames.EventChunks));

            var (path, text) = corpus[articles];
            var extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + path, text);
            driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation);
            ex = Reasons(driver, TrackingNames.Extracted);
            Check("add one article: only it is extracted",
                ex.Count(r => r == IncrementalStepRunReason.New) == 1 && ex.Count(r => r == IncrementalStepRunReason.Cached) == articles,
                "Extracted: " + Summary(TrackingNames.Extracted));

            driver = driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation);
            ex = Reasons(driver, TrackingNames.Extracted);
            Check("remove one article: nothing is extracted",
                ex.Count(r => r == IncrementalStepRunReason.Removed) == 1 && ex.Count(r => r == IncrementalStepRunReason.Cached) == articles,
                "Extracted: " + Summary(TrackingNames.Extracted));

            var changed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class UserTypedThis { }"));
            driver = driver.RunGenerators(changed);
            Check("edit C# code: no extraction, no corpus step",
                Reasons(driver, TrackingNames.Extracted).All(r => r == IncrementalStepRunReason.Cached) && Reasons(driver, TrackingNames.Corpus).All(r => r == IncrementalStepRunReason.Cached),
                "Extracted: " + Summary(TrackingNames.Extracted) + "; Corpus: " + Summary(TrackingNames.Corpus));

            driver = driver.RunGenerators(changed);
            var steps = new[] { TrackingNames.Files, TrackingNames.ArticleInputs, TrackingNames.Extracted, TrackingNames.Facts, TrackingNames.Links, TrackingNames.Corpus, TrackingNames.ArticleEmit, TrackingNames.EventChunks };
            Check("idle re-run: every step cached, no extraction",
                steps.All(s => Reasons(driver, s).All(r => r == IncrementalStepRunReason.Cached)),
                string.Join("; ", steps.Select(s => s + ": " + Summary(s))));
            return results;
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
                ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
                : Array.Empty<IncrementalStepRunReason>();
    }
}
