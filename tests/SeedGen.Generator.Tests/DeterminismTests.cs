using System;
using System.Globalization;
using System.Linq;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>Same input, same bytes out: whatever the order of the files, their line endings, the culture or the run.</summary>
    public class DeterminismTests
    {
        private static string All(GeneratorRun run) =>
            string.Join("\n//----\n", run.Sources.Select(s => "// " + s.HintName + "\n" + s.Text))
            + "\n" + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal));

        [Fact]
        public void File_order_does_not_matter()
        {
            var seeds = GeneratorHarness.Seeds();
            Assert.Equal(All(GeneratorHarness.Run(seeds)), All(GeneratorHarness.Run(seeds.Reverse())));
            Assert.Equal(All(GeneratorHarness.Run(seeds)), All(GeneratorHarness.Run(new[] { seeds[3], seeds[0], seeds[4], seeds[1], seeds[2] })));
        }

        [Fact]
        public void Line_endings_do_not_matter()
        {
            var seeds = GeneratorHarness.Seeds();
            var lf = seeds.Select(s => (s.Path, s.Text.Replace("\r\n", "\n"))).ToList();
            var crlf = lf.Select(s => (s.Path, s.Item2.Replace("\n", "\r\n"))).ToList();
            var cr = lf.Select(s => (s.Path, s.Item2.Replace("\n", "\r"))).ToList();
            Assert.Equal(All(GeneratorHarness.Run(lf)), All(GeneratorHarness.Run(crlf)));
            Assert.Equal(All(GeneratorHarness.Run(lf)), All(GeneratorHarness.Run(cr)));
        }

        [Fact]
        public void Culture_does_not_matter()
        {
            var seeds = GeneratorHarness.Seeds();
            string invariant = All(GeneratorHarness.Run(seeds));
            foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA", "ja-JP" })
            {
                var culture = CultureInfo.CurrentCulture;
                var ui = CultureInfo.CurrentUICulture;
                try
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                    Assert.Equal(invariant, All(GeneratorHarness.Run(seeds)));
                }
                finally
                {
                    CultureInfo.CurrentCulture = culture;
                    CultureInfo.CurrentUICulture = ui;
                }
            }
        }

        [Fact]
        public void Two_runs_give_the_same_bytes()
        {
            var seeds = GeneratorHarness.Seeds();
            Assert.Equal(All(GeneratorHarness.Run(seeds)), All(GeneratorHarness.Run(seeds)));
        }
    }
}
