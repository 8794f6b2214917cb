using System;
using System.Collections;
using System.Collections.Generic;

namespace SeedGen.Extraction.Model
{
    /// <summary>
    /// An immutable array with value equality, for models that flow through the incremental generator
    /// (ImmutableArray and List compare by reference and would defeat caching).
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public EquatableArray(IEnumerable<T> items)
        {
            if (items is ICollection<T> collection)
            {
                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                _items = array;
            }
            else _items = System.Linq.Enumerable.ToArray(items);
        }

        public int Count => _items?.Length ?? 0;
        public bool IsEmpty => Count == 0;
        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        public bool Equals(EquatableArray<T> other)
        {
            var a = _items ?? Array.Empty<T>();
            var b = other._items ?? Array.Empty<T>();
            if (ReferenceEquals(a, b)) return true;
            if (a.Length != b.Length) return false;
            var cmp = EqualityComparer<T>.Default;
            for (int i = 0; i < a.Length; i++)
                if (!cmp.Equals(a[i], b[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var a = _items ?? Array.Empty<T>();
            unchecked
            {
                int h = 17;
                var cmp = EqualityComparer<T>.Default;
                foreach (var item in a) h = h * 31 + (item is null ? 0 : cmp.GetHashCode(item));
                return h;
            }
        }

        /// <summary>A struct enumerator: <c>foreach</c> over an equatable array allocates nothing.</summary>
        public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        public struct Enumerator
        {
            private readonly T[] _array;
            private int _index;

            internal Enumerator(T[] array)
            {
                _array = array;
                _index = -1;
            }

            public T Current => _array[_index];

            public bool MoveNext() => ++_index < _array.Length;
        }

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T> => new(items);
        public static EquatableArray<T> Create<T>(params T[] items) where T : IEquatable<T> => new(items);
    }
}
