using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// The one benchmark run (<c>-- --all</c>): the four BenchmarkDotNet suites (extraction, full generator runs, incremental
    /// runs, run time in the consuming app), the step-tracking checks, the consuming builds of distinct articles from the packed
    /// package (<see cref="BuildScaling"/>: time above an empty app, peak memory, assembly size, the generator's in-build time,
    /// cold-process timings) and the CLI end to end (<see cref="CliThroughput"/>); then one table of every figure against its
    /// target, printed and written to <c>BenchmarkDotNet.Artifacts/seedgen-performance.md</c>. <c>--quick</c> builds 1,000 and
    /// 2,000 articles instead of 1,000, 4,000 and 10,000, and times the CLI on 1,000 and 2,000 instead of 1,000, 2,000 and 4,000.
    /// </summary>
    public static class AllRun
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Run(string[] args)
        {
            bool quick = args.Contains("--quick");
            var sizes = quick ? new[] { 1000, 2000 } : new[] { 1000, 4000, 10000 };
            var cliSizes = quick ? new[] { 1000, 2000 } : new[] { 1000, 2000, 4000 };
            var config = ManualConfig.CreateMinimumViable()
                .AddJob(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance))
                .AddDiagnoser(MemoryDiagnoser.Default)
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            var summaries = new List<Summary>();
            foreach (var type in new[] { typeof(ExtractionBenchmarks), typeof(GeneratorBenchmarks), typeof(IncrementalBenchmarks), typeof(RuntimeBenchmarks) })
                summaries.Add(BenchmarkRunner.Run(type, config));

            // step tracking on 200 articles (Roslyn's recording of tracked steps grows faster than quadratically), counted hooks on 1,000
            var checks = IncrementalChecks.Run(TrackedArticles).Concat(IncrementalChecks.Counted(1000)).ToList();
            BuildScaling.MeasureEmpty();
            foreach (var size in sizes) BuildScaling.Measure(size);
            CliThroughput.Measure(cliSizes);

            string table = Table(summaries, checks, sizes, cliSizes);
            Console.WriteLine();
            Console.WriteLine(table);
            Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "seedgen-performance.md"), table);
            return checks.All(c => c.Passed) ? 0 : 1;
        }

        /// <summary>The corpus of the step-tracking checks: Roslyn records every path through the tracked graph, which grows faster
        /// than quadratically with the articles.</summary>
        internal const int TrackedArticles = 50;

        private static BenchmarkReport? Report(IEnumerable<Summary> summaries, string method, int? articles = null) =>
            summaries.SelectMany(s => s.Reports).FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
                && (articles == null || r.BenchmarkCase.Parameters.Items.Any(p => p.Name == "Articles" && (int)p.Value == articles)));

        private static double? Ms(BenchmarkReport? r) => r?.ResultStatistics?.Mean / 1e6;

        private static long? Bytes(BenchmarkReport? r) => r?.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase);

        private static string F(double? v, string format = "F1") => v is { } x ? x.ToString(format, Inv) : "n/a";

        private static string Met(bool? ok) => ok switch { true => "met", false => "**not met**", null => "n/a" };

        private static string Table(List<Summary> s, List<(string Check, bool Passed, string Detail)> checks, int[] sizes, int[] cliSizes)
        {
            var sb = new StringBuilder();
            sb.AppendLine($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.ProcessArchitecture}, " +
                          $".NET {Environment.Version}; CPU: {Cpu()}");
            sb.AppendLine("BenchmarkDotNet short job (5 iterations), in-process; corpus: CorpusSynthesizer (seed 42), every article made distinct " +
                          "(no two share a string literal). Consumer builds and CLI: CorpusSynthesizer.Distinct (the seeds made distinct, as " +
                          "../shared/tools/make-distinct-corpus.py does), the consumer restoring the packed .nupkg, `dotnet build -c Release` " +
                          "without build server or node reuse; wall times on a machine shared with other builds.");
            sb.AppendLine();
            sb.AppendLine("| # | what | measured | target | |");
            sb.AppendLine("|---|---|---|---|---|");

            var ex = Report(s, nameof(ExtractionBenchmarks.SeedGen));
            var rx = Report(s, nameof(ExtractionBenchmarks.RegexBaseline));
            long bytes = Figures.Get<long>("extraction.bytes") ?? 0;
            double? mbps = Ms(ex) is { } ems ? bytes / 1e6 / (ems / 1000) : null;
            double? allocPerMb = Bytes(ex) is { } eb && bytes > 0 ? eb / (bytes / 1e6) / 1e6 : null;
            sb.AppendLine($"| 1 | extraction, one core, 1,000 articles ({bytes / 1e6:F2} MB UTF-8) | {F(Ms(ex))} ms = **{F(mbps)} MB/s**; {F(allocPerMb)} MB allocated per MB | ≥ 20 MB/s | {Met(mbps >= 20)} |");
            sb.AppendLine($"| 1 | regex baseline (quotes + \"X said\") | {F(Ms(rx), "F2")} ms; SeedGen takes {F(Ms(ex) / Ms(rx), "F0")}× as long | ratio reported | |");

            foreach (var n in new[] { 1000, 10000 })
            {
                var full = Report(s, nameof(GeneratorBenchmarks.FullRun), n);
                double limit = n == 1000 ? 2000 : 20000;
                sb.AppendLine($"| 2 | generator full run, {n:N0} articles | **{F(Ms(full), "F0")} ms**, {F(Bytes(full) / 1e6, "F0")} MB allocated; {Figures.Text($"generated.{n}.files")} files, " +
                              $"{F(Figures.Get<double>($"generated.{n}.charsPerArticle"), "F0")} characters of C# per article | ≤ {limit / 1000:F0} s | {Met(Ms(full) <= limit)} |");
            }

            foreach (var (method, what) in new[]
            {
                (nameof(IncrementalBenchmarks.EditOne), "edit one article"), (nameof(IncrementalBenchmarks.AddOne), "add one article"),
                (nameof(IncrementalBenchmarks.RemoveOne), "remove one article"),
            })
            {
                var r = Report(s, method, 1000);
                double target = method == nameof(IncrementalBenchmarks.EditOne) ? 5 : 10; // the issue's IDE goals: edit 5 ms, add or remove 10 ms
                sb.AppendLine($"| 4 | {what}, 1,000-article corpus, warm driver | **{F(Ms(r))} ms**, {F(Bytes(r) / 1e6)} MB allocated | ≤ {target:F0} ms | {Met(Ms(r) <= target)} |");
            }
            var cs = Report(s, nameof(IncrementalBenchmarks.EditCSharp), 1000);
            sb.AppendLine($"| 3 | edit C# code in the consuming project | {F(Ms(cs), "F2")} ms | no extraction | {Met(checks.Where(c => c.Check.Contains("edit C#", StringComparison.Ordinal)).All(c => c.Passed))} |");
            foreach (var c in checks)
                sb.AppendLine($"| 3/6 | asserted: {c.Check} | {(c.Passed ? "yes" : "**NO**")} ({c.Detail.Replace("|", "/")}) | asserted | {Met(c.Passed)} |");

            BuildRows(sb, sizes);
            CliRows(sb, cliSizes);

            var fa = Report(s, nameof(RuntimeBenchmarks.FirstAccessGenerated));
            var js = Report(s, nameof(RuntimeBenchmarks.JsonLoad));
            var all = Report(s, nameof(RuntimeBenchmarks.FirstAllGenerated));
            var it = Report(s, nameof(RuntimeBenchmarks.IterateAll));
            var fe = Report(s, nameof(RuntimeBenchmarks.ForeachAll));
            int events = Figures.Get<int>("runtime.events") ?? 0;
            foreach (var n in sizes)
            {
                double? first = Figures.Get<double>($"build.{n}.firstAccessMs"), json = Figures.Get<double>($"build.{n}.jsonMs");
                sb.AppendLine($"| 5 | cold process, {n:N0} articles ({Figures.Text($"build.{n}.events")} events): first access to one event vs System.Text.Json load at start-up | " +
                              $"**{F(first * 1000, "F0")} µs** vs {F(json)} ms = **{F(json / first, "F0")}×** | ≥ 100× | {Met(json / first >= 100)} |");
            }
            var firsts = sizes.Select(n => Figures.Get<double>($"build.{n}.firstAccessMs")).Where(x => x != null).ToList();
            sb.AppendLine($"| 5 | first access does not grow with the corpus | {string.Join(" → ", firsts.Select(x => F(x * 1000, "F0") + " µs"))} | flat | {Met(firsts.Count > 1 ? firsts.Max() <= 2 * firsts.Min() : null)} |");
            sb.AppendLine($"| 5 | in-process, 1,000 articles: first access in a freshly loaded assembly | {F(Ms(fa) * 1000, "F0")} µs, {Bytes(fa):N0} B allocated; System.Text.Json load (warm) {F(Ms(js), "F2")} ms, {F(Bytes(js) / 1e3, "F0")} KB | | |");
            sb.AppendLine($"| 5 | first use of Events.All ({events:N0} events, fresh load) | {F(Ms(all), "F2")} ms, {F(Bytes(all) / 1e3, "F0")} KB = {F(events > 0 ? Bytes(all) / (double)events : null, "F0")} B per event (the records) | | |");
            sb.AppendLine($"| 5 | iterate Events.All once built | for: {F(Ms(it) * 1e3, "F1")} µs, {Bytes(it)} B allocated; foreach: {F(Ms(fe) * 1e3, "F1")} µs, {Bytes(fe)} B | nothing beyond the records | {Met(Bytes(it) == 0)} |");
            sb.AppendLine($"| 6 | idle re-run (no change) | {F(Ms(Report(s, nameof(IncrementalBenchmarks.Idle), 1000)), "F2")} ms | no extraction (asserted above) | |");
            return sb.ToString();
        }

        /// <summary>Consumer builds (issue 13 points 1 to 3): time above an empty app, peak memory, assembly size, generator time.</summary>
        private static void BuildRows(StringBuilder sb, int[] sizes)
        {
            double? empty = Figures.Get<double>("build.empty.seconds");
            sb.AppendLine($"| 4 | `dotnet build` of an empty console app (the floor) | {F(empty)} s, peak {F(Figures.Get<long>("build.empty.peakTreeBytes") / 1e6, "F0")} MB | | |");
            var built = new List<(int N, double Seconds)>();
            foreach (var n in sizes)
            {
                double? secs = Figures.Get<double>($"build.{n}.seconds");
                long? text = Figures.Get<long>($"build.{n}.textBytes");
                string? failed = Figures.Text($"build.{n}.failed");
                double? above = secs - empty;
                double? per1000 = above * 1000 / n;
                double? peak = Figures.Get<long>($"build.{n}.peakTreeBytes") / 1e6;
                double? largest = Figures.Get<long>($"build.{n}.peakProcessBytes") / 1e6;
                string what = $"{n:N0} distinct articles ({F(text / 1e6)} MB of text)";
                if (failed != null)
                {
                    sb.AppendLine($"| 1 | consuming build, {what} | **does not build** after {F(secs)} s: {failed}; peak {F(peak, "F0")} MB | builds and runs | {Met(false)} |");
                    continue;
                }
                if (secs is { } sv) built.Add((n, sv));
                double? cpuAbove = Figures.Get<double>($"build.{n}.cpuSeconds") - Figures.Get<double>("build.empty.cpuSeconds");
                sb.AppendLine($"| 2 | consuming build, {what} | **{F(secs)} s**, {F(above)} s above the empty app = **{F(per1000, "F2")} s per 1,000 articles** " +
                              $"(CPU: {F(Figures.Get<double>($"build.{n}.cpuSeconds"))} s, {F(cpuAbove * 1000 / n, "F2")} s per 1,000 above the empty app) | ≤ 5 s per 1,000 | {Met(per1000 <= 5)} |");
                sb.AppendLine($"| 2 | peak memory of that build | **{F(peak, "F0")} MB** (process tree; largest process {F(largest, "F0")} MB) | ≤ 1,500 MB at 10,000 | {(n == 10000 ? Met(peak <= 1500) : "")} |");
                long? dll = Figures.Get<long>($"build.{n}.dllBytes");
                double? ratio = dll / (double?)text;
                sb.AppendLine($"| 2 | assembly size, {n:N0} articles | {F(dll / 1e6)} MB = **{F(ratio, "F2")}× the text** | ≤ 1.5× | {Met(ratio <= 1.5)} |");
                double? gen = Figures.Get<double>($"build.{n}.generatorSeconds");
                double? genMbps = text / 1e6 / gen;
                sb.AppendLine($"| 3 | generator's time in that build (`-p:ReportAnalyzer=true`) | {F(gen, "F2")} s = **{F(genMbps)} MB/s** | ≥ 20 MB/s | {Met(genMbps >= 20)} |");
                bool? ran = Figures.Text($"build.{n}.runs") is { } r ? r == bool.TrueString : null;
                string? runFailure = Figures.Text($"build.{n}.runFailure");
                sb.AppendLine($"| 1 | the built app runs, {n:N0} articles | {(ran == true ? "yes" : ran == false ? "**no**: " + (runFailure ?? "").Replace("|", "/") : "n/a")} | runs | {Met(ran)} |");
            }
            // linear = a fixed cost plus a cost per article: the marginal cost per 1,000 articles between consecutive sizes that built
            var marginal = new List<double>();
            for (int i = 1; i < built.Count; i++) marginal.Add((built[i].Seconds - built[i - 1].Seconds) * 1000 / (built[i].N - built[i - 1].N));
            bool? linear = marginal.Count > 0 && built.Count == sizes.Length ? marginal.Max() <= 1.5 * marginal.Min() || marginal.Count == 1 : null;
            sb.AppendLine($"| 4 | build cost per article between sizes | marginal {(marginal.Count == 0 ? "n/a" : string.Join(" → ", marginal.Select(m => F(m, "F2"))))} s per 1,000 articles | linear | {Met(linear)} |");
        }

        /// <summary>The CLI end to end (issue 13 point 3): throughput per size from a folder, from file arguments, and scaling.</summary>
        private static void CliRows(StringBuilder sb, int[] sizes)
        {
            var times = new List<double?>();
            foreach (var n in sizes)
            {
                long? bytes = Figures.Get<long>($"cli.{n}.bytes");
                double? secs = Figures.Get<double>($"cli.{n}.folder.seconds");
                times.Add(secs);
                double? mbps = bytes / 1e6 / secs;
                sb.AppendLine($"| 3 | CLI `extract --json` end to end, {n:N0} distinct articles ({F(bytes / 1e6)} MB) as one folder | {F(secs, "F2")} s = **{F(mbps, "F2")} MB/s** " +
                              $"({F(Figures.Get<double>($"cli.{n}.folder.cpuSeconds"), "F2")} s CPU) | ≥ 20 MB/s | {Met(mbps >= 20)} |");
            }
            int max = sizes.Max();
            long? maxBytes = Figures.Get<long>($"cli.{max}.bytes");
            double? glob = Figures.Get<double>($"cli.{max}.glob.seconds");
            double? folder = Figures.Get<double>($"cli.{max}.folder.seconds");
            sb.AppendLine($"| 3 | the same {max:N0} articles as file arguments (a shell glob) | {F(glob, "F2")} s = **{F(maxBytes / 1e6 / glob, "F2")} MB/s**, {F(glob / folder, "F1")}× the folder | ≥ 20 MB/s | {Met(maxBytes / 1e6 / glob >= 20)} |");
            var ratios = new List<double>();
            for (int i = 1; i < sizes.Length; i++)
                if (times[i] is { } b && times[i - 1] is { } a) ratios.Add(Math.Pow(b / a, 1 / Math.Log2(sizes[i] / (double)sizes[i - 1]))); // per doubling
            sb.AppendLine($"| 3 | CLI scaling per doubling of the corpus | {(ratios.Count == 0 ? "n/a" : string.Join(" → ", ratios.Select(r => F(r, "F2") + "×")))} | ≤ 2.1× each | {Met(ratios.Count > 0 ? ratios.All(r => r <= 2.1) : null)} |");
        }

        private static string Cpu()
        {
            try
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line != null) return line.Substring(line.IndexOf(':') + 1).Trim();
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            return Environment.GetEnvironmentVariable("PROCESSOR_IDENTIFIER") ?? "unknown";
        }
    }
}
