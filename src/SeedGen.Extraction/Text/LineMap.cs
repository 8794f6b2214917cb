using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Text
{
    /// <summary>Maps offsets in the normalised text to 1-based line and column.</summary>
    public sealed class LineMap
    {
        private readonly int[] _lineStarts;

        [MethodImpl(Jit.Optimized)]
        public LineMap(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
                if (text[i] == '\n') starts.Add(i + 1);
            _lineStarts = starts.ToArray();
        }

        public int LineCount => _lineStarts.Length;

        public (int Line, int Column) Position(int offset)
        {
            int idx = Array.BinarySearch(_lineStarts, offset);
            if (idx < 0) idx = ~idx - 1;
            if (idx < 0) idx = 0;
            return (idx + 1, offset - _lineStarts[idx] + 1);
        }

        public SourceSpan Span(int offset, int length)
        {
            var (line, col) = Position(offset);
            return new SourceSpan(offset, length, line, col);
        }
    }
}
