using System.Collections.Generic;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>Precision, recall and F1 from counts.</summary>
    public sealed record PrfScore(int Matched, int Predicted, int Gold)
    {
        public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>Statement scores over a set of articles.</summary>
    /// <param name="DirectSpeakerAccuracy">Among matched direct statements, the share whose speaker matches the gold speaker or one of its aliases.</param>
    /// <param name="Report">Human-readable lines: every miss, false positive and wrong speaker, for printing.</param>
    public sealed record StatementScores(PrfScore Direct, PrfScore Indirect, double DirectSpeakerAccuracy, double IndirectSpeakerAccuracy, IReadOnlyList<string> Report)
    {
        /// <summary>Among matched statements (direct and indirect), the share said at the gold event (or at none when gold has none).</summary>
        public double EventLinkAccuracy { get; init; }
    }

    /// <summary>Event scores over a set of articles and the corpus merge.</summary>
    /// <param name="StartExact">Among matched events, the share with exactly the gold start (ISO text, null = null).</param>
    /// <param name="CorpusMerged">How many corpus.yaml events were found as one merged event covering all their articles.</param>
    /// <param name="CorpusDated">How many corpus.yaml events got exactly the gold start and end.</param>
    public sealed record EventScores(PrfScore Events, double StartExact, double EndExact, double LocationExact,
        int CorpusGold, int CorpusMerged, int CorpusDated, IReadOnlyList<string> Report);
}
