using System;
using System.Diagnostics;
using System.Linq;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>A steady loop to attach a profiler to (<c>-- --loop extract|corpus|edit SECONDS</c>), e.g.
    /// <c>dotnet-trace collect -- dotnet SeedGen.Benchmarks.dll --loop extract 20</c>.</summary>
    public static class Loop
    {
        public static int Run(string what, double seconds)
        {
            var corpus = Environment.GetEnvironmentVariable("SEEDGEN_LOOP_DISTINCT") == "1" ? CorpusSynthesizer.Distinct(1000) : CorpusSynthesizer.Create(1000);
            if (what == "reasons")
            {
                var small = corpus.Take(int.Parse(Environment.GetEnvironmentVariable("SEEDGEN_REASONS_N") ?? "100")).ToList();
                var swr = Stopwatch.StartNew();
                var (d, comp, ts) = GeneratorHarness.Create(small, trackSteps: true);
                d = d.RunGenerators(comp);
                var o = ts[50];
                d = d.ReplaceAdditionalText(o, new InMemoryAdditionalText(o.Path, o.GetText()!.ToString() + "\nThe minister said that the talks had been useful.\n")).RunGenerators(comp);
                Console.WriteLine($"tracked runs: {swr.Elapsed.TotalSeconds:F1} s");
                foreach (var (name, steps) in d.GetRunResult().Results[0].TrackedSteps.OrderBy(k => k.Key))
                    Console.WriteLine(name + ": " + string.Join(", ", steps.SelectMany(s => s.Outputs).GroupBy(x => x.Reason).Select(g => g.Key + " " + g.Count())));
                return 0;
            }
            if (what == "dump")
            {
                var built = CorpusBuilder.Build(corpus.Select(a => ArticleExtractor.Extract(a.Path, a.Text)));
                System.IO.File.WriteAllText(Environment.GetEnvironmentVariable("SEEDGEN_DUMP") ?? "corpus.json",
                    System.Text.Json.JsonSerializer.Serialize(built, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                return 0;
            }
            var models = corpus.Select(a => ArticleExtractor.Extract(a.Path, a.Text)).ToList();
            var (driver, compilation, texts) = GeneratorHarness.Create(corpus, trackSteps: false);
            driver = driver.RunGenerators(compilation);
            var original = texts[500];
            var edited = new InMemoryAdditionalText(original.Path, IncrementalChecks.Edit(original.GetText()!.ToString()));
            var facts = models.Select(ArticleFacts.Of).ToList();
            CorpusLinks? links = null;

            if (what == "merge")
            {
                var groups = EventMerger.Merge(models);
                Console.WriteLine($"events {models.Sum(m => m.Events.Count)}, groups {groups.Count}, people {models.Sum(m => m.People.Count)}, statements {models.Sum(m => m.Statements.Count)}, max group {groups.Max(g => g.Members.Count)}");
            }
            var pause0 = GC.GetTotalPauseDuration(); long alloc0 = GC.GetTotalAllocatedBytes(); int gc0 = GC.CollectionCount(0), gc2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            double cpu0 = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            int rounds = 0;
            while (sw.Elapsed.TotalSeconds < seconds)
            {
                var t = Stopwatch.StartNew();
                switch (what)
                {
                    case "extract": foreach (var (p, text) in corpus) ArticleExtractor.Extract(p, text); break;
                    case "corpus": CorpusBuilder.Build(models); break;
                    case "merge": EventMerger.Merge(models); break;
                    case "build": CorpusBuilder.Build(facts); break;
                    case "link": CorpusBuilder.Link(facts.Select(f => f.Link)); break;
                    case "assemble": CorpusBuilder.Assemble(facts, links ??= CorpusBuilder.Link(facts.Select(f => f.Link))); break;
                    default:
                        driver = (rounds % 2 == 0 ? driver.ReplaceAdditionalText(original, edited) : driver.ReplaceAdditionalText(edited, original)).RunGenerators(compilation);
                        break;
                }
                rounds++;
                if (Environment.GetEnvironmentVariable("SEEDGEN_LOOP_VERBOSE") == "1") Console.WriteLine($"{what} round {rounds}: {t.Elapsed.TotalMilliseconds:F1} ms");
            }
            Console.WriteLine($"{what}: {rounds} rounds, mean {sw.Elapsed.TotalMilliseconds / rounds:F1} ms, CPU {(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds - cpu0) / rounds:F1} ms; GC pause {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds / rounds:F1} ms, {(GC.GetTotalAllocatedBytes() - alloc0) / rounds / 1e6:F1} MB allocated, gen0 {(GC.CollectionCount(0) - gc0) / (double)rounds:F1} gen2 {(GC.CollectionCount(2) - gc2) / (double)rounds:F2} per round");
            return 0;
        }
    }
}
