using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>Where an event is mentioned: article file and span.</summary>
    public sealed record SourceModel(string File, SourceSpan Span);

    /// <summary>An event merged across articles.</summary>
    public sealed record CorpusEventModel(
        string Id,
        string Name,
        EventKindModel Kind,
        DateValue Start,
        DateValue End,
        string? LocationId,
        EquatableArray<string> ParticipantIds,
        EquatableArray<string> Aliases,
        EquatableArray<SourceModel> Sources,
        EquatableArray<string> ArticleFiles);

    public sealed record CorpusPersonModel(string Id, string Name, EquatableArray<string> Aliases, string? Role, string? Country);

    public sealed record CorpusPlaceModel(string Id, string Name, PlaceKindModel Kind, string? Country, EquatableArray<string> Aliases);

    public sealed record CorpusOrganizationModel(string Id, string Name, string? Abbreviation, EquatableArray<string> Aliases);

    /// <summary>One statement with its corpus identifier and resolved links.</summary>
    public sealed record CorpusStatementRef(string Id, string? SpeakerId, string? EventId);

    /// <summary>What the corpus decided for one article: its identifier, its statements' identifiers and links, and the corpus
    /// event each of its events was merged into. Small, so that the generator can project it per article and cache.</summary>
    /// <param name="EventIds">One per <see cref="ArticleModel.Events"/> entry, same order.</param>
    /// <param name="Statements">One per <see cref="ArticleModel.Statements"/> entry, same order.</param>
    public sealed record CorpusArticleRef(string File, string Id, EquatableArray<string> EventIds, EquatableArray<CorpusStatementRef> Statements);

    /// <summary>An article event by position: the <paramref name="Index"/>-th entry of that article's events.</summary>
    public sealed record EventRef(string File, int Index);

    /// <summary>An event merged across articles, before its mentions are attached.</summary>
    public sealed record LinkedEvent(
        string Id,
        string Name,
        EventKindModel Kind,
        DateValue Start,
        DateValue End,
        string? LocationId,
        EquatableArray<string> ParticipantIds,
        EquatableArray<string> Aliases,
        EquatableArray<EventRef> Members,
        EquatableArray<string> ArticleFiles);

    /// <summary>A person's spelling in some article and the corpus person it names.</summary>
    public sealed record NameLink(string Name, string PersonId);

    /// <summary>The linking decisions over all articles: people, places, organisations and merged events, with their
    /// identifiers. Depends on no text span and no statement, so most edits leave it equal.</summary>
    public sealed record CorpusLinks(
        EquatableArray<CorpusPersonModel> People,
        EquatableArray<NameLink> PersonOf,
        EquatableArray<CorpusPlaceModel> Places,
        EquatableArray<CorpusOrganizationModel> Organizations,
        EquatableArray<LinkedEvent> Events)
    {
        /// <summary>Names that depend on another article (SG0304, info): collisions and fuller names of people.</summary>
        public EquatableArray<DiagnosticModel> Diagnostics { get; init; } = EquatableArray<DiagnosticModel>.Empty;

        private Dictionary<string, CorpusPersonModel>? _personOf;
        private Dictionary<(string, int), string>? _eventOf;

        /// <summary>The corpus person an article's spelling names, or null.</summary>
        public CorpusPersonModel? Person(string? name)
        {
            if (name is null) return null;
            var map = _personOf;
            if (map is null)
            {
                var byId = new Dictionary<string, CorpusPersonModel>(StringComparer.Ordinal);
                foreach (var p in People) byId[p.Id] = p;
                map = new Dictionary<string, CorpusPersonModel>(StringComparer.Ordinal);
                foreach (var l in PersonOf) if (byId.TryGetValue(l.PersonId, out var p)) map[l.Name] = p;
                _personOf = map;
            }
            return map.TryGetValue(name, out var person) ? person : null;
        }

        /// <summary>The identifier of the merged event an article's event went into; empty when none.</summary>
        public string EventId(string file, int index)
        {
            var map = _eventOf;
            if (map is null)
            {
                map = new Dictionary<(string, int), string>();
                foreach (var e in Events) foreach (var m in e.Members) map[(m.File, m.Index)] = e.Id;
                _eventOf = map;
            }
            return map.TryGetValue((file, index), out var id) ? id : "";
        }

        private Dictionary<string, LinkedEvent>? _eventById;
        private Dictionary<string, CorpusPersonModel>? _personById;
        private Dictionary<string, CorpusPlaceModel>? _placeById;

        /// <summary>The merged event with this identifier (before curated renames), or null.</summary>
        public LinkedEvent? EventById(string id) => CorpusModel.Lookup(ref _eventById, Events, e => e.Id, id);

        public CorpusPersonModel? PersonById(string id) => CorpusModel.Lookup(ref _personById, People, p => p.Id, id);

        public CorpusPlaceModel? PlaceById(string id) => CorpusModel.Lookup(ref _placeById, Places, p => p.Id, id);

        public bool Equals(CorpusLinks? other) =>
            other is not null && People.Equals(other.People) && PersonOf.Equals(other.PersonOf) && Places.Equals(other.Places)
            && Organizations.Equals(other.Organizations) && Events.Equals(other.Events);

        public override int GetHashCode()
        {
            unchecked
            {
                int h = People.GetHashCode();
                h = h * 31 + PersonOf.GetHashCode();
                h = h * 31 + Places.GetHashCode();
                h = h * 31 + Organizations.GetHashCode();
                return h * 31 + Events.GetHashCode();
            }
        }
    }

    /// <summary>The whole corpus: identifiers and cross references. Lists are in a documented, deterministic order:
    /// events chronologically (undated last, then by first source); people, places and organisations by identifier; articles by file.</summary>
    public sealed record CorpusModel(
        EquatableArray<CorpusArticleRef> Articles,
        EquatableArray<CorpusEventModel> Events,
        EquatableArray<CorpusPersonModel> People,
        EquatableArray<CorpusPlaceModel> Places,
        EquatableArray<CorpusOrganizationModel> Organizations,
        EquatableArray<DiagnosticModel> Diagnostics)
    {
        // Look-ups built once per corpus on first use (not part of equality): the per-article projection of a 10,000-article
        // corpus would otherwise scan the corpus once per article.
        private Dictionary<string, (CorpusArticleRef Ref, int Index)>? _articleIndex;
        private Dictionary<string, CorpusEventModel>? _eventIndex;

        public CorpusArticleRef? Article(string file) => ArticleIndex().TryGetValue(file, out var a) ? a.Ref : null;

        /// <summary>The article's position in <see cref="Articles"/> (file order); -1 when absent.</summary>
        public int ArticleIndexOf(string file) => ArticleIndex().TryGetValue(file, out var a) ? a.Index : -1;

        private Dictionary<string, int>? _sameHint;

        /// <summary>How many earlier articles (file order) map to the same hint name, ignoring case; computed once per corpus.</summary>
        public int SameHintBefore(string file, Func<string, string> hintOf)
        {
            var map = _sameHint;
            if (map is null)
            {
                map = new Dictionary<string, int>(StringComparer.Ordinal);
                var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                foreach (var a in Articles)
                {
                    string h = hintOf(a.File);
                    seen.TryGetValue(h, out int n);
                    if (!map.ContainsKey(a.File)) map[a.File] = n;
                    seen[h] = n + 1;
                }
                _sameHint = map;
            }
            return map.TryGetValue(file, out var count) ? count : 0;
        }

        private Dictionary<string, CorpusPersonModel>? _personIndex;
        private Dictionary<string, CorpusPlaceModel>? _placeIndex;

        public CorpusEventModel? Event(string id) => Lookup(ref _eventIndex, Events, e => e.Id, id);

        public CorpusPersonModel? Person(string id) => Lookup(ref _personIndex, People, p => p.Id, id);

        public CorpusPlaceModel? Place(string id) => Lookup(ref _placeIndex, Places, p => p.Id, id);

        /// <summary>The item with identifier <paramref name="id"/>, from an index built on first use (benign race: two
        /// threads may both build it, each correctly).</summary>
        internal static T? Lookup<T>(ref Dictionary<string, T>? index, EquatableArray<T> items, Func<T, string> idOf, string id)
            where T : class, IEquatable<T>
        {
            var map = index;
            if (map is null)
            {
                map = new Dictionary<string, T>(StringComparer.Ordinal);
                foreach (var item in items) map[idOf(item)] = item;
                index = map;
            }
            return map.TryGetValue(id, out var found) ? found : null;
        }

        private Dictionary<string, (CorpusArticleRef Ref, int Index)> ArticleIndex()
        {
            var index = _articleIndex;
            if (index is null)
            {
                index = new Dictionary<string, (CorpusArticleRef, int)>(StringComparer.Ordinal);
                for (int i = 0; i < Articles.Count; i++) if (!index.ContainsKey(Articles[i].File)) index[Articles[i].File] = (Articles[i], i);
                _articleIndex = index;
            }
            return index;
        }

        public bool Equals(CorpusModel? other) =>
            other is not null && Articles.Equals(other.Articles) && Events.Equals(other.Events) && People.Equals(other.People)
            && Places.Equals(other.Places) && Organizations.Equals(other.Organizations) && Diagnostics.Equals(other.Diagnostics);

        public override int GetHashCode()
        {
            unchecked
            {
                int h = Articles.GetHashCode();
                h = h * 31 + Events.GetHashCode();
                h = h * 31 + People.GetHashCode();
                h = h * 31 + Places.GetHashCode();
                h = h * 31 + Organizations.GetHashCode();
                return h * 31 + Diagnostics.GetHashCode();
            }
        }
    }
}

