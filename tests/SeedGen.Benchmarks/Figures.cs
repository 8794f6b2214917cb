using System.Collections.Concurrent;

namespace SeedGen.Benchmarks
{
    /// <summary>Figures that are not BenchmarkDotNet timings (sizes, build times, cold-process timings, check results), recorded
    /// during the one run and printed in its summary. The suites run in-process, so their setups can record here too.</summary>
    public static class Figures
    {
        private static readonly ConcurrentDictionary<string, object> Values = new();

        public static void Record(string key, object value) => Values[key] = value;

        public static T? Get<T>(string key) where T : struct => Values.TryGetValue(key, out var v) && v is T t ? t : null;

        public static string? Text(string key) => Values.TryGetValue(key, out var v) ? v.ToString() : null;
    }
}
