using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>
    /// Scores extracted statements against gold. A predicted statement matches a gold one of the same kind when their
    /// normalised token F1 is at least 0.8 (one-to-one, greedy by similarity). Speaker accuracy: among matched statements,
    /// the share whose speaker is the gold speaker, one of its aliases, or the same person by the transliteration-aware matcher.
    /// </summary>
    public static class StatementScoring
    {
        public const double Threshold = 0.8;

        public static StatementScores Score(IEnumerable<(GoldArticle Gold, ArticleModel Actual)> articles)
        {
            int[] matched = new int[2], predicted = new int[2], gold = new int[2], speakerOk = new int[2];
            int eventOk = 0, eventTotal = 0;
            var report = new List<string>();
            foreach (var (g, a) in articles)
            {
                foreach (var kind in new[] { StatementKindModel.Direct, StatementKindModel.Indirect })
                {
                    int k = (int)kind;
                    var gs = g.Statements.Where(s => string.Equals(s.Kind, kind == StatementKindModel.Direct ? "direct" : "indirect", StringComparison.OrdinalIgnoreCase)).ToList();
                    // the gold's "direct" is any quotation, whole or partial (SCHEMA.md: a partial quote inside reported speech is a
                    // direct statement); the extractor tells the two apart (StatementKindModel.Partial)
                    var ps = a.Statements.Where(s => kind == StatementKindModel.Direct ? s.Kind != StatementKindModel.Indirect : s.Kind == kind).ToList();
                    var m = TextSimilarity.Match(gs.Count, ps.Count, (i, j) => TextSimilarity.TokenF1(gs[i].Text, ps[j].Text), Threshold);
                    matched[k] += m.Count; predicted[k] += ps.Count; gold[k] += gs.Count;
                    foreach (var (gi, pi, _) in m)
                    {
                        // the event it was said at: both none, or names that match as events match (EventScoring's similarity)
                        eventTotal++;
                        var ge = gs[gi].Event;
                        var pe = ps[pi].Event;
                        bool sameEvent = ge == null ? pe == null : pe != null && EventSimilarity(g, ge, a, pe) >= EventScoring.Threshold;
                        if (sameEvent) eventOk++;
                        else report.Add($"{a.File} line {ps[pi].Span.Line}: said at '{pe ?? "(none)"}', gold '{ge ?? "(none)"}': {Short(ps[pi].Text)}");
                        if (SameSpeaker(gs[gi], ps[pi].Speaker)) speakerOk[k]++;
                        else report.Add($"{a.File} line {ps[pi].Span.Line}: {kind.ToString().ToLowerInvariant()} speaker '{ps[pi].Speaker ?? "(none)"}', gold '{gs[gi].Speaker}': {Short(ps[pi].Text)}");
                    }
                    foreach (var gi in Enumerable.Range(0, gs.Count).Where(i => !m.Any(x => x.Gold == i)))
                        report.Add($"{a.File}: missed {kind.ToString().ToLowerInvariant()} ({gs[gi].Speaker}): {Short(gs[gi].Text)}");
                    foreach (var pi in Enumerable.Range(0, ps.Count).Where(i => !m.Any(x => x.Predicted == i)))
                        report.Add($"{a.File} line {ps[pi].Span.Line}: extra {kind.ToString().ToLowerInvariant()} ({ps[pi].Speaker ?? "(none)"}): {Short(ps[pi].Text)}");
                }
            }
            return new StatementScores(
                new PrfScore(matched[0], predicted[0], gold[0]),
                new PrfScore(matched[1], predicted[1], gold[1]),
                matched[0] == 0 ? 0 : (double)speakerOk[0] / matched[0],
                matched[1] == 0 ? 0 : (double)speakerOk[1] / matched[1],
                report)
            { EventLinkAccuracy = eventTotal == 0 ? 0 : (double)eventOk / eventTotal };
        }

        private static double EventSimilarity(GoldArticle g, string goldEvent, ArticleModel a, string predicted)
        {
            var goldNames = new List<string> { goldEvent };
            foreach (var e in g.Events) if (e.Name == goldEvent) goldNames.AddRange(e.Aliases);
            var names = new List<string> { predicted };
            foreach (var e in a.Events) if (e.Name == predicted) names.AddRange(e.Aliases);
            return EventScoring.Similarity(goldNames, names);
        }

        public static bool SameSpeaker(GoldStatement gold, string? speaker)
        {
            if (speaker is null) return gold.Speaker is null;
            if (gold.Speaker is null) return false;
            foreach (var name in new[] { gold.Speaker }.Concat(gold.SpeakerAliases))
            {
                if (string.Equals(name, speaker, StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(Bare(name), Bare(speaker), StringComparison.OrdinalIgnoreCase)) return true;
                if (NameMatcher.Tokens(name).Count > 1 && NameMatcher.SamePerson(name, speaker)) return true;
            }
            return false;
        }

        private static string Bare(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s.Substring(4) : s;

        private static string Short(string s) => s.Length <= 80 ? s : s.Substring(0, 77) + "...";
    }
}
