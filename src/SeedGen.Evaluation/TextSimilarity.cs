using System;
using System.Collections.Generic;
using System.Text;

namespace SeedGen.Extraction.Evaluation
{
    /// <summary>Normalised token overlap, used to match extracted text to gold text.</summary>
    public static class TextSimilarity
    {
        public static List<string> Tokens(string s)
        {
            var list = new List<string>();
            var sb = new StringBuilder();
            foreach (char raw in Naming.Identifiers.Fold(s ?? string.Empty).ToLowerInvariant())
            {
                char c = raw;
                if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
                if (sb.Length > 0) { list.Add(sb.ToString()); sb.Clear(); }
            }
            if (sb.Length > 0) list.Add(sb.ToString());
            return list;
        }

        /// <summary>F1 of the two token multisets (1 = same words).</summary>
        public static double TokenF1(string a, string b)
        {
            var ta = Tokens(a);
            var tb = Tokens(b);
            if (ta.Count == 0 || tb.Count == 0) return ta.Count == tb.Count ? 1 : 0;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var t in ta) counts[t] = counts.TryGetValue(t, out var n) ? n + 1 : 1;
            int common = 0;
            foreach (var t in tb)
                if (counts.TryGetValue(t, out var n) && n > 0) { common++; counts[t] = n - 1; }
            if (common == 0) return 0;
            double p = (double)common / tb.Count, r = (double)common / ta.Count;
            return 2 * p * r / (p + r);
        }

        /// <summary>Greedy one-to-one matching of gold items to predicted items by similarity ≥ <paramref name="threshold"/>.</summary>
        public static List<(int Gold, int Predicted, double Score)> Match(int goldCount, int predictedCount, Func<int, int, double> similarity, double threshold)
        {
            var pairs = new List<(int, int, double)>();
            for (int g = 0; g < goldCount; g++)
                for (int p = 0; p < predictedCount; p++)
                {
                    double s = similarity(g, p);
                    if (s >= threshold) pairs.Add((g, p, s));
                }
            pairs.Sort((x, y) => y.Item3 != x.Item3 ? y.Item3.CompareTo(x.Item3) : x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : x.Item2.CompareTo(y.Item2));
            var usedG = new HashSet<int>();
            var usedP = new HashSet<int>();
            var result = new List<(int, int, double)>();
            foreach (var (g, p, s) in pairs)
            {
                if (usedG.Contains(g) || usedP.Contains(p)) continue;
                usedG.Add(g); usedP.Add(p);
                result.Add((g, p, s));
            }
            return result;
        }
    }
}
