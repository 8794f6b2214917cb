using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;

namespace SeedGen.Benchmarks
{
    /// <summary>4 and 5 in a real consuming app. A project referencing the generator with N synthesised articles is built with
    /// <c>dotnet build</c> (wall time per 1,000 articles; a build is a process, so this is timed, not BenchmarkDotNet); then the
    /// built app is started in fresh processes to time, cold, the first access to one event and, for comparison, loading the
    /// same events from a JSON file with System.Text.Json at start-up (median of five processes each).</summary>
    public static class BuildScaling
    {
        public const int Processes = 5;

        public static int Run(string[] sizes)
        {
            foreach (var size in sizes.Select(int.Parse))
                if (Measure(size) is null) return 1;
            return 0;
        }

        /// <summary>Builds and measures one size; records the figures and returns false when the build failed.</summary>
        public static bool? Measure(int size)
        {
            string root = CorpusSynthesizer.RepoRoot;
            string dir = Path.Combine(Path.GetTempPath(), "seedgen-build-" + size);
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            Directory.CreateDirectory(Path.Combine(dir, "seeds"));
            var corpus = CorpusSynthesizer.Create(size);
            foreach (var (path, text) in corpus) File.WriteAllText(Path.Combine(dir, path), text);

            // the event to touch (the middle one) and the same events as JSON, from the extraction library the generator uses
            var model = CorpusBuilder.Build(corpus.Select(a => ArticleExtractor.Extract(a.Path, a.Text)));
            string id = model.Events[model.Events.Count / 2].Id;
            File.WriteAllText(Path.Combine(dir, "events.json"), System.Text.Json.JsonSerializer.Serialize(model.Events.Select(e => new
            {
                e.Id, e.Name, Start = e.Start.ToIso(), End = e.End.ToIso(),
                Location = e.LocationId != null ? model.Place(e.LocationId)?.Name : null,
            })));

            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <Import Project=""{root}src/SeedGen/build/SeedGen.props"" />
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include=""{root}src/SeedGen/SeedGen.csproj"" />
    <ProjectReference Include=""{root}src/SeedGen.Generator/SeedGen.Generator.csproj"" OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />
  </ItemGroup>
  <Import Project=""{root}src/SeedGen/build/SeedGen.targets"" />
</Project>");
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
if (mode == ""json"")
{{
    var sw = Stopwatch.StartNew();
    var list = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.List<EventDto>>(System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, ""events.json"")))!;
    var e = list.Find(x => x.Id == ""{id}"")!;
    sw.Stop();
    System.Console.WriteLine(sw.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "" "" + e.Name.Length);
    return;
}}
System.Console.WriteLine(Consumer.Corpus.Events.All.Count + "" events, "" + Consumer.Corpus.Statements.All.Count + "" statements"");

record EventDto(string Id, string Name, string? Start, string? End, string? Location);
");
            Dotnet(dir, "restore");
            var sw = Stopwatch.StartNew();
            var (code, output) = Dotnet(dir, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false");
            sw.Stop();
            if (code != 0) { Console.WriteLine(output); return null; }
            string bin = Path.Combine(dir, "bin", "Release", "net10.0");
            File.Copy(Path.Combine(dir, "events.json"), Path.Combine(bin, "events.json"), true);
            var (_, run) = Dotnet(bin, "Consumer.dll");
            double first = Median(Enumerable.Range(0, Processes).Select(_ => Time(bin, "first")));
            double json = Median(Enumerable.Range(0, Processes).Select(_ => Time(bin, "json")));
            long dll = new FileInfo(Path.Combine(bin, "Consumer.dll")).Length;
            Figures.Record($"build.{size}.seconds", sw.Elapsed.TotalSeconds);
            Figures.Record($"build.{size}.firstAccessMs", first);
            Figures.Record($"build.{size}.jsonMs", json);
            Figures.Record($"build.{size}.events", model.Events.Count);
            Figures.Record($"build.{size}.dllBytes", dll);
            Console.WriteLine($"{size} articles: build {sw.Elapsed.TotalSeconds:F1} s ({sw.Elapsed.TotalSeconds * 1000 / size:F2} s per 1,000 articles); " +
                $"app prints: {run.Trim()}; cold first access {first:F3} ms, cold JSON load {json:F1} ms ({json / first:F0}x); assembly {dll:N0} bytes");
            return true;
        }

        private static double Time(string bin, string mode)
        {
            var (code, output) = Dotnet(bin, "Consumer.dll", mode);
            if (code != 0) throw new InvalidOperationException(output);
            return double.Parse(output.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }

        private static double Median(IEnumerable<double> values)
        {
            var v = values.OrderBy(x => x).ToList();
            return v[v.Count / 2];
        }

        private static (int, string) Dotnet(string dir, params string[] args)
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            string o = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, o);
        }
    }
}