namespace SeedGen.Extraction.Corpus
{
    /// <summary>One record's request for a member name (<see cref="Naming.NameRequest"/> as an equatable value): its base name,
    /// its two attributes that can tell it apart, and its key (unique in the scope).</summary>
    public sealed record NameAsk(string Base, string? First, string? Second, string Key)
    {
        public Naming.NameRequest Request() => new(Base, new[] { First, Second }, Key);
    }

    /// <summary>What one article asks of the corpus's naming: its own identifier and one per statement (same order).</summary>
    public sealed record ArticleNameAsks(string File, NameAsk Article, EquatableArray<NameAsk> Statements);

    /// <summary>The name a collision group gave the request with this key.</summary>
    public sealed record DecidedName(string Key, string Name);

    /// <summary>The article and statement names that collisions decided (by request key, in key order); every other request
    /// is named by its base name. Equal across the edits that create or remove no collision.</summary>
    public sealed record CorpusNaming(EquatableArray<DecidedName> Articles, EquatableArray<DecidedName> Statements, EquatableArray<DiagnosticModel> Diagnostics)
    {
        public static readonly CorpusNaming None = new(EquatableArray<DecidedName>.Empty, EquatableArray<DecidedName>.Empty, EquatableArray<DiagnosticModel>.Empty);

