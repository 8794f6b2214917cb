using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen
{
    /// <summary>
    /// A list that is built on first use. Generated code links records to each other with these so that
    /// touching one record does not construct the rest of the corpus, and reference cycles
    /// (a person's statements, each statement's speaker) need no construction order.
    /// </summary>
    internal sealed class LazyList<T>
    {
        private static readonly T[] Empty = new T[0];
        private Func<T[]>? _factory;
        private T[]? _value;

        public LazyList(Func<T[]>? factory)
        {
            _factory = factory;
            if (factory is null) _value = Empty;
        }

        public IReadOnlyList<T> Value
        {
            get
            {
                var v = Volatile.Read(ref _value);
                if (v is not null) return v;
                var f = _factory;
                v = f is null ? Empty : f();
                Interlocked.CompareExchange(ref _value, v, null);
                _factory = null;
                return Volatile.Read(ref _value)!;
            }
        }
    }

    /// <summary>A reference that is looked up on first use (an event's place), for the same reason as <see cref="LazyList{T}"/>.</summary>
    internal sealed class LazyRef<T> where T : class
    {
        private Func<T?>? _factory;
        private T? _value;

        public LazyRef(Func<T?>? factory) => _factory = factory;

        public T? Value
        {
            get
            {
                var f = Volatile.Read(ref _factory);
                if (f is null) return Volatile.Read(ref _value);
                var v = f();
                Interlocked.CompareExchange(ref _value, v, null);
                Volatile.Write(ref _factory, null);
                return Volatile.Read(ref _value);
            }
        }
    }
}
