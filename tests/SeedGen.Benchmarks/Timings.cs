using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>A quick look without BenchmarkDotNet (<c>-- --timings N</c>): one cold full run, where its time goes, and one edit.</summary>
    public static class Timings
    {
        public static int Run(int articles)
        {
            var corpus = CorpusSynthesizer.Create(articles);
            var sw = Stopwatch.StartNew();
            var models = new System.Collections.Generic.List<SeedGen.Extraction.Model.ArticleModel>();
            foreach (var (path, text) in corpus) models.Add(SeedGen.Extraction.ArticleExtractor.Extract(path, text));
            Console.WriteLine($"  extraction alone: {sw.Elapsed.TotalSeconds:F2} s");
            sw.Restart();
            SeedGen.Extraction.Corpus.CorpusBuilder.Build(models);
            Console.WriteLine($"  corpus step alone: {sw.Elapsed.TotalSeconds:F2} s");
            sw.Restart();
            SeedGen.Extraction.Corpus.EventMerger.Merge(models);
            Console.WriteLine($"    of which event merging about: {sw.Elapsed.TotalSeconds:F2} s");
            if (Environment.GetEnvironmentVariable("SEEDGEN_TIMINGS_CORPUS_ONLY") == "1") return 0;
            sw.Restart();
            var globals = GeneratorHarness.DefaultGlobals();
            if (Environment.GetEnvironmentVariable("SEEDGEN_TIMINGS_DISABLED") == "1") globals["build_property.SeedGenEnabled"] = "false";
            var (driver, compilation, texts) = GeneratorHarness.Create(corpus, globals, trackSteps: Environment.GetEnvironmentVariable("SEEDGEN_TIMINGS_NOTRACK") != "1");
            driver = driver.RunGenerators(compilation);
            Console.WriteLine($"{articles} articles: full run {sw.Elapsed.TotalSeconds:F2} s");
            var result = driver.GetRunResult().Results[0];
            if (result.Exception != null) Console.WriteLine("  generator exception: " + result.Exception);
            foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)) Console.WriteLine("  " + d);
            Console.WriteLine($"  {result.GeneratedSources.Length} generated files");
            foreach (var (name, steps) in result.TrackedSteps)
            {
                double ms = 0;
                foreach (var s in steps) ms += s.ElapsedTime.TotalMilliseconds;
                Console.WriteLine($"  step {name}: {steps.Length} runs, {ms:F0} ms");
            }
            var edited = new InMemoryAdditionalText(texts[articles / 2].Path, texts[articles / 2].GetText()!.ToString() + "\nThe minister said that it was fine.\n");
            for (int i = 0; i < 3; i++)
            {
                sw.Restart();
                driver = (i % 2 == 0 ? driver.ReplaceAdditionalText(texts[articles / 2], edited) : driver.ReplaceAdditionalText(edited, texts[articles / 2])).RunGenerators(compilation);
                Console.WriteLine($"  edit one article: {sw.Elapsed.TotalMilliseconds:F0} ms");
            }
            return 0;
        }
    }
}
