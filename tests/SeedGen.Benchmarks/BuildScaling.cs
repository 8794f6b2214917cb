using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// Consuming builds as a user makes them: the repository's SeedGen is packed once, a fresh console app outside the
    /// repository restores the <c>.nupkg</c> from a local folder, and N distinct articles (<see cref="CorpusSynthesizer.Distinct"/>,
    /// no two share a string literal) are built with <c>dotnet build -c Release</c> (no build server, no node reuse). Per size:
    /// wall time above an empty console app, peak memory of the build's process tree and of its largest process (the
    /// compiler), the assembly's size against the articles' text, and the generator's own time in the build
    /// (<c>-p:ReportAnalyzer=true</c>, read from the compiler's analyzer summary). A size that builds is then run in fresh
    /// processes to time, cold, the first access to one event and a System.Text.Json load of the same events (median of five).
    /// A build that fails is recorded with its errors, and the run goes on.
    /// </summary>
    public static class BuildScaling
    {
        public const int Processes = 5;
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Run(string[] sizes)
        {
            MeasureEmpty();
            bool ok = true;
            foreach (var size in sizes.Select(s => int.Parse(s, Inv)))
                ok &= Measure(size) == true;
            return ok ? 0 : 1;
        }

        private static string? _feed;
        private static readonly string Version = "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", Inv);
        private static string Root => Path.Combine(Path.GetTempPath(), "seedgen-consumer-builds");

        /// <summary>Packs src/SeedGen once per run into a local folder (a unique version, so no cache holds an older copy).</summary>
        private static string Feed()
        {
            if (_feed != null) return _feed;
            string feed = Path.Combine(Root, "feed");
            if (Directory.Exists(feed)) Directory.Delete(feed, true);
            Directory.CreateDirectory(feed);
            var pack = Dotnet(CorpusSynthesizer.RepoRoot, "pack", Path.Combine(CorpusSynthesizer.RepoRoot, "src", "SeedGen", "SeedGen.csproj"), "-c", "Release", "-o", feed,
                "-p:Version=" + Version, "-nodeReuse:false");
            if (pack.Code != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            return _feed = feed;
        }

        /// <summary>A project folder outside the repository: nothing above it imported, SeedGen from the local feed only.</summary>
        private static void Scaffold(string dir, bool withSeedGen)
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            Directory.CreateDirectory(Path.Combine(dir, "seeds"));
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
            string userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } c ? c
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(dir, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <clear />
    {(withSeedGen ? $@"<add key=""local"" value=""{Feed()}"" />" : "")}
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
  {(withSeedGen ? @"<packageSourceMapping>
    <packageSource key=""local""><package pattern=""SeedGen"" /></packageSource>
    <packageSource key=""nuget.org""><package pattern=""*"" /></packageSource>
  </packageSourceMapping>" : "")}
  <fallbackPackageFolders><clear />{(Directory.Exists(userCache) ? $@"<add key=""user"" value=""{userCache}"" />" : "")}</fallbackPackageFolders>
</configuration>
");
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><AllowUnsafeBlocks>true</AllowUnsafeBlocks></PropertyGroup>
  {(withSeedGen ? $@"<ItemGroup><PackageReference Include=""SeedGen"" Version=""{Version}"" /></ItemGroup>" : "")}
</Project>");
        }

        private static Dictionary<string, string> Env => new() { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        private static readonly string[] BuildArgs = { "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false" };

        /// <summary>An empty console app (no SeedGen), restored and then built like the consumers: the floor the sizes are measured from.</summary>
        public static double? MeasureEmpty()
        {
            string dir = Path.Combine(Root, "empty");
            Scaffold(dir, withSeedGen: false);
            File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(\"empty\");\n");
            var restore = Dotnet(dir, "restore", "-nodeReuse:false");
            if (restore.Code != 0) { Console.WriteLine(restore.Output); return null; }
            var build = SeedGen.Benchmarks.Processes.Run(dir, Env, "dotnet", BuildArgs);
            if (build.Code != 0) { Console.WriteLine(build.Output); return null; }
            Figures.Record("build.empty.seconds", build.Seconds);
            if (build.CpuSeconds is { } ecpu) Figures.Record("build.empty.cpuSeconds", ecpu);
            Figures.Record("build.empty.peakTreeBytes", build.PeakTreeBytes);
            Console.WriteLine($"empty console app: build {build.Seconds:F1} s ({build.CpuSeconds?.ToString("F1", Inv) ?? "n/a"} s CPU), peak {build.PeakTreeBytes / 1e6:F0} MB (tree)");
            return build.Seconds;
        }

        /// <summary>Builds and measures one size; records the figures; false when the build failed, null when it could not start.</summary>
        public static bool? Measure(int size)
        {
            string dir = Path.Combine(Root, "n" + size.ToString(Inv));
            Scaffold(dir, withSeedGen: true);
            var corpus = CorpusSynthesizer.Distinct(size);
            long textBytes = 0;
            foreach (var (path, text) in corpus)
            {
                File.WriteAllText(Path.Combine(dir, path), text);
                textBytes += System.Text.Encoding.UTF8.GetByteCount(text);
            }
            Figures.Record($"build.{size}.textBytes", textBytes);

            // the event to touch (the middle one) and the same events as JSON, from the extraction library the generator uses
            var model = CorpusBuilder.Build(corpus.Select(a => ArticleExtractor.Extract(a.Path, a.Text)));
            string id = model.Events[model.Events.Count / 2].Id;
            // for the first-access split (FirstAccess): a second event touched after the first (another position, usually another chunk)
            string id2 = model.Events[model.Events.Count > 1 ? (model.Events.Count / 2 + model.Events.Count / 3) % model.Events.Count : 0].Id;
            File.WriteAllText(Path.Combine(dir, "events.json"), System.Text.Json.JsonSerializer.Serialize(model.Events.Select(e => new
            {
                e.Id, e.Name, Start = e.Start.ToIso(), End = e.End.ToIso(),
                Location = e.LocationId != null ? model.Place(e.LocationId)?.Name : null,
            })));
            File.WriteAllText(Path.Combine(dir, "Program.cs"), $@"using System.Diagnostics;
string mode = args.Length > 0 ? args[0] : """";
if (mode == ""first"")
{{
    var sw = Stopwatch.StartNew();
    var e = Consumer.Corpus.Events.{id};
    sw.Stop();
    System.Console.WriteLine(sw.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "" "" + e.Name.Length);
    return;
}}
if (mode == ""parts"")
{{
    // the first access split: JIT (methods, time) and assemblies loaded on it, then a second access to another event
    long m0 = System.Runtime.JitInfo.GetCompiledMethodCount(); var j0 = System.Runtime.JitInfo.GetCompilationTime();
    int a0 = System.AppDomain.CurrentDomain.GetAssemblies().Length;
    var sw = Stopwatch.StartNew();
    var e = Consumer.Corpus.Events.{id};
    sw.Stop();
    long m1 = System.Runtime.JitInfo.GetCompiledMethodCount(); var j1 = System.Runtime.JitInfo.GetCompilationTime();
    int a1 = System.AppDomain.CurrentDomain.GetAssemblies().Length;
    var sw2 = Stopwatch.StartNew();
    var e2 = Consumer.Corpus.Events.{id2};
    sw2.Stop();
    long m2 = System.Runtime.JitInfo.GetCompiledMethodCount(); var j2 = System.Runtime.JitInfo.GetCompilationTime();
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    System.Console.WriteLine(string.Join("" "", new[] {{ sw.Elapsed.TotalMilliseconds.ToString(inv), (m1 - m0).ToString(inv), (j1 - j0).TotalMilliseconds.ToString(inv), (a1 - a0).ToString(inv),
        sw2.Elapsed.TotalMilliseconds.ToString(inv), (m2 - m1).ToString(inv), (j2 - j1).TotalMilliseconds.ToString(inv), (e.Name.Length + e2.Name.Length).ToString(inv) }}));
    return;
}}
if (mode == ""cpu"")
{{
    // this thread's CPU time (clock_gettime(CLOCK_THREAD_CPUTIME_ID), Linux): on a busy machine the wall time also counts the
    // time other processes ran; the first access and the JSON load, each in its own process (second argument)
    bool json = args.Length > 1 && args[1] == ""json"";
    ThreadCpu.Now(); ThreadCpu.Now();
    long c0 = ThreadCpu.Now();
    int n;
    if (json)
    {{
        var list = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.List<EventDto>>(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, ""events.json"")))!;
        n = list.Find(x => x.Id == ""{id}"")!.Name.Length;
    }}
    else n = Consumer.Corpus.Events.{id}.Name.Length;
    long c1 = ThreadCpu.Now();
    System.Console.WriteLine(((c1 - c0) / 1e6).ToString(System.Globalization.CultureInfo.InvariantCulture) + "" "" + n);
    return;
}}
if (mode == ""reflect"")
{{
    // the process's first reflection over a constant (what a chunk's static constructor does), then the first access
    var sw = Stopwatch.StartNew();
    var f = typeof(Probe).GetField(""K"", System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;
    var k = (string)f.GetRawConstantValue()!;
    sw.Stop();
    var sw2 = Stopwatch.StartNew();
    var e = Consumer.Corpus.Events.{id};
    sw2.Stop();
    var inv = System.Globalization.CultureInfo.InvariantCulture;
    System.Console.WriteLine(sw.Elapsed.TotalMilliseconds.ToString(inv) + "" "" + sw2.Elapsed.TotalMilliseconds.ToString(inv) + "" "" + (k.Length + e.Name.Length).ToString(inv));
    return;
}}
if (mode == ""json"")
{{
    var sw = Stopwatch.StartNew();
    var list = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.List<EventDto>>(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, ""events.json"")))!;
    var e = list.Find(x => x.Id == ""{id}"")!;
    sw.Stop();
    System.Console.WriteLine(sw.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "" "" + e.Name.Length);
    return;
}}
System.Console.WriteLine(Consumer.Corpus.Articles.All.Count + "" articles, "" + Consumer.Corpus.Events.All.Count + "" events, "" + Consumer.Corpus.Statements.All.Count + "" statements"");

record EventDto(string Id, string Name, string? Start, string? End, string? Location);
static class Probe {{ private const string K = ""probe""; }}
static unsafe class ThreadCpu
{{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)] private struct Ts {{ public long S; public long Ns; }}
    [System.Runtime.InteropServices.DllImport(""libc"")] private static extern int clock_gettime(int clock, Ts* t);
    public static long Now() {{ Ts t; clock_gettime(3, &t); return t.S * 1000000000 + t.Ns; }}
}}
");
            var restore = Dotnet(dir, "restore", "-nodeReuse:false");
            if (restore.Code != 0) { Console.WriteLine(restore.Output); return null; }
            // the compiler's analyzer summary that ReportAnalyzer asks for is logged at low importance: -v:d shows it
            var build = SeedGen.Benchmarks.Processes.Run(dir, Env, "dotnet", BuildArgs.Concat(new[] { "-p:ReportAnalyzer=true", "-v:d" }).ToArray());
            Figures.Record($"build.{size}.seconds", build.Seconds);
            if (build.CpuSeconds is { } cpu) Figures.Record($"build.{size}.cpuSeconds", cpu);
            Figures.Record($"build.{size}.peakTreeBytes", build.PeakTreeBytes);
            Figures.Record($"build.{size}.peakProcessBytes", build.PeakProcessBytes);
            if (GeneratorSeconds(build.Output) is { } gen) Figures.Record($"build.{size}.generatorSeconds", gen);
            Figures.Record($"build.{size}.events", model.Events.Count);
            if (build.Code != 0)
            {
                var errors = Regex.Matches(build.Output, @"error (CS\d{4}|SG\d{4})").Select(m => m.Groups[1].Value).GroupBy(x => x, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).Select(g => $"{g.Count():N0} × {g.Key}").Distinct().ToList();
                string what = errors.Count > 0 ? string.Join(", ", errors.Take(3)) : "exit " + build.Code.ToString(Inv);
                Figures.Record($"build.{size}.failed", what);
                Console.WriteLine($"{size:N0} distinct articles: build FAILED after {build.Seconds:F1} s ({build.CpuSeconds?.ToString("F1", Inv) ?? "n/a"} s CPU) ({what}), peak {build.PeakTreeBytes / 1e6:F0} MB");
                return false;
            }
            string bin = Path.Combine(dir, "bin", "Release", "net10.0");
            File.Copy(Path.Combine(dir, "events.json"), Path.Combine(bin, "events.json"), true);
            var run = SeedGen.Benchmarks.Processes.Run(bin, null, "dotnet", "Consumer.dll");
            long dllBytes = new FileInfo(Path.Combine(bin, "Consumer.dll")).Length;
            Figures.Record($"build.{size}.dllBytes", dllBytes);
            Figures.Record($"build.{size}.runs", run.Code == 0);
            if (run.Code != 0)
            {
                // built but does not run (e.g. a TypeLoadException: more than 65,535 methods in one generated type)
                string why = run.Output.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal))?.Trim() ?? "exit " + run.Code.ToString(Inv);
                Figures.Record($"build.{size}.runFailure", why);
                Console.WriteLine($"{size:N0} distinct articles ({textBytes / 1e6:F1} MB): build {build.Seconds:F1} s ({build.CpuSeconds?.ToString("F1", Inv) ?? "n/a"} s CPU), peak {build.PeakTreeBytes / 1e6:F0} MB tree / {build.PeakProcessBytes / 1e6:F0} MB largest process, " +
                    $"generator {Figures.Get<double>($"build.{size}.generatorSeconds")?.ToString("F2", Inv) ?? "n/a"} s; assembly {dllBytes:N0} bytes ({dllBytes / (double)textBytes:F2}x the text); the app DOES NOT RUN: {why}");
                return false;
            }
            double first = Median(Enumerable.Range(0, Processes).Select(_ => Time(bin, "first")));
            double json = Median(Enumerable.Range(0, Processes).Select(_ => Time(bin, "json")));
            long dll = dllBytes;
            Figures.Record($"build.{size}.firstAccessMs", first);
            Figures.Record($"build.{size}.jsonMs", json);
            Console.WriteLine($"{size:N0} distinct articles ({textBytes / 1e6:F1} MB): build {build.Seconds:F1} s ({build.CpuSeconds?.ToString("F1", Inv) ?? "n/a"} s CPU), peak {build.PeakTreeBytes / 1e6:F0} MB tree / {build.PeakProcessBytes / 1e6:F0} MB largest process, " +
                $"generator {Figures.Get<double>($"build.{size}.generatorSeconds")?.ToString("F2", Inv) ?? "n/a"} s; app prints: {run.Output.Trim()}; " +
                $"cold first access {first:F3} ms, cold JSON load {json:F1} ms ({json / first:F0}x); assembly {dll:N0} bytes ({dll / (double)textBytes:F2}x the text)");
            return run.Code == 0;
        }

        /// <summary>The SeedGen generator's seconds from the compiler's <c>ReportAnalyzer</c> summary: the line naming
        /// <c>SeedGen.Generator.SeedGenGenerator</c> after the "generator execution time" header ("  6.234   100   SeedGen…").</summary>
        public static double? GeneratorSeconds(string buildLog)
        {
            bool inGenerators = false;
            foreach (var raw in buildLog.Split('\n'))
            {
                string line = raw.Trim();
                if (line.IndexOf("generator execution time", StringComparison.OrdinalIgnoreCase) >= 0) { inGenerators = true; continue; }
                if (line.IndexOf("analyzer execution time", StringComparison.OrdinalIgnoreCase) >= 0) { inGenerators = false; continue; }
                if (!inGenerators || line.IndexOf("SeedGen.Generator.SeedGenGenerator", StringComparison.Ordinal) < 0) continue;
                var first = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                if (first != null && double.TryParse(first.Replace("<", ""), NumberStyles.Float, Inv, out double s)) return s;
            }
            return null;
        }

        private static double Time(string bin, string mode)
        {
            var r = SeedGen.Benchmarks.Processes.Run(bin, null, "dotnet", "Consumer.dll", mode);
            if (r.Code != 0) throw new InvalidOperationException(r.Output);
            return double.Parse(r.Output.Trim().Split(' ')[0], Inv);
        }

        private static double Median(IEnumerable<double> values)
        {
            var v = values.OrderBy(x => x).ToList();
            return v[v.Count / 2];
        }

        private static ProcessRun Dotnet(string dir, params string[] args) => SeedGen.Benchmarks.Processes.Run(dir, Env, "dotnet", args);
    }
}
