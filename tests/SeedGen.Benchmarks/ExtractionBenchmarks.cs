using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SeedGen.Extraction;

namespace SeedGen.Benchmarks
{
    /// <summary>1. Extraction throughput on one core, against a regex-based quote extractor a user might write instead.</summary>
    [MemoryDiagnoser]
    public class ExtractionBenchmarks
    {
        private IReadOnlyList<(string Path, string Text)> _corpus = null!;
        public double Megabytes;

        // what a user might pick instead: quoted spans and "X said" attributions by regular expression
        private static readonly Regex Quote = new("[\u201C\"]([^\u201D\"]{3,2000})[\u201D\"]", RegexOptions.Compiled | RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
        private static readonly Regex Said = new(@"([A-Z][a-z]+(?: [A-Z][a-z]+)+) (?:said|stressed|noted)", RegexOptions.Compiled | RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        [GlobalSetup]
        public void Setup()
        {
            _corpus = CorpusSynthesizer.Create(1000);
            long bytes = _corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text)); // the files as they are on disk
            Megabytes = bytes / 1e6;
            Figures.Record("extraction.bytes", bytes);
            Figures.Record("extraction.chars", _corpus.Sum(a => (long)a.Text.Length));
            System.Console.WriteLine($"// corpus: 1000 articles, {_corpus.Sum(a => a.Text.Length):N0} characters, {bytes:N0} bytes UTF-8");
        }

        [Benchmark(Description = "SeedGen extraction, 1,000 articles")]
        public int SeedGen()
        {
            int n = 0;
            foreach (var (path, text) in _corpus) n += ArticleExtractor.Extract(path, text).Statements.Count;
            return n;
        }

        [Benchmark(Baseline = true, Description = "regex quotes + attributions, 1,000 articles")]
        public int RegexBaseline()
        {
            int n = 0;
            foreach (var (_, text) in _corpus) n += Quote.Matches(text).Count + Said.Matches(text).Count;
            return n;
        }
    }
}
