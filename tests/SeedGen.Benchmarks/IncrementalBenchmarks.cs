using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>3 and 6. A warm driver over a 1,000-article corpus, as in an IDE: edit one article, add one, remove one, edit C#
    /// code, and run again with no change. Which steps re-run is asserted by <see cref="IncrementalChecks"/> in the same run.</summary>
    [MemoryDiagnoser]
    public class IncrementalBenchmarks
    {
        [Params(1000)]
        public int Articles;

        private GeneratorDriver _warm = null!;
        private CSharpCompilation _compilation = null!;
        private AdditionalText _original = null!, _edited = null!, _extra = null!;
        private bool _flip;

        [GlobalSetup]
        public void Setup()
        {
            var corpus = CorpusSynthesizer.Create(Articles);
            ImmutableArray<AdditionalText> texts;
            (_warm, _compilation, texts) = GeneratorHarness.Create(corpus, trackSteps: false);
            _warm = _warm.RunGenerators(_compilation);
            _original = texts[Articles / 2];
            _edited = new InMemoryAdditionalText(_original.Path, IncrementalChecks.Edit(_original.GetText()!.ToString()));
            var (path, text) = CorpusSynthesizer.Create(Articles + 1)[Articles];
            _extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + path, text);
        }

        [Benchmark(Description = "edit one article (warm driver)")]
        public GeneratorDriver EditOne()
        {
            _flip = !_flip;
            _warm = _flip ? _warm.ReplaceAdditionalText(_original, _edited) : _warm.ReplaceAdditionalText(_edited, _original);
            return _warm = _warm.RunGenerators(_compilation);
        }

        // Adding and removing alternate: each measured operation starts from the state the other left.
        [IterationSetup(Target = nameof(AddOne))]
        public void WithoutExtra() => _warm = _warm.RemoveAdditionalTexts(ImmutableArray.Create(_extra)).RunGenerators(_compilation);

        [Benchmark(Description = "add one article (warm driver)")]
        [InvocationCount(1)]
        public GeneratorDriver AddOne() => _warm = _warm.AddAdditionalTexts(ImmutableArray.Create(_extra)).RunGenerators(_compilation);

        [IterationSetup(Target = nameof(RemoveOne))]
        public void WithExtra() => _warm = _warm.AddAdditionalTexts(ImmutableArray.Create(_extra)).RunGenerators(_compilation);

        [Benchmark(Description = "remove one article (warm driver)")]
        [InvocationCount(1)]
        public GeneratorDriver RemoveOne() => _warm = _warm.RemoveAdditionalTexts(ImmutableArray.Create(_extra)).RunGenerators(_compilation);

        [Benchmark(Description = "edit C# code (warm driver)")]
        public GeneratorDriver EditCSharp()
        {
            _flip = !_flip;
            var changed = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(_flip ? "class A { }" : "class B { }"));
            return _warm.RunGenerators(changed);
        }

        [Benchmark(Description = "run again, nothing changed (warm driver)")]
        public GeneratorDriver Idle() => _warm.RunGenerators(_compilation);
    }
}
