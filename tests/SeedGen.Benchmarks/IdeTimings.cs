using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>The IDE path without BenchmarkDotNet (<c>-- --ide N [ROUNDS]</c>): a warm driver over N distinct articles, then
    /// alternately one article edited and restored, one added and removed; the median wall and CPU milliseconds of each
    /// operation (the driver's run, which includes parsing the files that changed) and the generated files each one changed.</summary>
    public static class IdeTimings
    {
        public static int Run(int articles, int rounds)
        {
            var corpus = CorpusSynthesizer.Distinct(articles + 1);
            bool track = Environment.GetEnvironmentVariable("SEEDGEN_IDE_STEPS") == "1";
            // SEEDGEN_IDE_STEPS=laps: no step tracking (its recording grows faster than quadratically with the corpus), the time from
            // one guarded step's start to the next step's start is counted to the first (Roslyn's own work between them included)
            bool laps = Environment.GetEnvironmentVariable("SEEDGEN_IDE_STEPS") == "laps";
            var lapTimes = new Dictionary<string, (int Calls, double Ms)>(StringComparer.Ordinal);
            var lapClock = Stopwatch.StartNew();
            string? lapStep = null;
            void Lap(string? next)
            {
                double now = lapClock.Elapsed.TotalMilliseconds;
                if (lapStep != null) { lapTimes.TryGetValue(lapStep, out var t); lapTimes[lapStep] = (t.Calls + 1, t.Ms + now); }
                if (next != null) { lapTimes.TryGetValue(next, out var u); lapTimes[next] = (u.Calls, u.Ms - now); }
                lapStep = next;
            }
            var hooks = new SeedGen.Generator.GeneratorHooks();
            if (laps) hooks.BeforeStep = (step, _) => Lap(step);
            var (driver, compilation, texts) = GeneratorHarness.Create(corpus.Take(articles), trackSteps: track, generator: new SeedGen.Generator.SeedGenGenerator(hooks));
            driver = driver.RunGenerators(compilation);
            var original = texts[articles / 2];
            var edited = new InMemoryAdditionalText(original.Path, IncrementalChecks.Edit(original.GetText()!.ToString()));
            var (path, text) = corpus[articles];
            var extra = new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "/" + path, text);
            var proc = Process.GetCurrentProcess();
            var times = new Dictionary<string, List<(double Wall, double Cpu)>>();
            var changed = new Dictionary<string, int>();
            void Time(string name, Func<GeneratorDriver, GeneratorDriver> op)
            {
                var before = driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
                proc.Refresh();
                double cpu0 = proc.TotalProcessorTime.TotalMilliseconds;
                lapTimes.Clear();
                lapStep = null;
                var sw = Stopwatch.StartNew();
                driver = op(driver);
                sw.Stop();
                if (laps)
                {
                    Lap(null);
                    foreach (var (step, t) in lapTimes.OrderBy(k => k.Key, StringComparer.Ordinal))
                        if (t.Ms >= 0.2) Console.WriteLine($"  {name}: step {step}: {t.Calls} runs, {t.Ms:F1} ms (until the next step)");
                }
                proc.Refresh();
                if (!times.TryGetValue(name, out var list)) times[name] = list = new List<(double, double)>();
                list.Add((sw.Elapsed.TotalMilliseconds, proc.TotalProcessorTime.TotalMilliseconds - cpu0));
                if (track)
                    foreach (var (step, runs) in driver.GetRunResult().Results[0].TrackedSteps.OrderBy(k => k.Key, StringComparer.Ordinal))
                    {
                        double ms = runs.Sum(r => r.ElapsedTime.TotalMilliseconds);
                        if (ms >= 0.5) Console.WriteLine($"  {name}: step {step}: {runs.Length} runs, {ms:F1} ms");
                    }
                changed[name] = driver.GetRunResult().Results[0].GeneratedSources.Count(s => !before.TryGetValue(s.HintName, out var t) || !ReferenceEquals(t, s.SourceText));
            }
            for (int i = 0; i < rounds; i++)
            {
                Time("edit one article", d => d.ReplaceAdditionalText(original, edited).RunGenerators(compilation));
                Time("edit one article", d => d.ReplaceAdditionalText(edited, original).RunGenerators(compilation));
                Time("add one article", d => d.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation));
                Time("remove one article", d => d.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(extra)).RunGenerators(compilation));
            }
            foreach (var (name, list) in times)
            {
                double Median(IEnumerable<double> v) { var s = v.OrderBy(x => x).ToList(); return s[s.Count / 2]; }
                Console.WriteLine($"{articles:N0} distinct articles, {name}: median {Median(list.Select(x => x.Wall)):F1} ms wall, {Median(list.Select(x => x.Cpu)):F1} ms CPU " +
                    $"(min {list.Min(x => x.Wall):F1} ms, {list.Count} runs); {changed[name]} generated files changed");
                Figures.Record($"ide.{articles}.{name.Replace(' ', '-')}.ms", Median(list.Select(x => x.Wall)));
            }
            return 0;
        }
    }
}
