using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SeedGen.Extraction;
using SeedGen.Extraction.Model;

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

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// Where extraction time goes (<c>-- --stages [N]</c>, default 4,000): the stages of <see cref="ArticleExtractor"/> run one
    /// by one over N distinct articles (<see cref="CorpusSynthesizer.Distinct"/>) on one thread, then the corpus step, three
    /// rounds (<c>-- --stages N ROUNDS</c> for more, to attach a profiler to the warm ones) (the first pays the JIT, as a build does); each stage's wall time summed over the articles, and the process CPU
    /// time of the round, so that a run on a shared machine still compares.
    /// </summary>
    public static class ExtractionStages
    {
        private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
        private static readonly string[] Names = { "read", "time anchor", "entities", "statements", "events", "statement-event links", "corpus step" };

        public static int Run(int n, int rounds = 3)
        {
            var corpus = CorpusSynthesizer.Distinct(n);
            long bytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
            var lexicon = SeedGen.Extraction.Lexicon.Lexicon.Default;
            for (int round = 0; round < rounds; round++)
            {
                var seconds = new double[Names.Length];
                var allocated = new long[Names.Length];
                long alloc0 = System.GC.GetAllocatedBytesForCurrentThread();
                var models = new List<SeedGen.Extraction.Model.ArticleModel>(n);
                var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var pause0 = System.GC.GetTotalPauseDuration();
                int[] gcs0 = { System.GC.CollectionCount(0), System.GC.CollectionCount(1), System.GC.CollectionCount(2) };
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var stage = new System.Diagnostics.Stopwatch();
                void Lap(int k)
                {
                    seconds[k] += stage.Elapsed.TotalSeconds;
                    long now = System.GC.GetAllocatedBytesForCurrentThread();
                    allocated[k] += now - alloc0;
                    alloc0 = now;
                    stage.Restart();
                }
                foreach (var (path, text) in corpus)
                {
                    stage.Restart();
                    alloc0 = System.GC.GetAllocatedBytesForCurrentThread();
                    var doc = SeedGen.Extraction.Text.ArticleReader.Read(path, text, lexicon.Boilerplate); Lap(0);
                    var time = SeedGen.Extraction.Time.TemporalAnchor.Find(doc); Lap(1);
                    var entities = SeedGen.Extraction.Entities.EntityRecognizer.Recognize(doc, lexicon); Lap(2);
                    var diagnostics = new List<SeedGen.Extraction.Model.DiagnosticModel>();
                    var statements = SeedGen.Extraction.Statements.StatementExtractor.Extract(doc, entities, lexicon, diagnostics, default); Lap(3);
                    var events = SeedGen.Extraction.Events.EventExtractor.Extract(doc, entities, time, lexicon, diagnostics, default); Lap(4);
                    statements = SeedGen.Extraction.Events.EventExtractor.LinkStatements(doc, statements, events); Lap(5);
                    models.Add(new SeedGen.Extraction.Model.ArticleModel(path, doc.Title, time.Published, null, null, events.ToEquatableArray(),
                        statements.ToEquatableArray(), entities.People.ToEquatableArray(), entities.Places.ToEquatableArray(),
                        entities.Organizations.ToEquatableArray(), diagnostics.ToEquatableArray()));
                }
                double extraction = clock.Elapsed.TotalSeconds;
                stage.Restart();
                alloc0 = System.GC.GetAllocatedBytesForCurrentThread();
                SeedGen.Extraction.Corpus.CorpusBuilder.Build(models); Lap(6);
                double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                string label = round == 0 ? "cold" : "warm";
                System.Console.WriteLine($"{label} round, {n:N0} distinct articles ({bytes / 1e6:F1} MB): extraction {extraction:F2} s = {bytes / 1e6 / extraction:F1} MB/s, " +
                                         $"corpus step {seconds[6]:F2} s, process CPU {cpu:F2} s");
                System.Console.WriteLine($"  GC: {System.GC.CollectionCount(0) - gcs0[0]} / {System.GC.CollectionCount(1) - gcs0[1]} / {System.GC.CollectionCount(2) - gcs0[2]} collections (gen 0 / 1 / 2), " +
                                         $"paused {(System.GC.GetTotalPauseDuration() - pause0).TotalSeconds.ToString("F2", Inv)} s");
                double total = seconds.Sum();
                for (int k = 0; k < Names.Length; k++)
                    System.Console.WriteLine($"  {Names[k],-22} {seconds[k].ToString("F2", Inv),6} s  {(100 * seconds[k] / total).ToString("F0", Inv),3} %  {(allocated[k] / (double)bytes).ToString("F1", Inv),6} B allocated per byte of text");
                for (int k = 0; k < Names.Length; k++) Figures.Record($"stages.{label}.{Names[k]}.seconds", seconds[k]);
                for (int k = 0; k < Names.Length; k++) Figures.Record($"stages.{label}.{Names[k]}.allocatedBytes", allocated[k]);
                Figures.Record($"stages.{label}.extraction.seconds", extraction);
                Figures.Record($"stages.{label}.cpuSeconds", cpu);
            }
            return 0;
        }
    }
}
