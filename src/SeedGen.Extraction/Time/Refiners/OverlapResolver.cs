using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Refiners
{
    /// <summary>Keeps one reading per stretch of text: the longest candidate first (then the higher priority, then the
    /// earlier parser), each later one only where its tokens are still free. Output in text order. Cost linear in the
    /// candidates' lengths after one sort.</summary>
    internal static class OverlapResolver
    {
        public static List<TimexCandidate> Resolve(TimexContext c, List<TimexCandidate> candidates)
        {
            var order = new List<int>(candidates.Count);
            for (int k = 0; k < candidates.Count; k++) order.Add(k);
            order.Sort((x, y) =>
            {
                var a = candidates[x]; var b = candidates[y];
                int r = (c.End(b) - c.Start(b)).CompareTo(c.End(a) - c.Start(a));
                if (r != 0) return r;
                r = b.Priority.CompareTo(a.Priority);
                if (r != 0) return r;
                r = a.First.CompareTo(b.First);
                return r != 0 ? r : x.CompareTo(y);
            });
            var taken = new bool[c.Count];
            var kept = new List<TimexCandidate>();
            foreach (int k in order)
            {
                var cand = candidates[k];
                bool free = true;
                for (int t = cand.First; t <= cand.Last && free; t++) free = !taken[t];
                if (!free) continue;
                for (int t = cand.First; t <= cand.Last; t++) taken[t] = true;
                kept.Add(cand);
            }
            kept.Sort((a, b) => a.First.CompareTo(b.First));
            return kept;
        }
    }
}
