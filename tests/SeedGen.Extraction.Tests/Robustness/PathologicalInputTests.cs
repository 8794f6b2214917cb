using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Xunit;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>
    /// Extraction is linear in its input: hostile shapes of text finish within a generous bound
    /// (a quadratic scanner would take minutes to hours on these sizes). Not a speed benchmark: see tests/SeedGen.Benchmarks.
    /// </summary>
    public class PathologicalInputTests
    {
        // Quiet, these take 2 to 25 s in Debug; the bound leaves room for a CI machine running the other test assemblies in
        // parallel on two cores (up to 102 s seen), while a quadratic pass over 30,000 speakers or 50 MB still exceeds it.
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(240);

        private static void Completes(string text)
        {
            var sw = Stopwatch.StartNew();
            using var cts = new CancellationTokenSource();
            var model = ArticleExtractor.Extract("seeds/hostile.txt", text, null, cts.Token);
            sw.Stop();
            Assert.NotNull(model);
            Assert.True(sw.Elapsed < Bound, $"took {sw.Elapsed.TotalSeconds:F1}s");
        }

        [Fact]
        public void Hundred_thousand_quote_marks() =>
            Completes("Title\n\n" + new string('"', 50_000) + " said he " + new string('\u201C', 25_000) + new string('\u201D', 25_000) + "\n");

        [Fact]
        public void Alternating_quotes_and_words()
        {
            var sb = new StringBuilder("Title\n\n");
            for (int i = 0; i < 100_000; i++) sb.Append(i % 2 == 0 ? "\u201CWe " : "agree,\u201D he said ");
            Completes(sb.ToString());
        }

        [Fact]
        public void Fifty_megabyte_single_paragraph()
        {
            var sb = new StringBuilder(50 * 1024 * 1024 + 100);
            sb.Append("Title\n\n");
            const string chunk = "The President said that on 6 April the meeting in Minsk was held with the ministers of Poland and Slovakia, ";
            while (sb.Length < 50 * 1024 * 1024) sb.Append(chunk);
            Completes(sb.ToString());
        }

        [Fact]
        public void Thirty_thousand_distinct_speakers_with_quotes_and_pronouns()
        {
            // every person is new, so name grouping, surname look-ups and coreference must not compare all pairs
            var sb = new StringBuilder("Title\n\n");
            for (int i = 0; i < 30_000; i++)
                sb.Append("Minister Ivan Name").Append((char)('a' + i % 26)).Append((char)('a' + i / 26 % 26)).Append((char)('a' + i / 676 % 26))
                  .Append(" said \u201Cwe agree on this.\u201D He added that it is fine. The minister stressed that it works. ");
            Completes(sb.ToString());
        }

        [Fact]
        public void A_million_short_lines()
        {
            var sb = new StringBuilder("Title\n");
            for (int i = 0; i < 1_000_000; i++) sb.Append("Mr X.\n");
            Completes(sb.ToString());
        }

        [Fact]
        public void Cancellation_is_honoured()
        {
            var sb = new StringBuilder("Title\n\n");
            for (int i = 0; i < 200_000; i++) sb.Append("\u201CWe are ready,\u201D the minister said on 6 April. ");
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.Extract("x.txt", sb.ToString(), null, cts.Token));
        }
    }
}
