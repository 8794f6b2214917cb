using System.IO;
using System.Linq;
using SeedGen.Extraction.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Extraction.Tests
{
    /// <summary>Statements scored against gold: the five seeds, and articles of the same genre written for the hard cases.</summary>
    public class GoldStatementTests
    {
        private readonly ITestOutputHelper _out;
        public GoldStatementTests(ITestOutputHelper output) => _out = output;

        private StatementScores Score(string articlesDir, string goldDir)
        {
            var gold = GoldFile.ReadFolder(goldDir);
            var pairs = gold.Select(g => (g.Value, ArticleExtractor.Extract("seeds/" + g.Key, File.ReadAllText(Path.Combine(articlesDir, g.Key))))).ToList();
            Assert.NotEmpty(pairs);
            var s = StatementScoring.Score(pairs);
            _out.WriteLine($"direct   P={s.Direct.Precision:F3} R={s.Direct.Recall:F3} F1={s.Direct.F1:F3} speaker={s.DirectSpeakerAccuracy:F3} ({s.Direct.Matched}/{s.Direct.Gold}, {s.Direct.Predicted} predicted)");
            _out.WriteLine($"indirect P={s.Indirect.Precision:F3} R={s.Indirect.Recall:F3} F1={s.Indirect.F1:F3} speaker={s.IndirectSpeakerAccuracy:F3} ({s.Indirect.Matched}/{s.Indirect.Gold}, {s.Indirect.Predicted} predicted)");
            foreach (var line in s.Report) _out.WriteLine("  " + line);
            return s;
        }

        private static void Thresholds(StatementScores s)
        {
            Assert.True(s.Direct.Recall >= 0.98, $"direct recall {s.Direct.Recall:F3}");
            Assert.True(s.Direct.Precision >= 0.95, $"direct precision {s.Direct.Precision:F3}");
            Assert.True(s.DirectSpeakerAccuracy >= 0.95, $"direct speaker accuracy {s.DirectSpeakerAccuracy:F3}");
            Assert.True(s.Indirect.F1 >= 0.80, $"indirect F1 {s.Indirect.F1:F3}");
        }

        [Fact]
        public void Seeds_meet_the_statement_thresholds()
        {
            var s = Score(TestFiles.SeedsDir, TestFiles.SeedGoldDir);
            Thresholds(s);
            _out.WriteLine($"said at the gold event: {s.EventLinkAccuracy:F3}");
            Assert.True(s.EventLinkAccuracy >= 0.90, $"statement event links {s.EventLinkAccuracy:F3}");
        }

        [Fact]
        public void Unseen_genre_articles_meet_the_statement_thresholds() =>
            Thresholds(Score(Path.Combine(TestFiles.Root, "Articles", "statements"), Path.Combine(TestFiles.Root, "Gold", "statements")));
    }
}
