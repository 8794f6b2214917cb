using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace SeedGen.Benchmarks
{
    /// <summary>What one timed process (and every process it started) took: wall time, exit code, output, peak memory of the
    /// whole process tree (sum of resident sets, sampled from /proc every 100 ms) and of its largest single process, and the
    /// CPU time (user + system) of the tree where <c>/usr/bin/time</c> is there to read it (null elsewhere). On a machine
    /// shared with other work the CPU time is the figure that compares between runs; the wall time is what a user waits.</summary>
    public sealed record ProcessRun(int Code, string Output, double Seconds, long PeakTreeBytes, long PeakProcessBytes, double? CpuSeconds = null);

    /// <summary>Runs processes for the benchmark's consumer builds and CLI timings, without build servers or node reuse (so
    /// nothing outlives a measurement and the compiler's memory is part of the tree).</summary>
    public static class Processes
    {
        public static ProcessRun Run(string dir, IDictionary<string, string>? env, string file, params string[] args) => Run(dir, env, file, args, keepOutput: true);

        /// <param name="keepOutput">false: standard output is read and dropped (a CLI writing megabytes of JSON).</param>
        public static ProcessRun Run(string dir, IDictionary<string, string>? env, string file, IEnumerable<string> args, bool keepOutput)
        {
            // /usr/bin/time reports the CPU time of every descendant that was waited for (the MSBuild nodes, the compiler)
            string? cpuFile = File.Exists("/usr/bin/time") ? Path.GetTempFileName() : null;
            var psi = new ProcessStartInfo(cpuFile != null ? "/usr/bin/time" : file) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (cpuFile != null) foreach (var a in new[] { "-f", "%U %S", "-o", cpuFile, file }) psi.ArgumentList.Add(a);
            foreach (var a in args) psi.ArgumentList.Add(a);
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            if (env != null) foreach (var (k, v) in env) psi.Environment[k] = v;
            var output = new StringBuilder();
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(psi)!;
            p.OutputDataReceived += (_, e) => { if (e.Data != null && keepOutput) lock (output) output.AppendLine(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            long peakTree = 0, peakOne = 0;
            using var stop = new ManualResetEventSlim();
            var sampler = new Thread(() =>
            {
                while (!stop.IsSet)
                {
                    var (tree, one) = TreeMemory(p.Id);
                    peakTree = Math.Max(peakTree, tree);
                    peakOne = Math.Max(peakOne, one);
                    stop.Wait(100);
                }
            }) { IsBackground = true };
            sampler.Start();
            p.WaitForExit();
            sw.Stop();
            stop.Set();
            sampler.Join();
            double? cpu = null;
            if (cpuFile != null)
            {
                var parts = File.ReadAllText(cpuFile).Trim().Split('\n').Last().Split(' ');
                if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double user)
                    && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double sys)) cpu = user + sys;
                File.Delete(cpuFile);
            }
            return new ProcessRun(p.ExitCode, output.ToString(), sw.Elapsed.TotalSeconds, peakTree, peakOne, cpu);
        }

        /// <summary>Resident bytes of the process and its descendants (sum, largest) from /proc; zeros where there is no /proc.</summary>
        private static (long Tree, long Largest) TreeMemory(int root)
        {
            if (!Directory.Exists("/proc")) return (0, 0);
            var parent = new Dictionary<int, int>();
            var rss = new Dictionary<int, long>();
            foreach (var d in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
                try
                {
                    // /proc/PID/stat: "pid (comm) state ppid … rss(24th field, pages)"; comm may hold spaces, so split after ')'
                    string stat = File.ReadAllText(Path.Combine(d, "stat"));
                    var f = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                    parent[pid] = int.Parse(f[1], CultureInfo.InvariantCulture);
                    rss[pid] = long.Parse(f[21], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
                }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
                catch (FormatException) { }
                catch (ArgumentOutOfRangeException) { }
                catch (IndexOutOfRangeException) { }
            }
            long tree = 0, largest = 0;
            foreach (var (pid, bytes) in rss)
            {
                int q = pid;
                for (int depth = 0; depth < 64 && q != root && parent.TryGetValue(q, out int pp) && pp > 1; depth++) q = pp;
                if (q != root) continue;
                tree += bytes;
                largest = Math.Max(largest, bytes);
            }
            return (tree, largest);
        }
    }
}
