using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// The CLI where users wait: <c>seedgen extract --json</c> end to end (process start-up included, JSON read and dropped)
    /// on N distinct articles (<see cref="CorpusSynthesizer.Distinct"/>), given as one folder, and for the largest size also
    /// as every file on the command line (what a shell glob <c>seeds/*.txt</c> passes). The CLI is built in Release first.
    /// Linear means each doubling of the corpus costs at most 2.1× the time.
    /// </summary>
    public static class CliThroughput
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static string Dll => Path.Combine(CorpusSynthesizer.RepoRoot, "src", "SeedGen.Cli", "bin", "Release", "net10.0", "seedgen.dll");

        public static int Run(string[] sizes) => Measure(sizes.Select(s => int.Parse(s, Inv)).ToArray()) ? 0 : 1;

        public static bool Measure(int[] sizes)
        {
            var build = Processes.Run(CorpusSynthesizer.RepoRoot, null, "dotnet", "build", Path.Combine(CorpusSynthesizer.RepoRoot, "src", "SeedGen.Cli", "SeedGen.Cli.csproj"),
                "-c", "Release", "-nodeReuse:false");
            if (build.Code != 0) { Console.WriteLine(build.Output); return false; }
            bool ok = true;
            foreach (var n in sizes)
            {
                string dir = Path.Combine(Path.GetTempPath(), "seedgen-cli-" + n.ToString(Inv));
                if (Directory.Exists(dir)) Directory.Delete(dir, true);
                Directory.CreateDirectory(Path.Combine(dir, "seeds"));
                long bytes = 0;
                var files = new List<string>();
                foreach (var (path, text) in CorpusSynthesizer.Distinct(n))
                {
                    string file = Path.Combine(dir, path);
                    File.WriteAllText(file, text);
                    bytes += new FileInfo(file).Length;
                    files.Add(Path.Combine("seeds", Path.GetFileName(path)));
                }
                Figures.Record($"cli.{n}.bytes", bytes);
                var folder = Processes.Run(dir, null, "dotnet", new[] { Dll, "extract", "seeds", "--json" }, keepOutput: false);
                ok &= Record($"cli.{n}.folder", n, bytes, folder);
                if (n == sizes.Max())
                {
                    var glob = Processes.Run(dir, null, "dotnet", new[] { Dll, "extract" }.Concat(files).Concat(new[] { "--json" }), keepOutput: false);
                    ok &= Record($"cli.{n}.glob", n, bytes, glob);
                }
            }
            return ok;
        }

        private static bool Record(string key, int n, long bytes, ProcessRun r)
        {
            // exit 1 means an article had an error diagnostic; the JSON was still written
            bool ran = r.Code is 0 or 1;
            Figures.Record(key + ".seconds", r.Seconds);
            Figures.Record(key + ".peakBytes", r.PeakTreeBytes);
            if (r.CpuSeconds is { } cpu) Figures.Record(key + ".cpuSeconds", cpu);
            Console.WriteLine($"seedgen extract --json, {n:N0} distinct articles ({bytes / 1e6:F1} MB) as {(key.EndsWith("glob", StringComparison.Ordinal) ? "file arguments (shell glob)" : "a folder")}: " +
                              $"{r.Seconds:F2} s = {bytes / 1e6 / r.Seconds:F2} MB/s ({r.CpuSeconds?.ToString("F2", Inv) ?? "n/a"} s CPU), peak {r.PeakTreeBytes / 1e6:F0} MB{(ran ? "" : ", FAILED (exit " + r.Code.ToString(Inv) + ")")}");
            return ran;
        }
    }
}
