using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>One article's event inside a merged group.</summary>
    public sealed record EventMember(string File, int Index, EventModel Event);

    /// <summary>Events of several articles that are the same real event.</summary>
    public sealed class MergedEvent
    {
        public string Name { get; set; } = "";
        public EventKindModel Kind { get; set; }
        public DateValue Start { get; set; }
        public DateValue End { get; set; }
        public string? Location { get; set; }
        public List<string> Participants { get; } = new();
        public List<string> Aliases { get; } = new();
        public List<EventMember> Members { get; } = new();

        // What comparing a new event against the group needs, kept as members join (a group can have thousands of members):
        // the distinct names and aliases its members were reported under with their tokens, every member's participants, and
        // the participants of the first "Meeting of …" member.
        internal int Index;
        internal readonly HashSet<string> NamesSeen = new(StringComparer.Ordinal);
        private readonly HashSet<string> _aliasSet = new(StringComparer.Ordinal);
        private readonly HashSet<string> _participantSet = new(StringComparer.Ordinal);

        /// <summary>Adds an alias once (a group can have thousands of members reporting it under the same name).</summary>
        internal void AddAlias(string alias)
        {
            if (!string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase) && _aliasSet.Add(alias)) Aliases.Add(alias);
        }

        /// <summary>Adds a participant once.</summary>
        internal void AddParticipant(string person)
        {
            if (_participantSet.Add(person)) Participants.Add(person);
        }

        /// <summary>The fuller name wins; the old one becomes an alias.</summary>
        internal void Rename(string name)
        {
            string old = Name;
            Name = name;
            AddAlias(old);
        }
        internal readonly List<IReadOnlyList<string>> NameTokens = new();

        internal static int IndexOf(IReadOnlyList<string> tokens, string t)
        {
            for (int i = 0; i < tokens.Count; i++) if (string.Equals(tokens[i], t, StringComparison.Ordinal)) return i;
            return -1;
        }
        internal readonly HashSet<string> MemberPeople = new(StringComparer.Ordinal);
        internal EquatableArray<string>? FirstMeetingOfParticipants;

        // An inverted index over NameTokens (the names of two tokens or more): token → (name, how often the name has it), so a
        // new event's name is compared with the names that share a token with it only (a big group has hundreds of names).
        internal readonly Dictionary<string, List<(int Name, int Times)>> TokenIndex = new(StringComparer.Ordinal);
        internal bool AllNamesShort = true;

        internal void Join(EventMember m, Func<string, IReadOnlyList<string>> tokens)
        {
            Members.Add(m);
            foreach (var n in m.Event.Aliases.Append(m.Event.Name))
                if (NamesSeen.Add(n))
                {
                    var t = tokens(n);
                    NameTokens.Add(t);
                    if (t.Count < 2) continue;
                    AllNamesShort = false;
                    int ni = NameTokens.Count - 1;
                    for (int k = 0; k < t.Count; k++)
                    {
                        if (IndexOf(t, t[k]) < k) continue; // counted at its first occurrence
                        int times = 0;
                        for (int j = k; j < t.Count; j++) if (string.Equals(t[j], t[k], StringComparison.Ordinal)) times++;
                        if (!TokenIndex.TryGetValue(t[k], out var list)) TokenIndex[t[k]] = list = new List<(int, int)>();
                        list.Add((ni, times));
                    }
                }
            foreach (var p in m.Event.Participants) MemberPeople.Add(p);
            if (FirstMeetingOfParticipants == null && m.Event.Name.StartsWith("Meeting of ", StringComparison.Ordinal)) FirstMeetingOfParticipants = m.Event.Participants;
        }
    }

    /// <summary>Decides which article events are the same event and completes partial dates from the group.
    /// Two events are the same when they are of one kind, their dates do not conflict, their places do not conflict (a city
    /// and its country agree), and either their names match (token overlap, abbreviations expanded), or one is a bare head
    /// ("the summit") of a big event of the other's kind on the same day, or the same two or more people meet. Deterministic: articles in file order, events in text order, first matching group wins.</summary>
    public static class EventMerger
    {
        public static List<MergedEvent> Merge(IReadOnlyList<ArticleModel> articlesInFileOrder) =>
            Merge(articlesInFileOrder.Select(a => (a.File, (IReadOnlyList<EventModel>)a.Events)).ToList(), n => n, _ => null);

        /// <param name="canonicalPerson">Maps an article's person name to the corpus's canonical name.</param>
        /// <param name="countryOf">The country a place lies in (null when unknown or when it is a country).</param>
        /// <param name="tokens">The tokens of an event name (precomputed per article by <see cref="ArticleFacts"/>); computed when null.</param>
        /// <param name="articlesInFileOrder">Each article's file and events, in file order.</param>
        [MethodImpl(Jit.Optimized)]
        public static List<MergedEvent> Merge(IReadOnlyList<(string File, IReadOnlyList<EventModel> Events)> articlesInFileOrder, Func<string, string> canonicalPerson, Func<string, string?> countryOf,
            Func<string, IReadOnlyList<string>>? tokens = null)
        {
            var groups = new List<MergedEvent>();
            // (kind, key, year the group had when indexed; 0 = not known yet): an event of a known year can only join a group of
            // that year or of none (dates must not conflict), so it looks in two buckets instead of every year's groups.
            // keys are (is a person, token or name): no string is built per event
            // each group once per key (a group that thousands of events join is not listed thousands of times)
            var index = new Dictionary<(EventKindModel, bool, string, int), HashSet<int>>();
            var anyYear = new Dictionary<(EventKindModel, bool, string), HashSet<int>>();
            var candidates = new List<int>();
            // Names recur across articles (one event, many reports): tokenise each distinct name once per merge.
            var tokenCache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            IReadOnlyList<string> Tokens(string name)
            {
                if (!tokenCache.TryGetValue(name, out var t)) tokenCache[name] = t = tokens != null ? tokens(name) : EventMerger.Tokens(name);
                return t;
            }
            foreach (var a in articlesInFileOrder)
            {
                var taken = new HashSet<int>();
                for (int i = 0; i < a.Events.Count; i++)
                {
                    var e = a.Events[i];
                    var people = e.Participants.Select(canonicalPerson).Distinct(StringComparer.Ordinal).ToList();
                    // Candidates: groups of the same kind that share a name token or a participant with this event (an inverted
                    // index, so that merging stays near-linear in the number of events); first created wins, as before.
                    var keys = Keys(e, people, Tokens);
                    candidates.Clear();
                    foreach (var (isPerson, key) in keys)
                    {
                        if (e.Start.Year == 0)
                        {
                            if (anyYear.TryGetValue((e.Kind, isPerson, key), out var all)) candidates.AddRange(all);
                            continue;
                        }
                        if (index.TryGetValue((e.Kind, isPerson, key, e.Start.Year), out var list)) candidates.AddRange(list);
                        if (index.TryGetValue((e.Kind, isPerson, key, 0), out var undated)) candidates.AddRange(undated);
                    }
                    // in creation order, each once
                    candidates.Sort();
                    int distinct = 0;
                    for (int c = 0; c < candidates.Count; c++)
                        if (c == 0 || candidates[c] != candidates[c - 1]) candidates[distinct++] = candidates[c];
                    candidates.RemoveRange(distinct, candidates.Count - distinct);
                    // an article's own events are distinct: never merge two of them into one group
                    MergedEvent? g = null;
                    List<IReadOnlyList<string>>? names = null;
                    foreach (int gi in candidates)
                    {
                        if (taken.Contains(gi)) continue;
                        names ??= e.Aliases.Append(e.Name).Select(Tokens).Where(t => t.Count >= 2).ToList();
                        if (Same(groups[gi], e, names, people, countryOf)) { g = groups[gi]; break; }
                    }
                    if (g == null)
                    {
                        g = new MergedEvent { Name = e.Name, Kind = e.Kind, Start = e.Start, End = e.End, Location = e.Location, Index = groups.Count };
                        groups.Add(g);
                    }
                    else
                    {
                        // the fuller name wins; dates are completed; a city is more precise than its country
                        if (Tokens(e.Name).Count > Tokens(g.Name).Count && !e.Name.StartsWith("Meeting of ", StringComparison.Ordinal)) g.Rename(e.Name);
                        else g.AddAlias(e.Name);
                        g.Start = Combine(g.Start, e.Start);
                        g.End = Combine(g.End, e.End);
                        if (g.Location == null || (e.Location != null && countryOf(e.Location) == g.Location)) g.Location = e.Location ?? g.Location;
                    }
                    foreach (var (isPerson, key) in keys)
                    {
                        int gix = g.Index;
                        if (!index.TryGetValue((e.Kind, isPerson, key, g.Start.Year), out var list)) index[(e.Kind, isPerson, key, g.Start.Year)] = list = new HashSet<int>();
                        list.Add(gix);
                        if (!anyYear.TryGetValue((e.Kind, isPerson, key), out var all)) anyYear[(e.Kind, isPerson, key)] = all = new HashSet<int>();
                        all.Add(gix);
                    }
                    taken.Add(g.Index);
                    g.Join(new EventMember(a.File, i, e), Tokens);
                    foreach (var p in e.Participants) g.AddParticipant(p);
                    foreach (var al in e.Aliases) g.AddAlias(al);
                }
            }
            // a year that one article makes certain completes the month-day range of the others
            foreach (var g in groups)
            {
                if (g.End.Year == 0 && g.End.Month != 0 && g.Start.Year != 0 && g.Start.Month != 0 && g.End.Month >= g.Start.Month)
                    g.End = new DateValue(g.Start.Year, g.End.Month, g.End.Day);
                // "Meeting of Aleksandr Lukashenko with …": people in the name as the corpus names them
                foreach (var p in g.Members.SelectMany(m => m.Event.Participants).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal))
                {
                    string c = canonicalPerson(p);
                    if (c != p && g.Name.IndexOf(p, StringComparison.Ordinal) >= 0 && g.Name.IndexOf(c, StringComparison.Ordinal) < 0) g.Rename(g.Name.Replace(p, c));
                }
                g.Aliases.RemoveAll(x => string.Equals(x, g.Name, StringComparison.OrdinalIgnoreCase));
            }
            return groups;
        }

        private static bool Same(MergedEvent g, EventModel e, List<IReadOnlyList<string>> others, List<string> people, Func<string, string?> countryOf)
        {
            if (!Compatible(g.Start, e.Start) || !Compatible(g.End, e.End)) return false;
            if (g.Location != null && e.Location != null && !string.Equals(g.Location, e.Location, StringComparison.OrdinalIgnoreCase)
                && countryOf(g.Location) != e.Location && countryOf(e.Location) != g.Location) return false;
            // names: every name and alias the group's members were reported under (the group's own name and aliases come from these)
            if (NamesMatch(g, others)) return true;
            // "the summit" and "the Riga summit" on one day: a bare head names the one big event of its kind that day (summits,
            // conferences, forums, congresses: Lexicon/event-words.yaml single_per_article), when the places agree (above)
            if (Events.EventWords.Default.SinglePerArticle.Contains(e.Kind) && e.Start.IsComplete && g.Start == e.Start
                && (others.Count == 0 || g.AllNamesShort)) return true;
            // the same people meeting (names normalised across the corpus)
            if (people.Count >= 2 && g.Kind == EventKindModel.Meeting && g.FirstMeetingOfParticipants is { } first
                && e.Name.StartsWith("Meeting of ", StringComparison.Ordinal))
            {
                var groupPeople = g.MemberPeople;
                return people.Take(2).All(p => first.Contains(p) || groupPeople.Contains(p)) || people.Count(groupPeople.Contains) >= 2;
            }
            return false;
        }

        /// <summary>Whether a name the group's members were reported under (two tokens or more) matches one of the event's:
        /// one's tokens all in the other's, or a token overlap (Dice) of 0.6 or more. Only the group's names that share a token
        /// with the event's name are looked at (<see cref="MergedEvent.TokenIndex"/>); the answer is the pairwise comparison's.</summary>
        private static bool NamesMatch(MergedEvent g, List<IReadOnlyList<string>> others)
        {
            if (g.AllNamesShort || others.Count == 0) return false;
            var common = new Dictionary<int, (int InA, int InB)>();
            foreach (var b in others)
            {
                common.Clear();
                for (int k = 0; k < b.Count; k++)
                {
                    if (MergedEvent.IndexOf(b, b[k]) < k || !g.TokenIndex.TryGetValue(b[k], out var names)) continue;
                    int timesInB = 0;
                    for (int j = k; j < b.Count; j++) if (string.Equals(b[j], b[k], StringComparison.Ordinal)) timesInB++;
                    foreach (var (name, timesInA) in names)
                    {
                        common.TryGetValue(name, out var c);
                        common[name] = (c.InA + timesInA, c.InB + timesInB);
                    }
                }
                // InA: how many of a's tokens are in b (a.Count(b.Contains)); InB: how many of b's are in a
                foreach (var kv in common)
                {
                    var c = kv.Value;
                    int aCount = g.NameTokens[kv.Key].Count;
                    if (c.InA == aCount || c.InB == b.Count || 2.0 * c.InA / (aCount + b.Count) >= 0.6) return true;
                }
            }
            return false;
        }

        /// <summary>The index keys of an event: its name and alias tokens, and its participants.</summary>
        private static HashSet<(bool IsPerson, string Key)> Keys(EventModel e, List<string> people, Func<string, IReadOnlyList<string>> tokens)
        {
            var keys = new HashSet<(bool, string)>();
            foreach (var n in e.Aliases.Append(e.Name)) foreach (var t in tokens(n)) keys.Add((false, t));
            foreach (var p in people) keys.Add((true, p));
            return keys;
        }

        /// <summary>Two dates conflict only when a part both know differs.</summary>
        private static bool Compatible(DateValue a, DateValue b) =>
            (a.Year == 0 || b.Year == 0 || a.Year == b.Year) && (a.Month == 0 || b.Month == 0 || a.Month == b.Month) && (a.Day == 0 || b.Day == 0 || a.Day == b.Day);

        private static DateValue Combine(DateValue a, DateValue b)
        {
            if (a.IsNone) return b;
            if (b.IsNone) return a;
            return new DateValue(a.Year != 0 ? a.Year : b.Year, a.Month != 0 ? a.Month : b.Month, a.Day != 0 ? a.Day : b.Day);
        }

        internal static List<string> Tokens(string name) => Events.EventNameTokens.Of(name, singular: false, dropMeeting: true);
    }
}
