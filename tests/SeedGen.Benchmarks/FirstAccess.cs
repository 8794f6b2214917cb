using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// <c>-- --first-access N [ROUNDS]</c>: the consuming build of N distinct articles (<see cref="BuildScaling.Measure"/>, which
    /// times the cold first access and the System.Text.Json load), then where the first access goes, in fresh processes (median
    /// of ROUNDS, default <see cref="BuildScaling.Processes"/>): the methods the JIT compiled during it and their JIT time
    /// (<c>System.Runtime.JitInfo</c>), assemblies loaded, a second access to another event in the same process, and the
    /// process's first reflection over a constant (what reading a table cost before the metadata reader) against the first access after
    /// it, and (Linux) the thread CPU time of the first access and of the JSON load, which a busy machine distorts less than wall time.
    /// </summary>
    public static class FirstAccess
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Run(int size, int rounds)
        {
            if (BuildScaling.Measure(size) != true) return 1;
            Split(size, rounds);
            return 0;
        }

        /// <summary>The split of an already built consumer (<c>-- --first-access-split N [ROUNDS]</c>).</summary>
        public static void Split(int size, int rounds)
        {
            string bin = Path.Combine(Path.GetTempPath(), "seedgen-consumer-builds", "n" + size.ToString(Inv), "bin", "Release", "net10.0");
            double[] Columns(string mode) => ColumnsOf(mode);
            double[] ColumnsOf(params string[] mode) => Enumerable.Range(0, rounds).Select(_ =>
            {
                var r = Processes.Run(bin, null, "dotnet", new[] { "Consumer.dll" }.Concat(mode).ToArray());
                if (r.Code != 0) throw new InvalidOperationException(r.Output);
                return r.Output.Trim().Split(' ').Select(x => double.Parse(x, Inv)).ToArray();
            }).ToList() is var runs ? Enumerable.Range(0, runs[0].Length).Select(c => Median(runs.Select(r => r[c]).ToArray())).ToArray() : Array.Empty<double>();
            double[] first = Columns("first");
            double[] parts = Columns("parts");
            double[] reflect = Columns("reflect");
            double[] json = Columns("json");
            bool linux = OperatingSystem.IsLinux();
            double[] cpuFirst = linux ? Columns("cpu") : Array.Empty<double>();
            double[] cpuJson = linux ? ColumnsOf("cpu", "json") : Array.Empty<double>();
            Console.WriteLine($"first access {first[0] * 1000:F0} µs (median of {rounds}); System.Text.Json {json[0]:F2} ms = {json[0] / first[0]:F1}x");
            Console.WriteLine($"  with JitInfo around it: {parts[0] * 1000:F0} µs, {parts[1]:F0} methods JIT-compiled in {parts[2] * 1000:F0} µs, {parts[3]:F0} assemblies loaded");
            Console.WriteLine($"  second access (another event, same process): {parts[4] * 1000:F0} µs, {parts[5]:F0} methods JIT-compiled in {parts[6] * 1000:F0} µs");
            Console.WriteLine($"  first reflection over a constant {reflect[0] * 1000:F0} µs, then the first access {reflect[1] * 1000:F0} µs");
            if (linux)
                Console.WriteLine($"  thread CPU time: first access {cpuFirst[0] * 1000:F0} µs, System.Text.Json {cpuJson[0]:F2} ms = {cpuJson[0] / cpuFirst[0]:F1}x");
            Figures.Record($"firstAccess.{size}.us", first[0] * 1000);
            if (linux) Figures.Record($"firstAccess.{size}.cpuRatio", cpuJson[0] / cpuFirst[0]);
            Figures.Record($"firstAccess.{size}.jitMethods", parts[1]);
            Figures.Record($"firstAccess.{size}.jitUs", parts[2] * 1000);
            Figures.Record($"firstAccess.{size}.secondUs", parts[4] * 1000);
        }

        private static double Median(double[] v)
        {
            Array.Sort(v);
            return v[v.Length / 2];
        }
    }
}
