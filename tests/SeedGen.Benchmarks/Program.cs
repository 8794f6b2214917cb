using System.Linq;
using BenchmarkDotNet.Running;

namespace SeedGen.Benchmarks
{
    public static class Program
    {
        /// <summary><c>dotnet run -c Release --project tests/SeedGen.Benchmarks -- --all</c> is the one run that measures everything
        /// (see <see cref="AllRun"/>); <c>-- --filter *</c> runs the BenchmarkDotNet suites alone;
        /// <c>-- --build-scaling [N…]</c> measures consuming builds of N distinct articles from the packed package (default 1,000 and
        /// 4,000); <c>-- --stages [N]</c> shows where extraction time goes on N distinct articles (default 4,000); <c>-- --cli [N…]</c> times <c>seedgen extract --json</c> on N distinct articles (default 1,000, 2,000, 4,000); <c>-- --first-access N [ROUNDS]</c> builds N distinct articles and splits the cold first access to one event (see <see cref="FirstAccess"/>).</summary>
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--all") return AllRun.Run(args);
            if (args.Length > 0 && args[0] == "--checks")
            {
                int tracked = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : AllRun.TrackedArticles;
                var checks = IncrementalChecks.Run(tracked).Concat(IncrementalChecks.Counted(1000)).ToList();
                foreach (var c in checks) System.Console.WriteLine((c.Passed ? "PASS " : "FAIL ") + c.Check + " — " + c.Detail);
                return checks.All(c => c.Passed) ? 0 : 1;
            }
            if (args.Length > 1 && args[0] == "--timings") return Timings.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            if (args.Length > 2 && args[0] == "--loop") return Loop.Run(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            if (args.Length > 0 && args[0] == "--build-scaling") return BuildScaling.Run(args.Length > 1 ? args[1..] : new[] { "1000", "4000" });
            if (args.Length > 0 && args[0] == "--stages") return ExtractionStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
            if (args.Length > 0 && args[0] == "--extract-cpu") return ExtractCpu.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7);
            if (args.Length > 0 && args[0] == "--alloc-types") return AllocationTypes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
            if (args.Length > 0 && args[0] == "--cli") return CliThroughput.Run(args.Length > 1 ? args[1..] : new[] { "1000", "2000", "4000" });
            if (args.Length > 1 && args[0] == "--compile-cost")
                return CompileCost.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 && args[2] != "-" ? args[2] : null,
                    CompileCost.Version(args.Length > 3 ? args[3] : null));
            if (args.Length > 1 && args[0] == "--ide")
                return IdeTimings.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
            if (args.Length > 1 && args[0] == "--first-access")
                return FirstAccess.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : BuildScaling.Processes);
            if (args.Length > 1 && args[0] == "--first-access-split")
            {
                FirstAccess.Split(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : BuildScaling.Processes);
                return 0;
            }
            if (args.Length > 1 && args[0] == "--compile-dir") return CompileCost.RunDir(args[1], CompileCost.Version(args.Length > 2 ? args[2] : null));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }
    }
}
