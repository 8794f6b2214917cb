using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>
    /// Scores extracted events against gold: an extracted event matches a gold one when its name or an alias has token F1
    /// of at least 0.6 with the gold name or one of its aliases (one-to-one, greedy). Among matched events: the share with
    /// exactly the gold start, end and location (ISO text; null equals null; a place also by a name it goes by). Corpus: a corpus.yaml event counts as merged
    /// when one corpus event matches it by name (its corpus.yaml name, or a name or alias the gold of one of its articles gives
    /// the same event) and covers all its articles, and as dated when its start and end are exact.
    /// </summary>
    public static class EventScoring
    {
        public const double Threshold = 0.6;

        public static double Similarity(IEnumerable<string> goldNames, IEnumerable<string> names)
        {
            double best = 0;
            var g = goldNames.ToList();
            foreach (var n in names)
                foreach (var x in g)
                    best = Math.Max(best, TextSimilarity.TokenF1(x, n));
            return best;
        }

        /// <summary>The gold place is the extracted one: the same name, or a name the article's place goes by ("Sana'a" for
        /// the lexicon's "Sanaa").</summary>
        private static bool SamePlace(string? gold, string? actual, ArticleModel a)
        {
            if (string.Equals(gold, actual, StringComparison.OrdinalIgnoreCase)) return true;
            if (gold == null || actual == null) return false;
            return a.Places.Any(p => string.Equals(p.Name, actual, StringComparison.Ordinal) && p.Aliases.Any(x => string.Equals(x, gold, StringComparison.OrdinalIgnoreCase)));
        }

        public static EventScores Score(IEnumerable<(GoldArticle Gold, ArticleModel Actual)> articles, IReadOnlyList<GoldCorpusEvent> corpusGold, CorpusModel corpus)
        {
            int matched = 0, predicted = 0, gold = 0, start = 0, end = 0, loc = 0;
            var report = new List<string>();
            foreach (var (g, a) in articles)
            {
                var m = TextSimilarity.Match(g.Events.Count, a.Events.Count,
                    (i, j) => Similarity(new[] { g.Events[i].Name }.Concat(g.Events[i].Aliases), new[] { a.Events[j].Name }.Concat(a.Events[j].Aliases)), Threshold);
                matched += m.Count; predicted += a.Events.Count; gold += g.Events.Count;
                foreach (var (gi, pi, _) in m)
                {
                    var ge = g.Events[gi]; var pe = a.Events[pi];
                    bool s = ge.Start == pe.Start.ToIso(), e = ge.End == pe.End.ToIso(), l = SamePlace(ge.Location, pe.Location, a);
                    if (s) start++; if (e) end++; if (l) loc++;
                    if (!(s && e && l)) report.Add($"{a.File}: event '{pe.Name}' start {pe.Start.ToIso() ?? "null"} (gold {ge.Start ?? "null"}), end {pe.End.ToIso() ?? "null"} (gold {ge.End ?? "null"}), location {pe.Location ?? "null"} (gold {ge.Location ?? "null"}); wrong: {string.Join(", ", new[] { s ? null : "start", e ? null : "end", l ? null : "location" }.Where(x => x != null))}");
                }
                foreach (var gi in Enumerable.Range(0, g.Events.Count).Where(i => !m.Any(x => x.Gold == i))) report.Add($"{a.File}: missed event '{g.Events[gi].Name}'");
                foreach (var pi in Enumerable.Range(0, a.Events.Count).Where(i => !m.Any(x => x.Predicted == i))) report.Add($"{a.File}: extra event '{a.Events[pi].Name}'");
            }
            var places = corpus.Places.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            int merged = 0, dated = 0;
            var goldByFile = articles.ToList();
            foreach (var ce in corpusGold)
            {
                // the corpus event is known by its own name and by the names and aliases its articles' gold give it
                var known = new List<string> { ce.Name };
                foreach (var (g, a) in goldByFile)
                {
                    if (!ce.Articles.Any(f => a.File.EndsWith(f, StringComparison.Ordinal))) continue;
                    foreach (var ge in g.Events)
                    {
                        var names = new[] { ge.Name }.Concat(ge.Aliases).ToList();
                        if (Similarity(new[] { ce.Name }, names) >= Threshold) known.AddRange(names);
                    }
                }
                var hit = corpus.Events
                    .Where(e => ce.Articles.All(f => e.ArticleFiles.Any(x => x.EndsWith(f, StringComparison.Ordinal))))
                    .OrderByDescending(e => Similarity(known, new[] { e.Name }.Concat(e.Aliases)))
                    .FirstOrDefault(e => Similarity(known, new[] { e.Name }.Concat(e.Aliases)) >= Threshold);
                if (hit == null) { report.Add($"corpus: '{ce.Name}' not merged across {string.Join(", ", ce.Articles)}"); continue; }
                merged++;
                if (hit.Start.ToIso() == ce.Start && hit.End.ToIso() == ce.End) dated++;
                else report.Add($"corpus: '{ce.Name}' dated {hit.Start.ToIso() ?? "null"}..{hit.End.ToIso() ?? "null"} (gold {ce.Start ?? "null"}..{ce.End ?? "null"})");
            }
            return new EventScores(new PrfScore(matched, predicted, gold),
                matched == 0 ? 0 : (double)start / matched, matched == 0 ? 0 : (double)end / matched, matched == 0 ? 0 : (double)loc / matched,
                corpusGold.Count, merged, dated, report);
        }
    }
}
