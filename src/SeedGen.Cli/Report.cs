using System.Globalization;
using System.Text;
using SeedGen.Extraction.Evaluation;

namespace SeedGen.Cli
{
    internal static class Report
    {
        public static string Format(int articles, StatementScores st, EventScores ev)
        {
            var ci = CultureInfo.InvariantCulture;
            var sb = new StringBuilder();
            sb.AppendLine($"articles scored: {articles}");
            sb.AppendLine("                      precision  recall     F1   speaker acc.");
            sb.AppendLine(string.Format(ci, "direct statements     {0,9:F3} {1,7:F3} {2,6:F3} {3,14:F3}   ({4}/{5} matched, {6} predicted)", st.Direct.Precision, st.Direct.Recall, st.Direct.F1, st.DirectSpeakerAccuracy, st.Direct.Matched, st.Direct.Gold, st.Direct.Predicted));
            sb.AppendLine(string.Format(ci, "indirect statements   {0,9:F3} {1,7:F3} {2,6:F3} {3,14:F3}   ({4}/{5} matched, {6} predicted)", st.Indirect.Precision, st.Indirect.Recall, st.Indirect.F1, st.IndirectSpeakerAccuracy, st.Indirect.Matched, st.Indirect.Gold, st.Indirect.Predicted));
            sb.AppendLine(string.Format(ci, "statement events      said at the gold event: {0:F3} of matched statements", st.EventLinkAccuracy));
            sb.AppendLine(string.Format(ci, "events                {0,9:F3} {1,7:F3} {2,6:F3}   exact start {3:F3}, end {4:F3}, location {5:F3}", ev.Events.Precision, ev.Events.Recall, ev.Events.F1, ev.StartExact, ev.EndExact, ev.LocationExact));
            sb.AppendLine($"corpus events         {ev.CorpusMerged}/{ev.CorpusGold} merged, {ev.CorpusDated}/{ev.CorpusGold} dated exactly");
            foreach (var line in st.Report) sb.AppendLine("  " + line);
            foreach (var line in ev.Report) sb.AppendLine("  " + line);
            return sb.ToString();
        }
    }
}
