using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;

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
    }

    /// <summary>Decides which article events are the same event and completes partial dates from the group.
    /// Two events are the same when they are of one kind, their dates do not conflict, their places do not conflict (a city
    /// and its country agree), and either their names match (token overlap, abbreviations expanded) or the same two or more
    /// people meet. Deterministic: articles in file order, events in text order, first matching group wins.</summary>
    public static class EventMerger
    {
        public static List<MergedEvent> Merge(IReadOnlyList<ArticleModel> articlesInFileOrder) =>
            Merge(articlesInFileOrder, n => n, _ => null);

        /// <param name="canonicalPerson">Maps an article's person name to the corpus's canonical name.</param>
        /// <param name="countryOf">The country a place lies in (null when unknown or when it is a country).</param>
        public static List<MergedEvent> Merge(IReadOnlyList<ArticleModel> articlesInFileOrder, Func<string, string> canonicalPerson, Func<string, string?> countryOf)
        {
            var groups = new List<MergedEvent>();
            var groupIndex = new Dictionary<MergedEvent, int>();
            var index = new Dictionary<(EventKindModel, string), List<int>>();
            foreach (var a in articlesInFileOrder)
            {
                var taken = new HashSet<MergedEvent>();
                for (int i = 0; i < a.Events.Count; i++)
                {
                    var e = a.Events[i];
                    var people = e.Participants.Select(canonicalPerson).Distinct(StringComparer.Ordinal).ToList();
                    // Candidates: groups of the same kind that share a name token or a participant with this event (an inverted
                    // index, so that merging stays near-linear in the number of events); first created wins, as before.
                    var keys = Keys(e, people);
                    var candidates = new SortedSet<int>();
                    foreach (var key in keys)
                        if (index.TryGetValue((e.Kind, key), out var list)) foreach (int gi in list) candidates.Add(gi);
                    // an article's own events are distinct: never merge two of them into one group
                    MergedEvent? g = null;
                    foreach (int gi in candidates)
                        if (!taken.Contains(groups[gi]) && Same(groups[gi], e, people, countryOf)) { g = groups[gi]; break; }
                    if (g == null)
                    {
                        g = new MergedEvent { Name = e.Name, Kind = e.Kind, Start = e.Start, End = e.End, Location = e.Location };
                        groups.Add(g);
                        groupIndex[g] = groups.Count - 1;
                    }
                    else
                    {
                        // the fuller name wins; dates are completed; a city is more precise than its country
                        if (Tokens(e.Name).Count > Tokens(g.Name).Count && !e.Name.StartsWith("Meeting of ", StringComparison.Ordinal)) { g.Aliases.Add(g.Name); g.Name = e.Name; }
                        else if (!string.Equals(e.Name, g.Name, StringComparison.OrdinalIgnoreCase)) g.Aliases.Add(e.Name);
                        g.Start = Combine(g.Start, e.Start);
                        g.End = Combine(g.End, e.End);
                        if (g.Location == null || (e.Location != null && countryOf(e.Location) == g.Location)) g.Location = e.Location ?? g.Location;
                    }
                    foreach (var key in keys)
                    {
                        if (!index.TryGetValue((e.Kind, key), out var list)) index[(e.Kind, key)] = list = new List<int>();
                        int gix = groupIndex[g];
                        if (list.Count == 0 || list[list.Count - 1] != gix) list.Add(gix);
                    }
                    taken.Add(g);
                    g.Members.Add(new EventMember(a.File, i, e));
                    foreach (var p in e.Participants) if (!g.Participants.Contains(p)) g.Participants.Add(p);
                    foreach (var al in e.Aliases) if (!g.Aliases.Contains(al) && !string.Equals(al, g.Name, StringComparison.OrdinalIgnoreCase)) g.Aliases.Add(al);
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
                    if (c != p && g.Name.IndexOf(p, StringComparison.Ordinal) >= 0 && g.Name.IndexOf(c, StringComparison.Ordinal) < 0) { g.Aliases.Add(g.Name); g.Name = g.Name.Replace(p, c); }
                }
                g.Aliases.RemoveAll(x => string.Equals(x, g.Name, StringComparison.OrdinalIgnoreCase));
            }
            return groups;
        }

        private static bool Same(MergedEvent g, EventModel e, List<string> people, Func<string, string?> countryOf)
        {
            if (!Compatible(g.Start, e.Start) || !Compatible(g.End, e.End)) return false;
            if (g.Location != null && e.Location != null && !string.Equals(g.Location, e.Location, StringComparison.OrdinalIgnoreCase)
                && countryOf(g.Location) != e.Location && countryOf(e.Location) != g.Location) return false;
            foreach (var name in g.Members.Select(m => m.Event.Name).Concat(g.Aliases).Append(g.Name))
                foreach (var other in e.Aliases.Append(e.Name))
                {
                    var a = Tokens(name);
                    var b = Tokens(other);
                    if (a.Count < 2 || b.Count < 2) continue;
                    int common = a.Count(b.Contains);
                    bool subset = a.All(b.Contains) || b.All(a.Contains);
                    if (subset || 2.0 * common / (a.Count + b.Count) >= 0.6) return true;
                }
            // the same people meeting (names normalised across the corpus)
            var groupPeople = g.Members.SelectMany(m => m.Event.Participants).ToList();
            if (people.Count >= 2 && g.Kind == EventKindModel.Meeting && g.Members.Any(m => m.Event.Name.StartsWith("Meeting of ", StringComparison.Ordinal))
                && e.Name.StartsWith("Meeting of ", StringComparison.Ordinal))
            {
                var first = g.Members.First(m => m.Event.Name.StartsWith("Meeting of ", StringComparison.Ordinal)).Event.Participants;
                return people.Take(2).All(p => first.Contains(p) || groupPeople.Contains(p)) || people.Count(groupPeople.Contains) >= 2;
            }
            return false;
        }

        /// <summary>The index keys of an event: its name and alias tokens, and its participants.</summary>
        private static HashSet<string> Keys(EventModel e, List<string> people)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in e.Aliases.Append(e.Name)) foreach (var t in Tokens(n)) keys.Add("t:" + t);
            foreach (var p in people) keys.Add("p:" + p);
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

        private static List<string> Tokens(string name) => Events.EventNameTokens.Of(name, singular: false, dropMeeting: true);
    }
}
