using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>2. Full generator runs through <c>CSharpGeneratorDriver</c> (cold driver: every article extracted, every file emitted).</summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        [Params(1000, 10000)]
        public int Articles;

        private IReadOnlyList<(string Path, string Text)> _corpus = null!;

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusSynthesizer.Create(Articles);
            var (driver, compilation, _) = GeneratorHarness.Create(_corpus, trackSteps: false);
            var result = driver.RunGenerators(compilation).GetRunResult();
            long chars = result.Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length));
            Figures.Record($"generated.{Articles}.files", result.Results[0].GeneratedSources.Length);
            Figures.Record($"generated.{Articles}.charsPerArticle", chars / (double)Articles);
        }

        [Benchmark(Description = "full run (cold driver)")]
        public GeneratorDriver FullRun()
        {
            var (driver, compilation, _) = GeneratorHarness.Create(_corpus, trackSteps: false);
            return driver.RunGenerators(compilation);
        }
    }
}
