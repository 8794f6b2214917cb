using System.Collections.Generic;

namespace SeedGen.Extraction.Statements
{
    /// <summary>The quoted spans seen so far (added in text order, so binary-searchable) and the starts of the indirect
    /// statements already added: both look-ups are logarithmic or constant, which keeps the pass linear.</summary>
    internal sealed class QuoteSpans
    {
        private readonly List<(int Start, int End)> _spans = new();
        public readonly HashSet<int> IndirectStarts = new();

        public void Add((int Start, int End) span)
        {
            int i = _spans.Count;
            while (i > 0 && _spans[i - 1].Start > span.Start) i--; // keep sorted (quotes arrive in order; this is a guard)
            _spans.Insert(i, span);
        }

        public bool Contains(int offset)
        {
            int lo = 0, hi = _spans.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (_spans[mid].Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            // spans do not nest, but a guard for overlap: look back a few
            for (int k = found; k >= 0 && k >= found - 4; k--) if (offset >= _spans[k].Start && offset < _spans[k].End) return true;
            return false;
        }
    }
}
