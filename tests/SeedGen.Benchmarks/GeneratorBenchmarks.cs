using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>2. Full generator runs; 3. incremental edits, additions and C# edits in a warm driver.</summary>
    [MemoryDiagnoser]
    public class GeneratorBenchmarks
    {
        [Params(1000)]
        public int Articles;

        private IReadOnlyList<(string Path, string Text)> _corpus = null!;
        private GeneratorDriver _warm = null!;
        private CSharpCompilation _compilation = null!;
        private ImmutableArray<AdditionalText> _texts;
        private AdditionalText _original = null!, _edited = null!;
        private bool _flip;

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusSynthesizer.Create(Articles);
            (_warm, _compilation, _texts) = GeneratorHarness.Create(_corpus, trackSteps: false);
            _warm = _warm.RunGenerators(_compilation);
            _original = _texts[Articles / 2];
            _edited = new InMemoryAdditionalText(_original.Path, _original.GetText()!.ToString() + "\nThe minister said that the talks had been useful.\n");
            var result = _warm.GetRunResult();
            long bytes = result.Results.Sum(r => r.GeneratedSources.Sum(s => (long)s.SourceText.Length));
            System.Console.WriteLine($"// {Articles} articles: {result.Results[0].GeneratedSources.Length} generated files, {bytes:N0} characters, {bytes / Articles:N0} per article");
        }

        [Benchmark(Description = "full run (cold driver)")]
        public GeneratorDriver FullRun()
        {
            var (driver, compilation, _) = GeneratorHarness.Create(_corpus, trackSteps: false);
            return driver.RunGenerators(compilation);
        }

        [Benchmark(Description = "edit one article (warm driver)")]
        public GeneratorDriver EditOne()
        {
            _flip = !_flip;
            _warm = _flip ? _warm.ReplaceAdditionalText(_original, _edited) : _warm.ReplaceAdditionalText(_edited, _original);
            _warm = _warm.RunGenerators(_compilation);
            return _warm;
        }

        [Benchmark(Description = "edit C# code (warm driver)")]
        public GeneratorDriver EditCSharp()
        {
            _flip = !_flip;
            var changed = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(_flip ? "class A { }" : "class B { }"));
            return _warm.RunGenerators(changed);
        }
    }
}
