using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Generator
{
    /// <summary>One event with everything its generated code and documentation show.</summary>
    internal sealed record EventEmit(CorpusEventModel Event, string? PlaceName, EquatableArray<string> ParticipantNames,
        EquatableArray<string> StatementIds, EquatableArray<string> ArticleIds);

    /// <summary>One person with the statements they made and the events they took part in.</summary>
    internal sealed record PersonEmit(CorpusPersonModel Person, EquatableArray<string> StatementIds, EquatableArray<string> EventIds);

    /// <summary>One place with the events held there.</summary>
    internal sealed record PlaceEmit(CorpusPlaceModel Place, EquatableArray<string> EventIds);

    /// <summary>One generated file's share of a scope's records. Records go to a chunk by a stable hash of their identifier (of
    /// their file for articles), so a change to one record regenerates its chunk only, and adding a record does not move the others.</summary>
    /// <remarks><paramref name="Members"/> false: the scope has more records than a .NET type can have methods, so its records
    /// are reached through <c>All</c> and <c>Find</c> only (SG0902).</remarks>
    internal sealed record Chunk<T>(GeneratorOptions Options, string Scope, int Index, EquatableArray<T> Items, bool Members = true) : IEmitUnit where T : IEquatable<T>
    {
        public string HintName => "SeedGen.Corpus." + Scope + "." + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>A scope's <c>All</c> list and <c>Find</c>: the identifiers in the documented order, and where each record lives
    /// (<see cref="CorpusPlan.Pack"/>: its chunk and its position there).</summary>
    internal sealed record ScopeIndex(GeneratorOptions Options, string Scope, string Type, string Doc, string ChunkClass, string Getter,
        int Chunks, EquatableArray<string> Ids, EquatableArray<int> Places) : IEmitUnit
    {
        public string HintName => "SeedGen.Corpus." + Scope + ".g.cs";
    }

    /// <summary>The corpus class itself: the scope classes, the data helpers, summary counts.</summary>
    internal sealed record RootModel(GeneratorOptions Options, int Articles, int Events, int Statements, int People) : IEmitUnit
    {
        public string HintName => "SeedGen.Corpus.g.cs";
    }

    /// <summary>Splits the corpus into the units the generator emits, each equatable, so an edit that changes one record
    /// regenerates one chunk and leaves the other files cached. The number of files stays bounded whatever the corpus size
    /// (at most 128 + 128 + 64 + 32 + 32 chunks, six indexes and the root: 391), so an IDE is not handed thousands of files.</summary>
    internal static class CorpusPlan
    {
        /// <summary>Scope names, their chunk class prefix, records per chunk (about) and the most chunks.</summary>
        internal static (string Class, int Target, int Max) Policy(string scope) => scope switch
        {
            "Articles" => ("__A", 8, 128),
            "Events" => ("__E", 64, 128),
            "People" => ("__P", 64, 64),
            "Places" => ("__L", 64, 32),
            _ => ("__O", 64, 32),
        };

        /// <summary>The chunk count: the power of two that keeps chunks at about the target size, at most the scope's maximum.</summary>
        internal static int ChunkCount(string scope, int records)
        {
            var (_, target, max) = Policy(scope);
            int count = 1;
            while (count < max && records > count * target) count *= 2;
            return count;
        }

        /// <summary>A record's place: chunk in the high bits, position in the chunk in the low 20.</summary>
        internal static int Pack(int chunk, int local) => (chunk << 20) | local;

        internal static int ChunkOf(string key, int count) => count == 1 ? 0 : (int)(Fnv(key) & (uint)(count - 1));

        public static RootModel Root(GeneratorOptions o, CorpusModel c) =>
            new(o, c.Articles.Count, c.Events.Count, c.Articles.Sum(a => a.Statements.Count), c.People.Count);

        /// <summary>The articles that have a corpus entry, in file order (the order of <c>Articles.All</c>).</summary>
        private static List<ArticleEmitModel> Emitted(IEnumerable<ArticleEmitModel> articles) =>
            articles.Where(a => a.Ref != null).OrderBy(a => a.Article.File, StringComparer.Ordinal).ToList();

        /// <summary>Articles with their statements, grouped by a hash of the file path.</summary>
        public static EquatableArray<Chunk<ArticleEmitModel>> Articles(GeneratorOptions o, IEnumerable<ArticleEmitModel> all)
        {
            var list = Emitted(all);
            int count = ChunkCount("Articles", list.Count);
            var buckets = new List<ArticleEmitModel>[count];
            for (int i = 0; i < count; i++) buckets[i] = new List<ArticleEmitModel>();
            foreach (var a in list) buckets[ChunkOf(a.Article.File, count)].Add(a);
            var chunks = new Chunk<ArticleEmitModel>[count];
            bool members = list.Sum(a => a.Ref!.Statements.Count) <= MaxMembers;
            for (int i = 0; i < count; i++) chunks[i] = new Chunk<ArticleEmitModel>(o, "Articles", i, buckets[i].ToEquatableArray(), members);
            return chunks.ToEquatableArray();
        }

        /// <summary>The most generated members one scope class gets: the runtime loads no type with more than 65,535 methods (each
        /// property is one), so beyond this a scope's records are reached through <c>All</c> and <c>Find</c> (SG0902 says so).</summary>
        internal const int MaxMembers = 65_000;

        /// <summary>The Articles and Statements indexes, from the same list as <see cref="Articles"/> (so they agree by construction).</summary>
        public static EquatableArray<ScopeIndex> ArticleIndexes(GeneratorOptions o, IEnumerable<ArticleEmitModel> all)
        {
            var list = Emitted(all);
            int count = ChunkCount("Articles", list.Count);
            var articleCount = new int[count];
            var statementCount = new int[count];
            var articleIds = new List<string>();
            var articlePlaces = new List<int>();
            var statementIds = new List<string>();
            var statementPlaces = new List<int>();
            foreach (var a in list)
            {
                int chunk = ChunkOf(a.Article.File, count);
                articleIds.Add(a.Ref!.Id);
                articlePlaces.Add(Pack(chunk, articleCount[chunk]++));
                foreach (var s in a.Ref.Statements)
                {
                    statementIds.Add(s.Id);
                    statementPlaces.Add(Pack(chunk, statementCount[chunk]++));
                }
            }
            return new[]
            {
                new ScopeIndex(o, "Articles", "Article", "The articles of the corpus, in file order.", "__A", "GetArticle", count,
                    articleIds.ToEquatableArray(), articlePlaces.ToEquatableArray()),
                new ScopeIndex(o, "Statements", "Statement", "Every statement, by article in file order, then in text order.", "__A", "GetStatement", count,
                    statementIds.ToEquatableArray(), statementPlaces.ToEquatableArray()),
            }.ToEquatableArray();
        }

        public static EquatableArray<ScopeIndex> Indexes(GeneratorOptions o, CorpusModel c) => new[]
        {
            Index(o, "Events", "Event", "Every event, chronologically (undated last, then by first source).", c.Events.Select(e => e.Id)),
            Index(o, "People", "Person", "Every person, by identifier.", c.People.Select(p => p.Id)),
            Index(o, "Places", "Place", "Every place, by identifier.", c.Places.Select(p => p.Id)),
            Index(o, "Organizations", "Organization", "Every organisation, by identifier.", c.Organizations.Select(p => p.Id)),
        }.ToEquatableArray();

        private static ScopeIndex Index(GeneratorOptions o, string scope, string type, string doc, IEnumerable<string> ids)
        {
            var list = ids.ToList();
            int count = ChunkCount(scope, list.Count);
            var places = Assign(list, count);
            return new ScopeIndex(o, scope, type, doc, Policy(scope).Class, "Get", count, list.ToEquatableArray(), places.ToEquatableArray());
        }

        /// <summary>Each record's place (chunk by the hash of its id, then its position among that chunk's records in scope order).</summary>
        internal static int[] Assign(IReadOnlyList<string> ids, int count)
        {
            var next = new int[count];
            var places = new int[ids.Count];
            for (int i = 0; i < ids.Count; i++)
            {
                int chunk = ChunkOf(ids[i], count);
                places[i] = Pack(chunk, next[chunk]++);
            }
            return places;
        }

        public static EquatableArray<Chunk<EventEmit>> Events(GeneratorOptions o, CorpusModel c)
        {
            var statementsByEvent = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var a in c.Articles)
                foreach (var s in a.Statements)
                    if (s.EventId != null) Add(statementsByEvent, s.EventId, s.Id);
            var articleIdByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in c.Articles) articleIdByFile[a.File] = a.Id;
            var items = c.Events.Select(e => new EventEmit(
                e,
                e.LocationId != null ? c.Place(e.LocationId)?.Name : null,
                e.ParticipantIds.Select(p => c.Person(p)?.Name ?? p).ToEquatableArray(),
                statementsByEvent.TryGetValue(e.Id, out var st) ? st.ToEquatableArray() : EquatableArray<string>.Empty,
                e.ArticleFiles.Where(articleIdByFile.ContainsKey).Select(f => articleIdByFile[f]).ToEquatableArray()));
            return Split(o, "Events", items, x => x.Event.Id);
        }

        public static EquatableArray<Chunk<PersonEmit>> People(GeneratorOptions o, CorpusModel c)
        {
            var said = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var a in c.Articles)
                foreach (var s in a.Statements)
                    if (s.SpeakerId != null) Add(said, s.SpeakerId, s.Id);
            var took = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var e in c.Events)
                foreach (var p in e.ParticipantIds) Add(took, p, e.Id);
            var items = c.People.Select(p => new PersonEmit(p,
                said.TryGetValue(p.Id, out var sl) ? sl.ToEquatableArray() : EquatableArray<string>.Empty,
                took.TryGetValue(p.Id, out var el) ? el.ToEquatableArray() : EquatableArray<string>.Empty));
            return Split(o, "People", items, x => x.Person.Id);
        }

        public static EquatableArray<Chunk<PlaceEmit>> Places(GeneratorOptions o, CorpusModel c)
        {
            var held = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var e in c.Events)
                if (e.LocationId != null) Add(held, e.LocationId, e.Id);
            var items = c.Places.Select(p => new PlaceEmit(p, held.TryGetValue(p.Id, out var hl) ? hl.ToEquatableArray() : EquatableArray<string>.Empty));
            return Split(o, "Places", items, x => x.Place.Id);
        }

        public static EquatableArray<Chunk<CorpusOrganizationModel>> Organizations(GeneratorOptions o, CorpusModel c) =>
            Split(o, "Organizations", c.Organizations, x => x.Id);

        private static void Add(Dictionary<string, List<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var l)) map[key] = l = new List<string>();
            l.Add(value);
        }

        /// <summary>Distributes records over a power-of-two number of chunks by a stable hash of their identifier (FNV-1a, the
        /// same on every machine and run); records keep their scope order inside a chunk. Always at least one chunk.</summary>
        internal static EquatableArray<Chunk<T>> Split<T>(GeneratorOptions o, string scope, IEnumerable<T> items, Func<T, string> id) where T : IEquatable<T>
        {
            var list = items as IReadOnlyList<T> ?? items.ToList();
            int count = ChunkCount(scope, list.Count);
            var buckets = new List<T>[count];
            for (int i = 0; i < count; i++) buckets[i] = new List<T>();
            foreach (var item in list) buckets[ChunkOf(id(item), count)].Add(item);
            var chunks = new Chunk<T>[count];
            for (int i = 0; i < count; i++) chunks[i] = new Chunk<T>(o, scope, i, buckets[i].ToEquatableArray());
            return chunks.ToEquatableArray();
        }

        internal static uint Fnv(string s)
        {
            uint h = 2166136261;
            foreach (char c in s) { h ^= c; h *= 16777619; }
            return h;
        }
    }
}
