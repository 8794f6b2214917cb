using System.IO;
using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Extraction.Tests
{
    /// <summary>Events of the five seeds scored against ../shared/gold (copied under Gold/seeds), with the thresholds.</summary>
    public class GoldEventTests
    {
        private readonly ITestOutputHelper _out;
        public GoldEventTests(ITestOutputHelper output) => _out = output;

        [Fact]
        public void Unseen_genre_articles_meet_the_event_thresholds()
        {
            string dir = Path.Combine(TestFiles.Root, "Articles", "events");
            var gold = GoldFile.ReadFolder(Path.Combine(TestFiles.Root, "Gold", "events"));
            var pairs = gold.Select(g => (g.Value, ArticleExtractor.Extract("seeds/" + g.Key, File.ReadAllText(Path.Combine(dir, g.Key))))).ToList();
            Assert.Equal(3, pairs.Count);
            var s = EventScoring.Score(pairs, new GoldCorpusEvent[0], CorpusBuilder.Build(pairs.Select(p => p.Item2).ToList()));
            _out.WriteLine($"events P={s.Events.Precision:F3} R={s.Events.Recall:F3} F1={s.Events.F1:F3}; exact start {s.StartExact:F3}, end {s.EndExact:F3}, location {s.LocationExact:F3}");
            foreach (var line in s.Report) _out.WriteLine("  " + line);
            // the README's "genre hard cases" row, as printed
            Assert.True(Printed(s.Events.Precision) >= 0.909 && Printed(s.Events.Recall) >= 1.000 && Printed(s.Events.F1) >= 0.952, $"events P {s.Events.Precision:F3} R {s.Events.Recall:F3} F1 {s.Events.F1:F3}");
            Assert.True(s.StartExact >= 1.0 && s.EndExact >= 1.0 && s.LocationExact >= 1.0, $"exact start {s.StartExact:F3}, end {s.EndExact:F3}, location {s.LocationExact:F3}");
        }

        /// <summary>The 36 real Wikinews development articles (Articles/wikinews, gold in Gold/wikinews): the figures the README
        /// prints for events on real news. They are floors: a change that lowers one fails here.</summary>
        [Fact]
        public void Wikinews_development_articles_meet_the_real_news_event_figures()
        {
            string dir = Path.Combine(TestFiles.Root, "Articles", "wikinews");
            string goldDir = Path.Combine(TestFiles.Root, "Gold", "wikinews");
            var gold = GoldFile.ReadFolder(goldDir);
            var pairs = gold.Select(g => (g.Value, ArticleExtractor.Extract(g.Key, File.ReadAllText(Path.Combine(dir, g.Key))))).ToList();
            Assert.Equal(36, pairs.Count);
            var corpus = CorpusBuilder.Build(pairs.Select(p => p.Item2).ToList());
            var corpusGold = GoldFile.ReadCorpus(File.ReadAllText(Path.Combine(goldDir, "corpus.yaml")));
            var s = EventScoring.Score(pairs, corpusGold, corpus);
            _out.WriteLine($"events P={s.Events.Precision:F3} R={s.Events.Recall:F3} F1={s.Events.F1:F3} ({s.Events.Matched}/{s.Events.Gold}, {s.Events.Predicted} predicted); exact start {s.StartExact:F3}, end {s.EndExact:F3}, location {s.LocationExact:F3}; corpus {s.CorpusMerged}/{s.CorpusGold} merged, {s.CorpusDated}/{s.CorpusGold} dated");
            foreach (var line in s.Report) _out.WriteLine("  " + line);

            Assert.Equal(8, corpusGold.Count);
            Assert.True(Printed(s.Events.Precision) >= WikinewsPrecision, $"event precision {s.Events.Precision:F3}");
            Assert.True(Printed(s.Events.Recall) >= WikinewsRecall, $"event recall {s.Events.Recall:F3}");
            Assert.True(Printed(s.Events.F1) >= WikinewsF1, $"event F1 {s.Events.F1:F3}");
            Assert.True(Printed(s.StartExact) >= WikinewsStart, $"exact start {s.StartExact:F3}");
            Assert.True(Printed(s.EndExact) >= WikinewsEnd, $"exact end {s.EndExact:F3}");
            Assert.True(Printed(s.LocationExact) >= WikinewsLocation, $"exact location {s.LocationExact:F3}");
            Assert.True(s.CorpusMerged >= WikinewsCorpusMerged, $"corpus merged {s.CorpusMerged}/{s.CorpusGold}");
            Assert.True(s.CorpusDated >= WikinewsCorpusDated, $"corpus dated {s.CorpusDated}/{s.CorpusGold}");
        }

        /// <summary>A figure as the test output and the README print it (three places).</summary>
        private static double Printed(double x) => System.Math.Round(x, 3, System.MidpointRounding.AwayFromZero);

        // The README's "Events on real news" row (Wikinews development set), as printed (three places).
        private const double WikinewsPrecision = 0.986, WikinewsRecall = 0.960, WikinewsF1 = 0.973;
        private const double WikinewsStart = 0.931, WikinewsEnd = 0.944, WikinewsLocation = 0.986;
        private const int WikinewsCorpusMerged = 8, WikinewsCorpusDated = 8;

        [Fact]
        public void Seeds_meet_the_event_thresholds_and_the_corpus_is_merged_and_dated()
        {
            var gold = GoldFile.ReadFolder(TestFiles.SeedGoldDir);
            var pairs = gold.Select(g => (g.Value, ArticleExtractor.Extract("seeds/" + g.Key, File.ReadAllText(Path.Combine(TestFiles.SeedsDir, g.Key))))).ToList();
            var corpus = CorpusBuilder.Build(pairs.Select(p => p.Item2).ToList());
            var corpusGold = GoldFile.ReadCorpus(File.ReadAllText(Path.Combine(TestFiles.SeedGoldDir, "corpus.yaml")));
            var s = EventScoring.Score(pairs, corpusGold, corpus);
            _out.WriteLine($"events P={s.Events.Precision:F3} R={s.Events.Recall:F3} F1={s.Events.F1:F3} ({s.Events.Matched}/{s.Events.Gold}, {s.Events.Predicted} predicted); exact start {s.StartExact:F3}, end {s.EndExact:F3}, location {s.LocationExact:F3}; corpus {s.CorpusMerged}/{s.CorpusGold} merged, {s.CorpusDated}/{s.CorpusGold} dated");
            foreach (var line in s.Report) _out.WriteLine("  " + line);

            // the README's seeds row, as printed
            Assert.True(Printed(s.Events.Precision) >= 0.950 && Printed(s.Events.Recall) >= 0.905, $"events P {s.Events.Precision:F3} R {s.Events.Recall:F3}");
            Assert.True(Printed(s.Events.F1) >= 0.927, $"event F1 {s.Events.F1:F3}");
            Assert.True(Printed(s.StartExact) >= 1.000, $"exact start {s.StartExact:F3}");
            // the one end missed: seed 003's gold gives "the 2016 parliamentary elections" no end, where SCHEMA.md (end = start
            // for a one-day event) and the Wikinews gold's six year-only elections give the year; the gold stays as given
            Assert.True(Printed(s.EndExact) >= 0.947, $"exact end {s.EndExact:F3}");
            Assert.True(s.LocationExact >= 1.0, $"exact location {s.LocationExact:F3}");
            Assert.Equal(corpusGold.Count, s.CorpusMerged);
            Assert.Equal(corpusGold.Count, s.CorpusDated);
        }
    }
}