        private Dictionary<string, string>? _articles, _statements;

        public string ArticleName(NameAsk ask) => Name(ref _articles, Articles, ask);

        public string StatementName(NameAsk ask) => Name(ref _statements, Statements, ask);

        private static string Name(ref Dictionary<string, string>? index, EquatableArray<DecidedName> decided, NameAsk ask)
        {
            if (decided.IsEmpty) return ask.Base;
            var map = index;
            if (map is null)
            {
                map = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var d in decided) map[d.Key] = d.Name;
                index = map;
            }
            return map.TryGetValue(ask.Key, out var name) ? name : ask.Base;
        }

        public bool Equals(CorpusNaming? other) =>
            other is not null && Articles.Equals(other.Articles) && Statements.Equals(other.Statements) && Diagnostics.Equals(other.Diagnostics);

        public override int GetHashCode() => unchecked((Articles.GetHashCode() * 31 + Statements.GetHashCode()) * 31 + Diagnostics.GetHashCode());
    }

    /// <summary>One curated rename that applies: in <paramref name="Scope"/>, <paramref name="From"/> becomes <paramref name="To"/>.</summary>
    public sealed record Rename(string Scope, string From, string To);

    /// <summary>The curated renames checked against the corpus (the ones that apply, and a diagnostic for each that does not).</summary>
    public sealed record RenamePlan(EquatableArray<Rename> Renames, EquatableArray<DiagnosticModel> Diagnostics)
    {
        public const string Articles = nameof(Articles), Events = nameof(Events), Statements = nameof(Statements), People = nameof(People),
            Places = nameof(Places), Organizations = nameof(Organizations);

        public static readonly RenamePlan None = new(EquatableArray<Rename>.Empty, EquatableArray<DiagnosticModel>.Empty);

        public bool IsEmpty => Renames.IsEmpty;

        private Dictionary<(string, string), string>? _map;

        /// <summary>The identifier after the renames of its scope.</summary>
        public string Map(string scope, string id)
        {
            if (Renames.IsEmpty) return id;
            var map = _map;
            if (map is null)
            {
                map = new Dictionary<(string, string), string>();
                foreach (var r in Renames) map[(r.Scope, r.From)] = r.To;
                _map = map;
            }
            return map.TryGetValue((scope, id), out var to) ? to : id;
        }

        private Dictionary<(string, string), string>? _unmap;

        /// <summary>The identifier before the renames of its scope.</summary>
        public string Unmap(string scope, string id)
        {
            if (Renames.IsEmpty) return id;
            var map = _unmap;
            if (map is null)
            {
                map = new Dictionary<(string, string), string>();
                foreach (var r in Renames) map[(r.Scope, r.To)] = r.From;
                _unmap = map;
            }
            return map.TryGetValue((scope, id), out var from) ? from : id;
        }

        private string? MapOrNull(string scope, string? id) => id is null ? null : Map(scope, id);

        public CorpusArticleRef Apply(CorpusArticleRef a) => IsEmpty ? a : a with
        {
            Id = Map(Articles, a.Id),
            EventIds = a.EventIds.Select(e => e.Length == 0 ? e : Map(Events, e)).ToEquatableArray(),
            Statements = a.Statements.Select(s => s with { Id = Map(Statements, s.Id), SpeakerId = MapOrNull(People, s.SpeakerId), EventId = MapOrNull(Events, s.EventId) }).ToEquatableArray(),
        };

        public CorpusEventModel Apply(CorpusEventModel e) => IsEmpty ? e : e with
        {
            Id = Map(Events, e.Id),
            LocationId = MapOrNull(Places, e.LocationId),
            ParticipantIds = e.ParticipantIds.Select(p => Map(People, p)).ToEquatableArray(),
        };

        public bool Equals(RenamePlan? other) => other is not null && Renames.Equals(other.Renames) && Diagnostics.Equals(other.Diagnostics);

        public override int GetHashCode() => unchecked(Renames.GetHashCode() * 31 + Diagnostics.GetHashCode());
    }
}
