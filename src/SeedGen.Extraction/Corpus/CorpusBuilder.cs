using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>
    /// Links the articles into one corpus: merges events reported by several articles, and people, places and organisations
    /// under one canonical record each; assigns every generated identifier. Output is independent of input order.
    /// </summary>
    public static class CorpusBuilder
    {
        public static CorpusModel Build(IEnumerable<ArticleModel> input)
        {
            var articles = input.OrderBy(a => a.File, StringComparer.Ordinal).ToList();
            var diagnostics = new List<DiagnosticModel>();

            // People: one record per real person across the corpus (transliteration-aware), speakers included.
            var speakerNames = articles.SelectMany(a => a.Statements).Where(s => s.Speaker != null).Select(s => s.Speaker!)
                .Concat(articles.SelectMany(a => a.Events).SelectMany(e => e.Participants))
                .Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal);
            var (mergedPeople, canonicalOf) = PeopleMerger.Merge(articles, speakerNames);
            var personNames = new UniqueNameBuilder(Reserved("People"));
            var people = new Dictionary<string, CorpusPersonModel>(StringComparer.Ordinal);
            foreach (var p in mergedPeople.OrderBy(p => p.Name, StringComparer.Ordinal))
                people[p.Name] = new CorpusPersonModel(personNames.Reserve(Identifiers.ToPascalCase(p.Name, "Person")), p.Name, p.Aliases, p.Role, p.Country);
            CorpusPersonModel? PersonOf(string? name) =>
                name != null && canonicalOf.TryGetValue(name, out var c) && people.TryGetValue(c, out var pm) ? pm : null;

            var placeNames = new UniqueNameBuilder(Reserved("Places"));
            var places = new Dictionary<string, CorpusPlaceModel>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in articles.SelectMany(a => a.Places).OrderBy(p => p.Name, StringComparer.Ordinal))
                if (!places.ContainsKey(p.Name))
                    places[p.Name] = new CorpusPlaceModel(placeNames.Reserve(Identifiers.ToPascalCase(p.Name, "Place")), p.Name, p.Kind, p.Country, p.Aliases);
            foreach (var loc in articles.SelectMany(a => a.Events).Select(e => e.Location).Where(l => l != null).Select(l => l!).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal))
                if (!places.ContainsKey(loc))
                    places[loc] = new CorpusPlaceModel(placeNames.Reserve(Identifiers.ToPascalCase(loc, "Place")), loc, PlaceKindModel.Other, null, EquatableArray<string>.Empty);

            var orgNames = new UniqueNameBuilder(Reserved("Organizations"));
            var orgs = new Dictionary<string, CorpusOrganizationModel>(StringComparer.OrdinalIgnoreCase);
            foreach (var o in articles.SelectMany(a => a.Organizations).OrderBy(o => o.Name, StringComparer.Ordinal))
                if (!orgs.ContainsKey(o.Name))
                    orgs[o.Name] = new CorpusOrganizationModel(orgNames.Reserve(Identifiers.ToPascalCase(o.Abbreviation ?? o.Name, "Organization")), o.Name, o.Abbreviation, o.Aliases);

            // Events: merged by EventMerger (same real event in several articles), then named.
            var merged = EventMerger.Merge(articles, n => canonicalOf.TryGetValue(n, out var c) ? c : n,
                loc => places.TryGetValue(loc, out var pl) && pl.Kind != PlaceKindModel.Country ? pl.Country : null);
            var eventNames = new UniqueNameBuilder(Reserved("Events"));
            var events = new List<CorpusEventModel>();
            var eventIdOf = new Dictionary<(string File, int Index), string>();
            foreach (var group in merged)
            {
                var year = group.Start.Year != 0 ? group.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                string id = eventNames.Reserve(EventIdentifier(group.Name, year), group.Location, group.Members[0].File);
                foreach (var m in group.Members) eventIdOf[(m.File, m.Index)] = id;
                events.Add(new CorpusEventModel(
                    id, group.Name, group.Kind, group.Start, group.End,
                    group.Location != null && places.TryGetValue(group.Location, out var pl) ? pl.Id : null,
                    group.Participants.Select(n => PersonOf(n)?.Id).Where(id => id != null).Select(id => id!).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    group.Aliases.ToEquatableArray(),
                    group.Members.SelectMany(m => m.Event.Mentions.Select(s => new SourceModel(m.File, s))).ToEquatableArray(),
                    group.Members.Select(m => m.File).Distinct(StringComparer.Ordinal).ToEquatableArray()));
            }
            // chronological as SeedGen.PartialDate orders (an unknown part after every known one: 2016-12-09 before 2016), undated last
            events = events.OrderBy(e => e.Start.IsNone ? 1 : 0)
                .ThenBy(e => e.Start.Year == 0 ? 10000 : e.Start.Year).ThenBy(e => e.Start.Month == 0 ? 13 : e.Start.Month).ThenBy(e => e.Start.Day == 0 ? 32 : e.Start.Day)
                .ThenBy(e => e.Sources.Count > 0 ? e.Sources[0].File : "", StringComparer.Ordinal)
                .ThenBy(e => e.Sources.Count > 0 ? e.Sources[0].Span.Offset : 0)
                .ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

            // Articles and statements.
            var articleNames = new UniqueNameBuilder(Reserved("Articles"));
            var statementNames = new UniqueNameBuilder(Reserved("Statements"));
            var refs = new List<CorpusArticleRef>();
            foreach (var a in articles)
            {
                string articleId = articleNames.Reserve(Identifiers.ToPascalCase(a.Title, "Article", maxWords: 8));
                var eventIds = a.Events.Select((e, i) => eventIdOf.TryGetValue((a.File, i), out var id) ? id : "").ToEquatableArray();
                var stmts = new List<CorpusStatementRef>();
                foreach (var s in a.Statements)
                {
                    string speakerPart = PersonOf(s.Speaker) is { } who ? LastName(who.Name) : "Unattributed";
                    string words = string.Join(" ", KeyWords(s.Text, 4));
                    string id = statementNames.Reserve(Identifiers.ToPascalCase(speakerPart + " " + words, "Statement", 8));
                    string? eventId = null;
                    if (s.Event != null)
                    {
                        int idx = -1;
                        for (int i = 0; i < a.Events.Count; i++) if (a.Events[i].Name == s.Event) { idx = i; break; }
                        if (idx >= 0 && eventIds[idx].Length > 0) eventId = eventIds[idx];
                    }
                    stmts.Add(new CorpusStatementRef(id, PersonOf(s.Speaker)?.Id, eventId));
                }
                refs.Add(new CorpusArticleRef(a.File, articleId, eventIds, stmts.ToEquatableArray()));
            }

            var corpus = new CorpusModel(
                refs.ToEquatableArray(),
                events.ToEquatableArray(),
                people.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                places.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                orgs.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                diagnostics.ToEquatableArray());
            return Renamer.Apply(corpus, articles.SelectMany(a => a.Renames));
        }

        /// <summary>Names a generated member may not take in a scope: the scope's own name (CS0542), the members every scope has,
        /// and members of object that a static member would hide.</summary>
        internal static string[] Reserved(string scope) => new[]
        {
            scope, "All", "Find", "Ids", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        private static string LastName(string name)
        {
            var parts = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? name : parts[parts.Length - 1];
        }

        private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "a","an","the","of","in","on","at","to","for","and","or","but","is","are","was","were","be","been","that","this","these","those",
            "it","its","we","our","us","i","you","your","he","she","they","their","will","would","should","can","could","has","have","had",
            "with","by","from","as","not","no","so","such","there","here","which","who","what","all","any","very","most","more","also",
        };

        internal static IEnumerable<string> KeyWords(string text, int count)
        {
            int n = 0;
            foreach (var raw in text.Split(new[] { ' ', ',', '.', ';', ':', '!', '?', '“', '”', '"', '(', ')', '[', ']', '‘', '’', '\n' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (StopWords.Contains(raw) || raw.Length < 3) continue;
                yield return raw;
                if (++n >= count) yield break;
            }
        }
    
        private static readonly HashSet<string> IdStopWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "on", "in", "and", "to", "with", "for", "a", "an", "at" };

        /// <summary>An event's member name: its name's words without function words (at most eight), and its year when known:
        /// "Session of the CIS Council of Ministers of Foreign Affairs" → SessionCISCouncilMinistersForeignAffairs, "Minsk Dialogue" → MinskDialogue2019.</summary>
        internal static string EventIdentifier(string name, string? year)
        {
            var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Where(w => !IdStopWords.Contains(w)).ToList();
            // a year written in the name goes to the end, once ("2016 parliamentary elections" → ParliamentaryElections…2016)
            if (year != null) words.RemoveAll(w => w == year);
            string id = Identifiers.ToPascalCase(string.Join(" ", words), "Event", maxWords: 8);
            return id + (year ?? "");
        }
}
}
