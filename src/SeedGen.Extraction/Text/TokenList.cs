using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedGen.Extraction.Text
{
    /// <summary>The tokens of a range of text, read-only once built: a paragraph's tokenisation, or a view of a part of one
    /// (<see cref="GetRange"/> and <see cref="ArticleDocument.Tokens"/> share the paragraph's array instead of copying it).
    /// Indexing, <see cref="Count"/>, enumeration and <see cref="FindIndex(Predicate{Token})"/> read as those of a
    /// <see cref="List{T}"/> of the same tokens.</summary>
    public sealed class TokenList : IReadOnlyList<Token>
    {
        /// <summary>No tokens.</summary>
        public static readonly TokenList Empty = new(Array.Empty<Token>(), 0, 0);

        private Token[] _items;
        private readonly int _start;
        private int _count;

        private TokenList(Token[] items, int start, int count)
        {
            _items = items;
            _start = start;
            _count = count;
        }

        /// <summary>An empty list to fill with <see cref="Add"/> (the tokenisers only, before the list is handed out).</summary>
        internal TokenList(int capacity) : this(new Token[Math.Max(1, capacity)], 0, 0) { }

        public int Count => _count;

        public Token this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)_count) ThrowIndex();
                return _items[_start + index];
            }
        }

        private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");

        internal void Add(Token token)
        {
            // only a list of its own array (start 0) grows: views are never added to
            if (_count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[_count++] = token;
        }

        /// <summary>The <paramref name="count"/> tokens from <paramref name="index"/>, as a view of this list (no copy).</summary>
        public TokenList GetRange(int index, int count)
        {
            if (index < 0 || count < 0 || _count - index < count) throw new ArgumentException("index and count do not denote a range of tokens");
            if (index == 0 && count == _count) return this;
            return new TokenList(_items, _start + index, count);
        }

        public int FindIndex(Predicate<Token> match) => FindIndex(0, _count, match);

        public int FindIndex(int startIndex, Predicate<Token> match) => FindIndex(startIndex, _count - startIndex, match);

        public int FindIndex(int startIndex, int count, Predicate<Token> match)
        {
            if ((uint)startIndex > (uint)_count || count < 0 || startIndex > _count - count) throw new ArgumentOutOfRangeException(nameof(startIndex));
            for (int i = startIndex; i < startIndex + count; i++) if (match(_items[_start + i])) return i;
            return -1;
        }

        public Token[] ToArray()
        {
            var a = new Token[_count];
            Array.Copy(_items, _start, a, 0, _count);
            return a;
        }

        public Enumerator GetEnumerator() => new(this);
        IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator : IEnumerator<Token>
        {
            private readonly Token[] _items;
            private readonly int _end;
            private int _i;

            internal Enumerator(TokenList list)
            {
                _items = list._items;
                _i = list._start - 1;
                _end = list._start + list._count;
            }

            public Token Current => _items[_i];
            object IEnumerator.Current => Current;
            public bool MoveNext() => ++_i < _end;
            public void Reset() => throw new NotSupportedException();
            public void Dispose() { }
        }
    }
}
