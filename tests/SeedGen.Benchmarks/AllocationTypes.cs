using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Linq;
using SeedGen.Extraction;

namespace SeedGen.Benchmarks
{
    /// <summary><c>-- --alloc-types [N]</c>: what extraction allocates, by type, sampled by the runtime's allocation ticks
    /// (one event per ~100 KB allocated) over N distinct articles (default 1,000), after one warm-up round.</summary>
    public static class AllocationTypes
    {
        private sealed class Listener : EventListener
        {
            public readonly ConcurrentDictionary<string, long> ByType = new();
            public volatile bool On;
            protected override void OnEventSourceCreated(EventSource source)
            {
                if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
            protected override void OnEventWritten(EventWrittenEventArgs e)
            {
                if (!On || e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload == null) return;
                int ti = e.PayloadNames!.IndexOf("TypeName"), ai = e.PayloadNames.IndexOf("AllocationAmount64");
                if (ti < 0) return;
                long amount = ai >= 0 ? Convert.ToInt64(e.Payload[ai]) : 100_000;
                ByType.AddOrUpdate((string)e.Payload[ti]!, amount, (_, v) => v + amount);
            }
        }

        public static int Run(int n)
        {
            var corpus = CorpusSynthesizer.Distinct(n);
            long bytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
            foreach (var (p, t) in corpus) ArticleExtractor.Extract(p, t);
            using var l = new Listener();
            System.Threading.Thread.Sleep(200);
            l.On = true;
            long a0 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (p, t) in corpus) ArticleExtractor.Extract(p, t);
            long total = GC.GetAllocatedBytesForCurrentThread() - a0;
            l.On = false;
            Console.WriteLine($"{total / (double)bytes:F1} B allocated per byte of text ({total / 1e6:F0} MB)");
            long sampled = l.ByType.Values.Sum();
            foreach (var kv in l.ByType.OrderByDescending(k => k.Value).Take(40))
                Console.WriteLine($"{100.0 * kv.Value / sampled,5:F1} %  {kv.Key}");
            return 0;
        }
    }
}
