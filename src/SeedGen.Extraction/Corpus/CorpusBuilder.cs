using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>
    /// Links the articles into one corpus: merges events reported by several articles, and people, places and organisations
    /// under one canonical record each; assigns every generated identifier. Output is independent of input order.
    /// </summary>
    public static class CorpusBuilder
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] Space = { ' ' };

        public static CorpusModel Build(IEnumerable<ArticleModel> input) => Build(input.Select(ArticleFacts.Of));

        /// <summary>Builds the corpus from articles whose per-article facts are already worked out.</summary>
        public static CorpusModel Build(IEnumerable<ArticleFacts> input)
        {
            var facts = input.ToList();
            return Assemble(facts, Link(facts.Select(f => f.Link)));
        }

        /// <summary>The linking over all articles: people, places, organisations, merged events and their identifiers. Looks
        /// up the per-article facts and merges; depends on no span and no statement.</summary>
        [MethodImpl(Jit.Optimized)]
        public static CorpusLinks Link(IEnumerable<LinkFacts> input)
        {
            var links = input.OrderBy(f => f.File, StringComparer.Ordinal).ToList();

            var surnameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            var eventTokens = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var eventIdentifiers = new Dictionary<(string, int), string>();
            foreach (var f in links)
            {
                foreach (var n in f.Names) surnameKeys[n.Name] = n.SurnameKey;
                for (int i = 0; i < f.EventFacts.Count; i++)
                {
                    foreach (var n in f.EventFacts[i].Names) eventTokens[n.Name] = n.Tokens;
                    var e = f.Events[i];
                    eventIdentifiers[(e.Name, e.Start.Year)] = f.EventFacts[i].Identifier;
                }
            }

            // People: one record per real person across the corpus (transliteration-aware), speakers included.
            var speakerNames = links.SelectMany(f => f.PersonNames).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal);
            var (mergedPeople, canonicalOf) = PeopleMerger.Merge(links.SelectMany(f => f.People), speakerNames,
                n => surnameKeys.TryGetValue(n, out var k) ? k : NameMatcher.SurnameKey(n));
            var peopleList = mergedPeople.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var personIds = StableNames.Assign(peopleList.Select(p => new NameRequest(Identifiers.ToPascalCase(p.Name, "Person"), new[] { p.Country, p.Role }, p.Name)).ToList(),
                Reserved("People"), out var personCollisions);
            var people = new Dictionary<string, CorpusPersonModel>(StringComparer.Ordinal);
            for (int i = 0; i < peopleList.Count; i++)
            {
                var p = peopleList[i];
                people[p.Name] = new CorpusPersonModel(personIds[i], p.Name, p.Aliases, p.Role, p.Country);
            }
            CorpusPersonModel? PersonOf(string? name) =>
                name != null && canonicalOf.TryGetValue(name, out var c) && people.TryGetValue(c, out var pm) ? pm : null;

            var placeList = new List<(string BaseId, CorpusPlaceModel Place)>();
            var placeSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (p, id) in links.SelectMany(f => f.Places.Select((p, i) => (p, f.PlaceIdentifiers[i]))).OrderBy(x => x.p.Name, StringComparer.Ordinal))
                if (placeSeen.Add(p.Name))
                    placeList.Add((id, new CorpusPlaceModel(id, p.Name, p.Kind, p.Country, p.Aliases)));
            foreach (var (loc, id) in links.SelectMany(f => f.Events.Select((e, i) => (e.Location, f.LocationIdentifiers[i]))).Where(x => x.Location != null)
                .GroupBy(x => x.Location!, StringComparer.Ordinal).Select(g => (g.Key, g.First().Item2)).OrderBy(x => x.Key, StringComparer.Ordinal))
                if (placeSeen.Add(loc))
                    placeList.Add((id, new CorpusPlaceModel(id, loc, PlaceKindModel.Other, null, EquatableArray<string>.Empty)));
            var placeIds = StableNames.Assign(placeList.Select(x => new NameRequest(x.BaseId, new[] { x.Place.Country, x.Place.Kind.ToString() }, x.Place.Name)).ToList(),
                Reserved("Places"), out var placeCollisions);
            var places = new Dictionary<string, CorpusPlaceModel>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < placeList.Count; i++) places[placeList[i].Place.Name] = placeList[i].Place with { Id = placeIds[i] };

            var orgList = new List<(string BaseId, CorpusOrganizationModel Org)>();
            var orgSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (o, id) in links.SelectMany(f => f.Organizations.Select((o, i) => (o, f.OrganizationIdentifiers[i]))).OrderBy(x => x.o.Name, StringComparer.Ordinal))
                if (orgSeen.Add(o.Name))
                    orgList.Add((id, new CorpusOrganizationModel(id, o.Name, o.Abbreviation, o.Aliases)));
            var orgIds = StableNames.Assign(orgList.Select(x => new NameRequest(x.BaseId, new[] { x.Org.Name }, x.Org.Name)).ToList(),
                Reserved("Organizations"), out var orgCollisions);
            var orgs = new Dictionary<string, CorpusOrganizationModel>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < orgList.Count; i++) orgs[orgList[i].Org.Name] = orgList[i].Org with { Id = orgIds[i] };

            // Events: merged by EventMerger (same real event in several articles), then named.
            var merged = EventMerger.Merge(links.Select(f => (f.File, (IReadOnlyList<EventModel>)f.Events)).ToList(), n => canonicalOf.TryGetValue(n, out var c) ? c : n,
                loc => places.TryGetValue(loc, out var pl) && pl.Kind != PlaceKindModel.Country ? pl.Country : null,
                n => eventTokens.TryGetValue(n, out var t) ? t : EventMerger.Tokens(n));
            var eventRequests = new List<NameRequest>(merged.Count);
            foreach (var group in merged)
            {
                string baseId = eventIdentifiers.TryGetValue((group.Name, group.Start.Year), out var known) ? known
                    : EventIdentifier(group.Name, ArticleFacts.YearText(group.Start.Year));
                var first = group.Members.OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Index).First();
                eventRequests.Add(new NameRequest(baseId, new[] { group.Location, StableNames.FileStem(first.File) },
                    first.File + "#" + first.Index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));
            }
            var eventIds = StableNames.Assign(eventRequests, Reserved("Events"), out var eventCollisions);
            var events = new List<LinkedEvent>(merged.Count);
            for (int gi = 0; gi < merged.Count; gi++)
            {
                var group = merged[gi];
                string id = eventIds[gi];
                events.Add(new LinkedEvent(
                    id, group.Name, group.Kind, group.Start, group.End,
                    group.Location != null && places.TryGetValue(group.Location, out var pl) ? pl.Id : null,
                    group.Participants.Select(n => PersonOf(n)?.Id).Where(id => id != null).Select(id => id!).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    group.Aliases.ToEquatableArray(),
                    group.Members.Select(m => new EventRef(m.File, m.Index)).ToEquatableArray(),
                    group.Members.Select(m => m.File).Distinct(StringComparer.Ordinal).ToEquatableArray()));
            }

            // Names that depend on another article: collisions (every member's articles are told) and fuller names of people.
            var nameDiagnostics = new List<DiagnosticModel>();
            var personFiles = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var personSpellings = new Dictionary<(string Canonical, string File), HashSet<string>>();
            foreach (var f in links)
                foreach (var n in f.People.SelectMany(p => p.Aliases.Prepend(p.Name)).Concat(f.PersonNames))
                    if (canonicalOf.TryGetValue(n, out var c))
                    {
                        if (!personFiles.TryGetValue(c, out var fs)) personFiles[c] = fs = new SortedSet<string>(StringComparer.Ordinal);
                        fs.Add(f.File);
                        if (!personSpellings.TryGetValue((c, f.File), out var sp)) personSpellings[(c, f.File)] = sp = new HashSet<string>(StringComparer.Ordinal);
                        sp.Add(n);
                    }
            NameDiagnostics.Collisions(nameDiagnostics, "People", personCollisions, i => personFiles.TryGetValue(peopleList[i].Name, out var fs) ? fs : Enumerable.Empty<string>());
            NameDiagnostics.Collisions(nameDiagnostics, "Places", placeCollisions, i => PlaceFiles(links, placeList[i].Place.Name));
            NameDiagnostics.Collisions(nameDiagnostics, "Organizations", orgCollisions, i => links.Where(f => f.Organizations.Any(o => string.Equals(o.Name, orgList[i].Org.Name, StringComparison.OrdinalIgnoreCase))).Select(f => f.File));
            NameDiagnostics.Collisions(nameDiagnostics, "Events", eventCollisions, i => merged[i].Members.Select(m => m.File));
            NameDiagnostics.FullerNames(nameDiagnostics, peopleList.Select((p, i) => (p.Name, personIds[i])),
                c => personFiles.TryGetValue(c, out var fs) ? fs : Enumerable.Empty<string>(),
                (c, file) => personSpellings.TryGetValue((c, file), out var sp) ? sp : (IEnumerable<string>)Array.Empty<string>());

            var personOf = canonicalOf.Where(kv => people.ContainsKey(kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new NameLink(kv.Key, people[kv.Value].Id)).ToEquatableArray();
            return new CorpusLinks(
                people.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                personOf,
                places.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                orgs.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                events.ToEquatableArray()) { Diagnostics = nameDiagnostics.ToEquatableArray() };
        }

        private static IEnumerable<string> PlaceFiles(List<LinkFacts> links, string place) =>
            links.Where(f => f.Places.Any(p => string.Equals(p.Name, place, StringComparison.OrdinalIgnoreCase))
                || f.Events.Any(e => string.Equals(e.Location, place, StringComparison.OrdinalIgnoreCase))).Select(f => f.File);

        /// <summary>The corpus from the linking decisions and the articles: events get their mentions and their chronological
        /// order, articles and statements their identifiers and links. Look-ups only.</summary>
        [MethodImpl(Jit.Optimized)]
        public static CorpusModel Assemble(IEnumerable<ArticleFacts> input, CorpusLinks links)
        {
            var facts = input.OrderBy(f => f.Article.File, StringComparer.Ordinal).ToList();
            var asks = facts.Select(f => NameAsks(f, links)).ToList();
            var naming = Naming(asks);
            var refs = new List<CorpusArticleRef>(facts.Count);
            for (int i = 0; i < facts.Count; i++) refs.Add(ArticleRef(facts[i].Article, asks[i], links, naming));
            var renames = Renames(facts.SelectMany(f => f.Article.Renames), asks, links, naming);
            var renamed = new List<(ArticleModel, CorpusArticleRef)>(facts.Count);
            for (int i = 0; i < facts.Count; i++) renamed.Add((facts[i].Article, renames.Apply(refs[i])));
            return Combine(renamed, links, naming, renames);
        }

        /// <summary>What one article asks of the corpus's naming: its own identifier and one per statement (the speaker's surname
        /// as the corpus spells it). Its facts hold the requests with the article's own spellings; only a statement whose speaker
        /// the corpus spells with another surname gets a new request, so the naming step over every article allocates almost
        /// nothing per statement.</summary>
        public static ArticleNameAsks NameAsks(ArticleFacts f, CorpusLinks links)
        {
            var a = f.Article;
            var own = f.OwnAsks;
            NameAsk[]? statements = null;
            for (int k = 0; k < a.Statements.Count; k++)
            {
                var s = a.Statements[k];
                var who = links.Person(s.Speaker);
                // a speaker that is no person (an organisation, a group) keeps the article's own spelling in the identifier
                if (who == null || LastNameIs(who.Name, f.Statements[k].SpeakerSurname)) continue;
                statements ??= own.Statements.ToArray();
                statements[k] = own.Statements[k] with { Base = StatementIdentifier(LastName(who.Name), s.Text) };
            }
            return statements == null ? own : own with { Statements = new EquatableArray<NameAsk>(statements) };
        }

        /// <summary>The article's naming requests with its own spellings: its identifier, and each statement's identifier with the
        /// speaker's surname as the article spells it.</summary>
        internal static ArticleNameAsks OwnNameAsks(ArticleModel a, string articleIdentifier, IReadOnlyList<StatementFacts> facts)
        {
            string stem = StableNames.FileStem(a.File);
            var article = new NameAsk(articleIdentifier, a.Published.IsNone ? null : a.Published.ToIso(), stem, a.File);
            var statements = new NameAsk[a.Statements.Count];
            for (int k = 0; k < statements.Length; k++)
                statements[k] = new NameAsk(facts[k].Identifier, a.Statements[k].Event, stem, a.File + "#" + k.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
            return new ArticleNameAsks(a.File, article, new EquatableArray<NameAsk>(statements));
        }

        /// <summary>Whether <see cref="LastName"/> of <paramref name="name"/> is <paramref name="surname"/>, without splitting.</summary>
        internal static bool LastNameIs(string name, string? surname)
        {
            if (surname is null) return false;
            int end = name.Length;
            while (end > 0 && name[end - 1] == ' ') end--;
            if (end == 0) return string.Equals(name, surname, StringComparison.Ordinal);
            int start = name.LastIndexOf(' ', end - 1) + 1;
            return end - start == surname.Length && string.CompareOrdinal(name, start, surname, 0, surname.Length) == 0;
        }

        /// <summary>The names of articles and statements that a collision decided (StableNames over every request of the scope);
        /// every other request gets its base name bare. Small and equal across most edits, so the per-article steps that read it stay cached.</summary>
        [MethodImpl(Jit.Optimized)]
        public static CorpusNaming Naming(IReadOnlyList<ArticleNameAsks> inFileOrder)
        {
            var diagnostics = new List<DiagnosticModel>();
            var articles = Decide("Articles", inFileOrder, a => new[] { a.Article }, diagnostics);
            var statements = Decide("Statements", inFileOrder, a => a.Statements, diagnostics);
            return new CorpusNaming(articles, statements, diagnostics.ToEquatableArray());
        }

        /// <summary>Every name of a scope that is not its request's base (collision groups, and a reserved base wanted by one
        /// record only): the bases are counted over every request, and only the requests whose base is wanted twice or reserved go
        /// to <see cref="StableNames"/> (the rest are named by their base, bare), so an edit costs one count per request.</summary>
        private static EquatableArray<DecidedName> Decide(string scope, IReadOnlyList<ArticleNameAsks> inFileOrder, Func<ArticleNameAsks, IReadOnlyList<NameAsk>> asksOf,
            List<DiagnosticModel> diagnostics)
        {
            var reserved = new HashSet<string>(Reserved(scope), StringComparer.OrdinalIgnoreCase);
            int total = 0;
            foreach (var a in inFileOrder) total += asksOf(a).Count;
            var counts = new Dictionary<string, int>(total, StringComparer.OrdinalIgnoreCase);
            foreach (var a in inFileOrder)
                foreach (var ask in asksOf(a))
                    counts[ask.Base] = counts.TryGetValue(ask.Base, out int n) ? n + 1 : 1;
            int wanted = 0;
            foreach (var a in inFileOrder)
                foreach (var ask in asksOf(a))
                    if (counts[ask.Base] > 1 || reserved.Contains(ask.Base)) wanted++;
            // sized once: a corpus of thousands of collisions would otherwise regrow (and copy) both lists a dozen times
            var requests = new List<NameRequest>(wanted);
            var owners = new List<string>(wanted);
            foreach (var a in inFileOrder)
                foreach (var ask in asksOf(a))
                    if (counts[ask.Base] > 1 || reserved.Contains(ask.Base))
                    {
                        requests.Add(ask.Request());
                        owners.Add(a.File);
                    }
            if (requests.Count == 0) return EquatableArray<DecidedName>.Empty;
            var ids = StableNames.Assign(requests, reserved, counts.ContainsKey, out var collisions);
            NameDiagnostics.Collisions(diagnostics, scope, collisions, i => new[] { owners[i] });
            var decided = new List<DecidedName>(ids.Length);
            for (int i = 0; i < ids.Length; i++)
                if (!string.Equals(ids[i], requests[i].Base, StringComparison.Ordinal)) decided.Add(new DecidedName(requests[i].Key, ids[i]));
            decided.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
            return decided.ToEquatableArray();
        }

        /// <summary>One article's corpus decisions before curated renames: its identifier, its events' merged identifiers, its
        /// statements' identifiers, speakers and events. Look-ups only.</summary>
        public static CorpusArticleRef ArticleRef(ArticleModel a, ArticleNameAsks asks, CorpusLinks links, CorpusNaming naming)
        {
            var eventIds = new string[a.Events.Count];
            for (int i = 0; i < eventIds.Length; i++) eventIds[i] = links.EventId(a.File, i);
            var stmts = new CorpusStatementRef[a.Statements.Count];
            for (int k = 0; k < stmts.Length; k++)
            {
                var s = a.Statements[k];
                var who = links.Person(s.Speaker);
                string? eventId = null;
                int idx = a.EventIndexOf(s); // by identity, not by name
                if (idx >= 0 && eventIds[idx].Length > 0) eventId = eventIds[idx];
                stmts[k] = new CorpusStatementRef(naming.StatementName(asks.Statements[k]), who?.Id, eventId);
            }
            return new CorpusArticleRef(a.File, naming.ArticleName(asks.Article), new EquatableArray<string>(eventIds), new EquatableArray<CorpusStatementRef>(stmts));
        }

        /// <summary>The curated renames (<c>ids:</c>) checked against every identifier of the corpus; empty, without looking at
        /// the identifiers, when no article has any.</summary>
        public static RenamePlan Renames(IEnumerable<RenameModel> renames, IReadOnlyList<ArticleNameAsks> asks, CorpusLinks links, CorpusNaming naming)
        {
            var list = renames.ToList();
            if (list.Count == 0) return RenamePlan.None;
            return Renamer.Plan(list, asks.Select(a => naming.ArticleName(a.Article)), links.Events.Select(e => e.Id),
                asks.SelectMany(a => a.Statements).Select(naming.StatementName),
                links.People.Select(p => p.Id), links.Places.Select(p => p.Id), links.Organizations.Select(p => p.Id));
        }

        /// <summary>The corpus from the articles (file order) with their renamed decisions: events get their mentions and their
        /// chronological order; people, places and organisations their curated names. Look-ups and one sort of the events.</summary>
        [MethodImpl(Jit.Optimized)]
        public static CorpusModel Combine(IReadOnlyList<(ArticleModel Article, CorpusArticleRef Ref)> inFileOrder, CorpusLinks links, CorpusNaming naming, RenamePlan renames)
        {
            var byFile = new Dictionary<string, ArticleModel>(StringComparer.Ordinal);
            foreach (var (a, _) in inFileOrder) byFile[a.File] = a;

            var events = new List<CorpusEventModel>(links.Events.Count);
            foreach (var e in links.Events)
            {
                var sources = new List<SourceModel>();
                foreach (var m in e.Members)
                    if (byFile.TryGetValue(m.File, out var a) && m.Index < a.Events.Count)
                        foreach (var span in a.Events[m.Index].Mentions) sources.Add(new SourceModel(m.File, span));
                events.Add(new CorpusEventModel(e.Id, e.Name, e.Kind, e.Start, e.End, e.LocationId, e.ParticipantIds, e.Aliases,
                    sources.ToEquatableArray(), e.ArticleFiles));
            }
            // chronological as SeedGen.PartialDate orders (an unknown part after every known one: 2016-12-09 before 2016), undated last
            events = events.OrderBy(e => e.Start.IsNone ? 1 : 0)
                .ThenBy(e => e.Start.Year == 0 ? 10000 : e.Start.Year).ThenBy(e => e.Start.Month == 0 ? 13 : e.Start.Month).ThenBy(e => e.Start.Day == 0 ? 32 : e.Start.Day)
                .ThenBy(e => e.Sources.Count > 0 ? e.Sources[0].File : "", StringComparer.Ordinal)
                .ThenBy(e => e.Sources.Count > 0 ? e.Sources[0].Span.Offset : 0)
                .ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

            var diagnostics = new List<DiagnosticModel>(naming.Diagnostics);
            diagnostics.AddRange(links.Diagnostics);
            diagnostics.AddRange(renames.Diagnostics);
            var refs = new CorpusArticleRef[inFileOrder.Count];
            for (int i = 0; i < refs.Length; i++) refs[i] = inFileOrder[i].Ref;
            if (renames.IsEmpty)
                return new CorpusModel(new EquatableArray<CorpusArticleRef>(refs), events.ToEquatableArray(), links.People, links.Places, links.Organizations,
                    diagnostics.ToEquatableArray());
            return new CorpusModel(new EquatableArray<CorpusArticleRef>(refs), events.Select(renames.Apply).ToEquatableArray(),
                links.People.Select(p => p with { Id = renames.Map(RenamePlan.People, p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                links.Places.Select(p => p with { Id = renames.Map(RenamePlan.Places, p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                links.Organizations.Select(p => p with { Id = renames.Map(RenamePlan.Organizations, p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                diagnostics.ToEquatableArray());
        }

        internal static string ArticleIdentifier(string title) => Identifiers.ToPascalCase(title, "Article", maxWords: 8);

        /// <summary>A statement's member name: the speaker's surname ("Unattributed" when none) and four key words.</summary>
        internal static string StatementIdentifier(string? speakerSurname, string text) =>
            Identifiers.ToPascalCase((speakerSurname ?? "Unattributed") + " " + string.Join(" ", KeyWords(text, 4)), "Statement", 8);

        /// <summary>Names a generated member may not take in a scope: the scope's own name (CS0542), the members every scope has,
        /// and members of object that a static member would hide.</summary>
        internal static string[] Reserved(string scope) => new[]
        {
            scope, "All", "Find", "Ids", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        internal static string LastName(string name)
        {
            var parts = name.Split(Space, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? name : parts[parts.Length - 1];
        }

        private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "a","an","the","of","in","on","at","to","for","and","or","but","is","are","was","were","be","been","that","this","these","those",
            "it","its","we","our","us","i","you","your","he","she","they","their","will","would","should","can","could","has","have","had",
            "with","by","from","as","not","no","so","such","there","here","which","who","what","all","any","very","most","more","also",
        };

        private const string KeyWordSeparators = " ,.;:!?“”\"()[]‘’\n";

        /// <summary>The first <paramref name="count"/> words of the text of three letters or more that are no stop word; words
        /// are the runs between <see cref="KeyWordSeparators"/>. Reads only as far as the last word it returns.</summary>
        internal static IEnumerable<string> KeyWords(string text, int count)
        {
            var words = new List<string>(count);
            int i = 0;
            while (i < text.Length && words.Count < count)
            {
                while (i < text.Length && KeyWordSeparators.IndexOf(text[i]) >= 0) i++;
                int start = i;
                while (i < text.Length && KeyWordSeparators.IndexOf(text[i]) < 0) i++;
                if (i - start < 3) continue;
                string raw = text.Substring(start, i - start);
                if (!StopWords.Contains(raw)) words.Add(raw);
            }
            return words;
        }

        private static readonly HashSet<string> IdStopWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "on", "in", "and", "to", "with", "for", "a", "an", "at" };

        private static readonly string[] LengthUnits = { "day", "week", "month", "hour", "minute", "year" };

        /// <summary>"three-day", "48-hour", "two-week": a number joined to a unit of time by one hyphen (not "year-long", "high-level").</summary>
        private static bool IsLength(string w)
        {
            int dash = w.IndexOf('-');
            if (dash <= 0 || dash != w.LastIndexOf('-') || Array.IndexOf(LengthUnits, w.Substring(dash + 1).ToLowerInvariant()) < 0) return false;
            string n = w.Substring(0, dash);
            return n.All(char.IsDigit) || SeedGen.Extraction.Time.TimeLexicon.Default.NumberWords.ContainsKey(n);
        }

        private static string WithoutPossessive(string w) =>
            w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) ? w.Substring(0, w.Length - 2) : w;

        /// <summary>An event's member name: its name's words without function words (at most eight), and its year when known:
        /// "Session of the CIS Council of Ministers of Foreign Affairs" → SessionCISCouncilMinistersForeignAffairs, "Minsk Dialogue" → MinskDialogue2019.</summary>
        internal static string EventIdentifier(string name, string? year)
        {
            // "Yoon's three-day visit to Japan" → YoonVisitJapan: a possessive's "'s" and a length ("three-day", "48-hour") name nothing
            var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries).Where(w => !IdStopWords.Contains(w) && !IsLength(w))
                .Select(WithoutPossessive).ToList();
            // a year written in the name goes to the end, once ("2016 parliamentary elections" → ParliamentaryElections…2016)
            if (year != null) words.RemoveAll(w => w == year);
            string id = Identifiers.ToPascalCase(string.Join(" ", words), "Event", maxWords: 8);
            return id + (year ?? "");
        }
}
}
