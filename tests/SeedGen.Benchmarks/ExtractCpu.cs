using System;
using System.Linq;
using System.Runtime.InteropServices;
using SeedGen.Extraction;

namespace SeedGen.Benchmarks
{
    /// <summary><c>-- --extract-cpu [N] [ROUNDS]</c>: extraction of N distinct articles (default 1,000) ROUNDS times (default 7)
    /// on one thread, after a warm-up round; prints per round the wall time, this thread's CPU time and the bytes allocated,
    /// and the minimum of each: on a shared machine the minimum thread CPU time is the steadiest figure.</summary>
    public static class ExtractCpu
    {
        [StructLayout(LayoutKind.Sequential)] private struct Timespec { public long Sec, Nsec; }
        [DllImport("libc")] private static extern int clock_gettime(int clock, out Timespec t);
        private static double ThreadCpuMs() { clock_gettime(3, out var t); return t.Sec * 1e3 + t.Nsec / 1e6; }

        public static int Run(int n, int rounds)
        {
            var corpus = CorpusSynthesizer.Distinct(n);
            long bytes = corpus.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
            foreach (var (p, t) in corpus) ArticleExtractor.Extract(p, t);
            foreach (var (p, t) in corpus) ArticleExtractor.Extract(p, t);
            double minWall = double.MaxValue, minCpu = double.MaxValue; long alloc = 0;
            for (int r = 0; r < rounds; r++)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                double c0 = ThreadCpuMs();
                var sw = System.Diagnostics.Stopwatch.StartNew();
                foreach (var (p, t) in corpus) ArticleExtractor.Extract(p, t);
                double wall = sw.Elapsed.TotalMilliseconds, cpu = ThreadCpuMs() - c0;
                alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
                minWall = Math.Min(minWall, wall); minCpu = Math.Min(minCpu, cpu);
            }
            Console.WriteLine($"{n:N0} distinct ({bytes / 1e6:F2} MB): min wall {minWall:F0} ms, min thread CPU {minCpu:F0} ms = {bytes / 1e3 / minCpu:F1} MB/s, {alloc / (double)bytes:F1} B allocated per byte");
            return 0;
        }
    }
}
