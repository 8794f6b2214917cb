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

    /// <summary>One generated file's share of a scope's records. Records go to a chunk by a stable hash of their identifier, so
    /// a change to one record regenerates its chunk only, and adding a record does not move the others.</summary>
    internal sealed record Chunk<T>(GeneratorOptions Options, string Scope, int Index, EquatableArray<T> Items) : IEmitUnit where T : IEquatable<T>
    {
        public string HintName => "SeedGen.Corpus." + Scope + "." + Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>A scope's <c>All</c> list and <c>Find</c>: the identifiers in the documented order.</summary>
    internal sealed record ScopeIndex(GeneratorOptions Options, string Scope, string Type, string Prefix, string Doc, EquatableArray<string> Ids) : IEmitUnit
    {
        public string HintName => "SeedGen.Corpus." + Scope + ".g.cs";
    }

    /// <summary>The corpus class itself: article list, statement list, summary counts.</summary>
    internal sealed record RootModel(GeneratorOptions Options, EquatableArray<string> ArticleIds, int Events, int Statements, int People) : IEmitUnit
    {
        public string HintName => "SeedGen.Corpus.g.cs";
    }

    /// <summary>Splits the corpus into the units the generator emits, each equatable, so an edit that changes one event
    /// regenerates one chunk of events and leaves the other files cached.</summary>
    internal static class CorpusPlan
    {
        /// <summary>Records per chunk file (about); the chunk count is the power of two that keeps chunks at most this size.</summary>
        internal const int ChunkSize = 64;

        public static RootModel Root(GeneratorOptions o, CorpusModel c) =>
            new(o, c.Articles.Select(a => a.Id).ToEquatableArray(), c.Events.Count, c.Articles.Sum(a => a.Statements.Count), c.People.Count);

        public static EquatableArray<ScopeIndex> Indexes(GeneratorOptions o, CorpusModel c) => new[]
        {
            new ScopeIndex(o, "Events", "Event", "E", "Every event, chronologically (undated last, then by first source).", c.Events.Select(e => e.Id).ToEquatableArray()),
            new ScopeIndex(o, "People", "Person", "P", "Every person, by identifier.", c.People.Select(p => p.Id).ToEquatableArray()),
            new ScopeIndex(o, "Places", "Place", "L", "Every place, by identifier.", c.Places.Select(p => p.Id).ToEquatableArray()),
            new ScopeIndex(o, "Organizations", "Organization", "O", "Every organisation, by identifier.", c.Organizations.Select(p => p.Id).ToEquatableArray()),
        }.ToEquatableArray();

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
            int count = 1;
            while (list.Count > count * ChunkSize) count *= 2;
            var buckets = new List<T>[count];
            for (int i = 0; i < count; i++) buckets[i] = new List<T>();
            foreach (var item in list) buckets[count == 1 ? 0 : (int)(Fnv(id(item)) & (uint)(count - 1))].Add(item);
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
