using System;
using System.Runtime.CompilerServices;

namespace SeedGen.Extraction.Text
{
    /// <summary>A bounded memo of a pure function of a string (a name's tokens, a token's spelling key): direct-mapped by a
    /// hash of the characters, a slot holds the last string that hashed to it with its value. It never grows, and it is safe
    /// to share between threads without a lock: a slot is one reference, read and written whole, and a value is returned
    /// only for an equal string, so a race costs at most a second computation. Values must be immutable.</summary>
    internal sealed class StringMemo<T> where T : class
    {
        private sealed class Entry
        {
            public Entry(string key, T value) { Key = key; Value = value; }
            public readonly string Key;
            public readonly T Value;
        }

        private readonly Entry?[] _slots;
        private readonly Func<string, T> _compute;

        public StringMemo(int slots, Func<string, T> compute)
        {
            if ((slots & (slots - 1)) != 0) throw new ArgumentException("a power of two", nameof(slots));
            _slots = new Entry?[slots];
            _compute = compute;
        }

        [MethodImpl(Jit.Optimized)]
        public T Get(string s)
        {
            uint h = 2166136261;
            for (int i = 0; i < s.Length; i++) h = (h ^ s[i]) * 16777619;
            int slot = (int)(h & (uint)(_slots.Length - 1));
            var e = _slots[slot];
            if (e != null && string.Equals(e.Key, s, StringComparison.Ordinal)) return e.Value;
            var value = _compute(s);
            _slots[slot] = new Entry(s, value);
            return value;
        }
    }
}
