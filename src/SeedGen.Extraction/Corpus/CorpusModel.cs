using System;
using System.Collections.Generic;
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

        public CorpusEventModel? Event(string id)
        {
            var index = _eventIndex;
            if (index is null)
            {
                index = new Dictionary<string, CorpusEventModel>(StringComparer.Ordinal);
                foreach (var e in Events) index[e.Id] = e;
                _eventIndex = index;
            }
            return index.TryGetValue(id, out var ev) ? ev : null;
        }

        private Dictionary<string, CorpusPersonModel>? _personIndex;
        private Dictionary<string, CorpusPlaceModel>? _placeIndex;

        public CorpusPersonModel? Person(string id)
        {
            var index = _personIndex;
            if (index is null)
            {
                index = new Dictionary<string, CorpusPersonModel>(StringComparer.Ordinal);
                foreach (var p in People) index[p.Id] = p;
                _personIndex = index;
            }
            return index.TryGetValue(id, out var person) ? person : null;
        }

        public CorpusPlaceModel? Place(string id)
        {
            var index = _placeIndex;
            if (index is null)
            {
                index = new Dictionary<string, CorpusPlaceModel>(StringComparer.Ordinal);
                foreach (var p in Places) index[p.Id] = p;
                _placeIndex = index;
            }
            return index.TryGetValue(id, out var place) ? place : null;
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
