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

    /// <summary>Decides which article events are the same event (name similarity, place, compatible dates) and completes
    /// partial dates from the group. Deterministic: articles in file order, events in text order.</summary>
    public static class EventMerger
    {
        public static List<MergedEvent> Merge(IReadOnlyList<ArticleModel> articlesInFileOrder)
        {
            // Baseline: same name (case-insensitive) = same event. The events work package refines this.
            var groups = new List<MergedEvent>();
            var byName = new Dictionary<string, MergedEvent>(StringComparer.OrdinalIgnoreCase);
            foreach (var a in articlesInFileOrder)
            {
                for (int i = 0; i < a.Events.Count; i++)
                {
                    var e = a.Events[i];
                    if (!byName.TryGetValue(e.Name, out var g))
                    {
                        g = new MergedEvent { Name = e.Name, Kind = e.Kind, Start = e.Start, End = e.End, Location = e.Location };
                        byName[e.Name] = g;
                        groups.Add(g);
                    }
                    g.Members.Add(new EventMember(a.File, i, e));
                    foreach (var p in e.Participants) if (!g.Participants.Contains(p)) g.Participants.Add(p);
                    foreach (var al in e.Aliases) if (!g.Aliases.Contains(al)) g.Aliases.Add(al);
                    if (g.Location == null) g.Location = e.Location;
                    if (g.Start.IsNone) g.Start = e.Start;
                    if (g.End.IsNone) g.End = e.End;
                }
            }
            return groups;
        }
    }
}
