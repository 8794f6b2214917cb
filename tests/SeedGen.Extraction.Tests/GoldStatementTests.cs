using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Extraction.Tests
{
    /// <summary>Statements scored against gold: the five seeds, articles of the same genre written for the hard cases, and
    /// 36 real Wikinews articles (the real-news development set; CC BY 2.5).</summary>
    public class GoldStatementTests
    {
        private readonly ITestOutputHelper _out;
        public GoldStatementTests(ITestOutputHelper output) => _out = output;

        private static string WikinewsArticles => Path.Combine(TestFiles.Root, "Articles", "wikinews");
        private static string WikinewsGold => Path.Combine(TestFiles.Root, "Gold", "wikinews");

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

        /// <summary>The README's seed rows: every statement found, none extra, every speaker right (1.000).</summary>
        private static void Thresholds(StatementScores s)
        {
            Assert.True(s.Direct.Recall >= 1.0, $"direct recall {s.Direct.Recall:F3}");
            Assert.True(s.Direct.Precision >= 1.0, $"direct precision {s.Direct.Precision:F3}");
            Assert.True(s.DirectSpeakerAccuracy >= 1.0, $"direct speaker accuracy {s.DirectSpeakerAccuracy:F3}");
            Assert.True(s.Indirect.Recall >= 1.0, $"indirect recall {s.Indirect.Recall:F3}");
            Assert.True(s.Indirect.Precision >= 1.0, $"indirect precision {s.Indirect.Precision:F3}");
            Assert.True(s.IndirectSpeakerAccuracy >= 1.0, $"indirect speaker accuracy {s.IndirectSpeakerAccuracy:F3}");
        }

        [Fact]
        public void Seeds_meet_the_statement_thresholds()
        {
            var s = Score(TestFiles.SeedsDir, TestFiles.SeedGoldDir);
            Thresholds(s);
            _out.WriteLine($"said at the gold event: {s.EventLinkAccuracy:F3}");
            Assert.True(s.EventLinkAccuracy >= 0.976, $"statement event links {s.EventLinkAccuracy:F3}");
        }

        [Fact]
        public void Unseen_genre_articles_meet_the_statement_thresholds() =>
            Thresholds(Score(Path.Combine(TestFiles.Root, "Articles", "statements"), Path.Combine(TestFiles.Root, "Gold", "statements")));
    

        /// <summary>The README's Wikinews rows ("Quality on real news"): these thresholds are the figures printed there.</summary>
        [Fact]
        public void Wikinews_articles_meet_the_real_news_statement_figures()
        {
            var s = Score(WikinewsArticles, WikinewsGold);
            Assert.True(s.Direct.Precision >= WikinewsFigures.DirectPrecision, $"direct precision {s.Direct.Precision:F3}");
            Assert.True(s.Direct.Recall >= WikinewsFigures.DirectRecall, $"direct recall {s.Direct.Recall:F3}");
            Assert.True(s.Direct.F1 >= WikinewsFigures.DirectF1, $"direct F1 {s.Direct.F1:F3}");
            Assert.True(s.DirectSpeakerAccuracy >= WikinewsFigures.DirectSpeaker, $"direct speaker accuracy {s.DirectSpeakerAccuracy:F3}");
            Assert.True(s.Indirect.Precision >= WikinewsFigures.IndirectPrecision, $"indirect precision {s.Indirect.Precision:F3}");
            Assert.True(s.Indirect.Recall >= WikinewsFigures.IndirectRecall, $"indirect recall {s.Indirect.Recall:F3}");
            Assert.True(s.Indirect.F1 >= WikinewsFigures.IndirectF1, $"indirect F1 {s.Indirect.F1:F3}");
            Assert.True(s.IndirectSpeakerAccuracy >= WikinewsFigures.IndirectSpeaker, $"indirect speaker accuracy {s.IndirectSpeakerAccuracy:F3}");
            Assert.True(s.EventLinkAccuracy >= WikinewsFigures.SaidAtGoldEvent, $"statement event links {s.EventLinkAccuracy:F3}");
        }

        /// <summary>The figures the README prints for Wikinews (three decimals, rounded down, as printed).</summary>
        private static class WikinewsFigures
        {
            public const double DirectPrecision = 0.983, DirectRecall = 0.951, DirectF1 = 0.967, DirectSpeaker = 0.837;
            public const double IndirectPrecision = 0.828, IndirectRecall = 0.751, IndirectF1 = 0.788, IndirectSpeaker = 0.868;
            public const double SaidAtGoldEvent = 0.801;
        }

        /// <summary>
        /// No generated Person of the Wikinews corpus is a non-person. A person passes when the gold names them (a speaker, a
        /// speaker alias or an event participant: the same person by the transliteration-aware matcher), or when the name has
        /// the shape of a person's name the gold does not mention: a given name and a surname (two to five words, each
        /// capitalised or a name particle), no word of which is a place, a country, a country adjective or demonym, an
        /// organisation or a word the lexicon rules out of names. Single words and anything else fail, listed.
        /// </summary>
        [Fact]
        public void Wikinews_people_are_people()
        {
            var gold = GoldFile.ReadFolder(WikinewsGold);
            var articles = gold.Keys.OrderBy(k => k, StringComparer.Ordinal)
                .Select(k => ArticleExtractor.Extract("seeds/" + k, File.ReadAllText(Path.Combine(WikinewsArticles, k)))).ToList();
            var corpus = CorpusBuilder.Build(articles);
            var goldNames = gold.Values.SelectMany(g => g.Statements.Where(x => x.Speaker != null).SelectMany(x => new[] { x.Speaker! }.Concat(x.SpeakerAliases))
                .Concat(g.Events.SelectMany(e => e.Participants))).Distinct(StringComparer.Ordinal).ToList();
            var lx = LexiconIndex.For(Lexicon.Lexicon.Default);
            var notName = lx.Words(LexiconIndex.Lists.NotName);
            var particles = lx.Words(LexiconIndex.Lists.Particles);
            bool InGold(string name) => goldNames.Any(g => string.Equals(g, name, StringComparison.OrdinalIgnoreCase)
                || (NameMatcher.Tokens(g).Count > 1 && NameMatcher.Tokens(name).Count > 1 && NameMatcher.SamePerson(g, name)));
            var continuations = lx.Words(LexiconIndex.Lists.Continuations);
            bool NameShaped(string name)
            {
                var words = name.Split(' ');
                if (words.Length < 2 || words.Length > 5) return false;
                int nameWords = 0;
                for (int i = 0; i < words.Length; i++)
                {
                    string w = words[i];
                    if (particles.Contains(w) && char.IsLower(w[0])) continue;
                    if (i > 0 && continuations.Contains(w)) { nameWords++; continue; } // "Theresa May", "Elizabeth II"
                    if (!char.IsUpper(w[0]) && !(w.Length > 3 && w[2] == '-' && particles.Contains(w.Substring(0, 2)))) return false;
                    string bare = w.TrimEnd('.');
                    // lexicon words as written: a place or country name, an organisation's name or abbreviation, an adjective, a demonym
                    if (notName.Contains(bare) || lx.CountryByAdjective.ContainsKey(bare) || lx.Demonyms.Contains(bare)
                        || (lx.Places.TryGetValue(bare, out var pl) && (pl.Name == bare || pl.Aliases.Contains(bare)))
                        || (lx.Organizations.TryGetValue(bare, out var o) && (o.Name == bare || o.Abbreviation == bare))) return false;
                    nameWords++;
                }
                return nameWords >= 2;
            }
            var bad = corpus.People.Select(p => p.Name).Where(n => !InGold(n) && !NameShaped(n)).ToList();
            _out.WriteLine($"{corpus.People.Count} people; not people: {string.Join(", ", bad)}");
            Assert.True(corpus.People.Count >= 60, $"{corpus.People.Count} people");
            Assert.Empty(bad);
        }
    }
}
