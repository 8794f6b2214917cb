using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace SeedGen.Internal
{
    // The records of one generated chunk class, built from its tables on first use (one instance per record, published with
    // CompareExchange). The tables are the chunk class's constants Dc (strings), Ec (where each string ends), Rc (one row of
    // integers per record) and, per kind, Uc (event sources) or Tc (statement rows); the row layouts are the generator's
    // (Emitter: ArticleRow, StatementRow, EventRow, SourceRow, PersonRow, PlaceRow, OrganizationRow). A kind is stored as its
    // number (the generated code fails to compile if the runtime's kinds and the generator's ever diverge).

    /// <summary>For SeedGen's generated code only: the strings, rows and links of one chunk.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class Chunk
    {
        private protected readonly Strings S;
        private protected readonly Ints R;
        private protected readonly Links L;

        private protected Chunk(Type type, Links links)
        {
            S = new Strings(Data.Constant(type, "Dc"), new Ints(Data.Constant(type, "Ec")));
            R = new Ints(Data.Constant(type, "Rc"));
            L = links ?? throw new ArgumentNullException(nameof(links));
        }

        /// <summary>Publishes <paramref name="value"/> in an empty slot (the first one wins): non-generic, so nothing on the path of a
        /// first access needs a generic instantiation made at run time.</summary>
        private protected static object Publish(ref object? slot, object value) => Interlocked.CompareExchange(ref slot, value, null) ?? value;

        private protected SourceRef Source(Ints u, int k) => new SourceRef(S[u[k]], u[k + 1], u[k + 2], u[k + 3]);

        /// <summary>A date stored as year * 10000 + month * 100 + day (0 for an unknown part; 0 for no date).</summary>
        private protected static PartialDate? Date(int v) => v == 0 ? null : new PartialDate(v / 10000, v / 100 % 100, v % 100, raw: true);

        /// <summary>The records whose ids are the run of strings at <paramref name="first"/>, found on first use (none found: skipped).</summary>
        private protected Func<T[]>? Many<T>(Func<Links, string, T?> find, int first, int count) where T : class
        {
            if (count == 0) return null;
            return () =>
            {
                var list = new List<T>(count);
                for (int j = 0; j < count; j++)
                {
                    var x = find(L, S[first + j]);
                    if (x != null) list.Add(x);
                }
                return list.ToArray();
            };
        }

    }

    /// <summary>The look-ups a link list uses (in a class of their own: touching a chunk runs no static constructor).</summary>
    internal static class Finders
    {
        internal static readonly Func<Links, string, Event?> Events = (l, id) => l.FindEvent(id);
        internal static readonly Func<Links, string, Person?> People = (l, id) => l.FindPerson(id);
        internal static readonly Func<Links, string, Statement?> Statements = (l, id) => l.FindStatement(id);
        internal static readonly Func<Links, string, Article?> Articles = (l, id) => l.FindArticle(id);
    }

    /// <summary>For SeedGen's generated code only: the events of one chunk.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class EventChunk : Chunk
    {
        private readonly Ints _u;
        private readonly object?[] _records;

        private EventChunk(Type type, int count, Links links) : base(type, links)
        {
            _u = new Ints(Data.Constant(type, "Uc"));
            _records = new object?[count];
        }

        /// <summary>The chunk of the generated class <paramref name="type"/> (<paramref name="count"/> records), made once.</summary>
        public static EventChunk Of(ref EventChunk? slot,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, int count, Links links)
        {
            var c = Volatile.Read(ref slot);
            if (c != null) return c;
#if NET
            return (EventChunk)Publish(ref System.Runtime.CompilerServices.Unsafe.As<EventChunk?, object?>(ref slot), new EventChunk(type, count, links));
#else
            var made = new EventChunk(type, count, links);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
#endif
        }

        /// <summary>Event <paramref name="i"/> of the chunk.</summary>
        public Event Get(int i) => (Event?)Volatile.Read(ref _records[i]) ?? (Event)Publish(ref _records[i], Build(i));

        private Event Build(int i)
        {
            int k = i * 16;
            var sources = new SourceRef[R[k + 11]];
            for (int j = 0; j < sources.Length; j++) sources[j] = Source(_u, (R[k + 10] + j) * 4);
            return new Event(this, i, S[R[k]], S[R[k + 1]], (EventKind)R[k + 2], new DateSpan(Date(R[k + 3]), Date(R[k + 4])),
                S.Run(R[k + 8], R[k + 9]), sources);
        }

        internal Place? Location(int i)
        {
            int place = R[i * 16 + 5];
            return place < 0 ? null : L.FindPlace(S[place]);
        }

        internal Person[] Participants(int i) => Find(Finders.People, R[i * 16 + 6], R[i * 16 + 7]);

        internal Statement[] StatementsOf(int i) => Find(Finders.Statements, R[i * 16 + 12], R[i * 16 + 13]);

        internal Article[] ArticlesOf(int i) => Find(Finders.Articles, R[i * 16 + 14], R[i * 16 + 15]);

        private T[] Find<T>(Func<Links, string, T?> find, int first, int count) where T : class
        {
            if (count == 0) return Array.Empty<T>();
            var list = new List<T>(count);
            for (int j = 0; j < count; j++)
            {
                var x = find(L, S[first + j]);
                if (x != null) list.Add(x);
            }
            return list.ToArray();
        }
    }

    /// <summary>For SeedGen's generated code only: the people of one chunk.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PersonChunk : Chunk
    {
        private readonly object?[] _records;

        private PersonChunk(Type type, int count, Links links) : base(type, links) => _records = new object?[count];

        /// <summary>The chunk of the generated class <paramref name="type"/> (<paramref name="count"/> records), made once.</summary>
        public static PersonChunk Of(ref PersonChunk? slot,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, int count, Links links)
        {
            var c = Volatile.Read(ref slot);
            if (c != null) return c;
#if NET
            return (PersonChunk)Publish(ref System.Runtime.CompilerServices.Unsafe.As<PersonChunk?, object?>(ref slot), new PersonChunk(type, count, links));
#else
            var made = new PersonChunk(type, count, links);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
#endif
        }

        /// <summary>Person <paramref name="i"/> of the chunk.</summary>
        public Person Get(int i) => (Person?)Volatile.Read(ref _records[i]) ?? (Person)Publish(ref _records[i], Build(i));

        private Person Build(int i)
        {
            int k = i * 10;
            return new Person(S[R[k]], S[R[k + 1]], S.Run(R[k + 2], R[k + 3]), S.OrNull(R[k + 4]), S.OrNull(R[k + 5]),
                Many(Finders.Statements, R[k + 6], R[k + 7]), Many(Finders.Events, R[k + 8], R[k + 9]));
        }
    }

    /// <summary>For SeedGen's generated code only: the places of one chunk.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PlaceChunk : Chunk
    {
        private readonly object?[] _records;

        private PlaceChunk(Type type, int count, Links links) : base(type, links) => _records = new object?[count];

        /// <summary>The chunk of the generated class <paramref name="type"/> (<paramref name="count"/> records), made once.</summary>
        public static PlaceChunk Of(ref PlaceChunk? slot,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, int count, Links links)
        {
            var c = Volatile.Read(ref slot);
            if (c != null) return c;
#if NET
            return (PlaceChunk)Publish(ref System.Runtime.CompilerServices.Unsafe.As<PlaceChunk?, object?>(ref slot), new PlaceChunk(type, count, links));
#else
            var made = new PlaceChunk(type, count, links);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
#endif
        }

        /// <summary>Place <paramref name="i"/> of the chunk.</summary>
        public Place Get(int i) => (Place?)Volatile.Read(ref _records[i]) ?? (Place)Publish(ref _records[i], Build(i));

        private Place Build(int i)
        {
            int k = i * 8;
            return new Place(S[R[k]], S[R[k + 1]], (PlaceKind)R[k + 2], S.OrNull(R[k + 3]), S.Run(R[k + 4], R[k + 5]), Many(Finders.Events, R[k + 6], R[k + 7]));
        }
    }

    /// <summary>For SeedGen's generated code only: the organisations of one chunk.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class OrganizationChunk : Chunk
    {
        private readonly object?[] _records;

        private OrganizationChunk(Type type, int count, Links links) : base(type, links) => _records = new object?[count];

        /// <summary>The chunk of the generated class <paramref name="type"/> (<paramref name="count"/> records), made once.</summary>
        public static OrganizationChunk Of(ref OrganizationChunk? slot,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, int count, Links links)
        {
            var c = Volatile.Read(ref slot);
            if (c != null) return c;
#if NET
            return (OrganizationChunk)Publish(ref System.Runtime.CompilerServices.Unsafe.As<OrganizationChunk?, object?>(ref slot), new OrganizationChunk(type, count, links));
#else
            var made = new OrganizationChunk(type, count, links);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
#endif
        }

        /// <summary>Organisation <paramref name="i"/> of the chunk.</summary>
        public Organization Get(int i) => (Organization?)Volatile.Read(ref _records[i]) ?? (Organization)Publish(ref _records[i], Build(i));

        private Organization Build(int i)
        {
            int k = i * 5;
            return new Organization(S[R[k]], S[R[k + 1]], S.OrNull(R[k + 2]), S.Run(R[k + 3], R[k + 4]));
        }
    }

    /// <summary>For SeedGen's generated code only: the articles of one chunk and their statements (rows in Tc).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ArticleChunk : Chunk
    {
        private readonly Ints _t;
        private readonly object?[] _articles;
        private readonly object?[] _statements;

        private ArticleChunk(Type type, int articles, int statements, Links links) : base(type, links)
        {
            _t = new Ints(Data.Constant(type, "Tc"));
            _articles = new object?[articles];
            _statements = new object?[statements];
        }

        /// <summary>The chunk of the generated class <paramref name="type"/>, made once.</summary>
        public static ArticleChunk Of(ref ArticleChunk? slot,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
            Type type, int articles, int statements, Links links)
        {
            var c = Volatile.Read(ref slot);
            if (c != null) return c;
#if NET
            return (ArticleChunk)Publish(ref System.Runtime.CompilerServices.Unsafe.As<ArticleChunk?, object?>(ref slot), new ArticleChunk(type, articles, statements, links));
#else
            var made = new ArticleChunk(type, articles, statements, links);
            return Interlocked.CompareExchange(ref slot, made, null) ?? made;
#endif
        }

        /// <summary>Article <paramref name="i"/> of the chunk.</summary>
        public Article GetArticle(int i) => (Article?)Volatile.Read(ref _articles[i]) ?? (Article)Publish(ref _articles[i], BuildArticle(i));

        /// <summary>Statement <paramref name="i"/> of the chunk.</summary>
        public Statement GetStatement(int i) => (Statement?)Volatile.Read(ref _statements[i]) ?? (Statement)Publish(ref _statements[i], BuildStatement(i));

        private Article BuildArticle(int i)
        {
            int k = i * 10;
            int first = R[k + 8], count = R[k + 9];
            Func<Statement[]>? statements = null;
            if (count > 0)
                statements = () =>
                {
                    var a = new Statement[count];
                    for (int j = 0; j < count; j++) a[j] = GetStatement(first + j);
                    return a;
                };
            return new Article(S[R[k]], S[R[k + 1]], S[R[k + 2]], Date(R[k + 3]), S.OrNull(R[k + 4]), S.OrNull(R[k + 5]),
                Many(Finders.Events, R[k + 6], R[k + 7]), statements);
        }

        private Statement BuildStatement(int i)
        {
            int k = i * 11;
            var t = _t;
            return new Statement(S[t[k]], (StatementKind)t[k + 1], S[t[k + 2]],
                t[k + 3] < 0 ? null : L.FindPerson(S[t[k + 3]]), S.OrNull(t[k + 4]),
                t[k + 5] < 0 ? null : L.FindEvent(S[t[k + 5]]), GetArticle(t[k + 6]), Source(t, k + 7));
        }
    }
}
