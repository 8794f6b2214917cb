using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 2: mentions of one article into events. A naming mention joins the first event it is compatible with (same kind,
    /// names whose words overlap, or the same two people meeting), else starts one; a bare "the meeting" joins the most recent
    /// event of its kind (or any gathering) named before it, or the event named within the next two sentences ("for a two-day
    /// visit. The visit of X to Y …"). The title is read last: it repeats the body.
    /// </summary>
    internal static class MentionGrouper
    {
        private static bool IsGathering(EventKindModel k) =>
            k is EventKindModel.Conference or EventKindModel.Forum or EventKindModel.Summit or EventKindModel.Meeting or EventKindModel.Session;

        [MethodImpl(Jit.Optimized)]
        public static List<EventDraft> Group(List<EventMention> mentions, EventWords words)
        {
            var drafts = new List<EventDraft>();
            var names = new NameTokenCache();
            var pendingForward = new List<(EventMention Mention, EventMention NamedLater)>();
            var ordered = mentions.Where(m => m.SentenceIndex >= 0).Concat(mentions.Where(m => m.SentenceIndex < 0)).ToList();
            foreach (var m in ordered)
            {
                if (m.Generic) continue;
                int target = -1;
                if (m.Named)
                {
                    for (int d = 0; d < drafts.Count && target < 0; d++)
                        if (SameEvent(drafts[d], m, names)) target = d;
                    // "Merkel meets Macron" over a body that reports their talks: the title's meeting of two people is the body's
                    // meeting or talks of the same two, unless those were held at a distance (a phone call)
                    if (target < 0 && m.SentenceIndex < 0 && m.People.Count >= 2 && MeetingLike(m.Kind))
                        for (int d = 0; d < drafts.Count && target < 0; d++)
                            if (MeetingLike(drafts[d].Kind) && drafts[d].Participants.Count(m.People.Contains) >= 2 && !words.NamesRemote(drafts[d].Name)) target = d;
                    // "… the Latin American summit. The Rio Group summit, which …": a definite second name of the one summit so far
                    if (target < 0 && m.Definite && words.SinglePerArticle.Contains(m.Kind) && drafts.Count(x => x.Kind == m.Kind) == 1)
                    {
                        int only = drafts.FindIndex(x => x.Kind == m.Kind);
                        if (drafts[only].Mentions.All(x => !OtherPlace(x, m) && x.Edition == m.Edition)) target = only;
                    }
                    // "Erdogan wins Turkish runoff" over "Turkey's presidential runoff": the headline's election is the body's one
                    // election of its place
                    if (target < 0 && m.SentenceIndex < 0 && m.Kind == EventKindModel.Election && (m.Place ?? m.PlaceAfter) is { } votedIn
                        && drafts.Count(x => x.Kind == EventKindModel.Election && x.Mentions.Any(y => string.Equals(y.Place ?? y.PlaceAfter, votedIn, StringComparison.OrdinalIgnoreCase))) == 1)
                        target = drafts.FindIndex(x => x.Kind == EventKindModel.Election && x.Mentions.Any(y => string.Equals(y.Place ?? y.PlaceAfter, votedIn, StringComparison.OrdinalIgnoreCase)));
                    // "Sanders wins 2020 Nevada caucuses" … "the 2020 caucuses": a definite shorter form of the headline's event,
                    // with no place of its own, is the event of the headline's place
                    if (target < 0 && m.AfterThe && m.Place == null && m.SentenceIndex >= 0) target = HeadlineEvent(drafts, m, mentions, names);
                    if (target < 0)
                    {
                        drafts.Add(new EventDraft { Name = m.Name, Kind = m.Kind });
                        target = drafts.Count - 1;
                    }
                }
                else
                {
                    // "the meeting", "the forum": the most recent event of that kind mentioned before
                    for (int d = drafts.Count - 1; d >= 0 && target < 0; d--)
                        if (drafts[d].Mentions.Any(x => x.Start < m.Start) && (drafts[d].Kind == m.Kind || m.Kind == EventKindModel.Other)) target = d;
                    // "the conference" for a meeting the text also calls a conference: the most recent gathering of any kind; a
                    // head with words of its own before it ("the climate summit") describes an event of its own, not the meeting
                    // before it
                    if (target < 0 && IsGathering(m.Kind) && m.AfterThe)
                        for (int d = drafts.Count - 1; d >= 0 && target < 0; d--)
                            if (drafts[d].Mentions.Any(x => x.Start < m.Start) && IsGathering(drafts[d].Kind)) target = d;
                    if (target < 0)
                    {
                        var later = ordered.FirstOrDefault(x => x.Named && !x.Generic && x.Kind == m.Kind && x.Start > m.Start && x.SentenceIndex >= 0
                            && m.SentenceIndex >= 0 && x.SentenceIndex - m.SentenceIndex <= 2);
                        if (later != null) pendingForward.Add((m, later));
                        // "… following the election today": a definite event with its own date and nothing before it to refer
                        // back to is the event the reader is told of
                        if (later == null && m.AfterThe && m.DatedAfter && m.SentenceIndex >= 0)
                        {
                            drafts.Add(new EventDraft { Name = m.Name, Kind = m.Kind });
                            target = drafts.Count - 1;
                        }
                        else continue;
                    }
                }
                m.Event = target;
                var draft = drafts[target];
                draft.Mentions.Add(m);
                if (m.Named && names.Of(m.Name).Count > names.Of(draft.Name).Count && m.SentenceIndex >= 0) { draft.Aliases.Add(draft.Name); draft.Name = m.Name; }
                else if (m.Named && !string.Equals(m.Name, draft.Name, StringComparison.OrdinalIgnoreCase)) draft.Aliases.Add(m.Name);
                foreach (var a in m.Aliases) draft.Aliases.Add(a);
                foreach (var p in m.People) if (!draft.Participants.Contains(p)) draft.Participants.Add(p);
            }
            foreach (var (early, later) in pendingForward)
            {
                if (later.Event < 0) continue;
                early.Event = later.Event;
                drafts[later.Event].Mentions.Insert(0, early);
            }
            return drafts;
        }

        /// <summary>Two mentions that each name a place (their own, or "in X" right after the phrase) and name different ones.</summary>
        private static bool OtherPlace(EventMention a, EventMention b)
        {
            string? x = a.Place ?? a.PlaceAfter, y = b.Place ?? b.PlaceAfter;
            return x != null && y != null && !string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }

        private static bool MeetingLike(EventKindModel k) => k is EventKindModel.Meeting or EventKindModel.Talks;

        /// <summary>The draft of the headline's event that <paramref name="m"/> shortens: a title mention of its kind whose name
        /// has all of m's words (at least two) and a place, and an event so far of that kind and place; else -1.</summary>
        private static int HeadlineEvent(List<EventDraft> drafts, EventMention m, List<EventMention> mentions, NameTokenCache names)
        {
            var a = names.Of(m.Name);
            if (a.Count < 2) return -1;
            foreach (var tm in mentions)
            {
                if (tm.SentenceIndex >= 0 || tm.Kind != m.Kind || tm.Place == null || !tm.Named) continue;
                var b = names.Of(tm.Name);
                if (b.Count <= a.Count || !a.All(b.Contains)) continue;
                for (int d = 0; d < drafts.Count; d++)
                    if (drafts[d].Kind == m.Kind && drafts[d].Mentions.Any(x => string.Equals(x.Place, tm.Place, StringComparison.OrdinalIgnoreCase))) return d;
            }
            return -1;
        }

        /// <summary>The name words (<see cref="EventNameTokens.Of"/>, singular) of each name, worked out once per article: the
        /// grouping compares every mention's name with every draft's names. The lists are read, never changed.</summary>
        private sealed class NameTokenCache
        {
            private readonly Dictionary<string, List<string>> _tokens = new(StringComparer.Ordinal);

            public List<string> Of(string name)
            {
                if (!_tokens.TryGetValue(name, out var tokens)) _tokens[name] = tokens = EventNameTokens.Of(name, singular: true, dropMeeting: false);
                return tokens;
            }
        }

        private static bool SameEvent(EventDraft d, EventMention m, NameTokenCache names)
        {
            if (d.Kind != m.Kind) return false;
            var a = names.Of(m.Name);
            // events held in different places are different events ("protests in Suez", "protests in Alexandria")
            if (m.Place != null && d.Mentions.Any(x => x.Place != null && !string.Equals(x.Place, m.Place, StringComparison.OrdinalIgnoreCase))
                && m.Kind is EventKindModel.Election or EventKindModel.Protest) return false;
            // "the next G20 summit" is not "the G20 summit" the article reports; "the G20 summit in Buenos Aires" is not the one in Osaka
            if (d.Mentions.Any(x => x.Edition != m.Edition || IsGathering(m.Kind) && OtherPlace(x, m))) return false;
            for (int k = -1; k < d.Aliases.Count; k++)
            {
                var b = names.Of(k < 0 ? d.Name : d.Aliases[k]);
                if (a.Count == 0 || b.Count == 0) continue;
                bool subset = a.All(b.Contains) || b.All(a.Contains);
                int common = a.Count(b.Contains);
                double f1 = 2.0 * common / (a.Count + b.Count);
                if (subset && Math.Min(a.Count, b.Count) >= 2) return true;
                if (f1 >= 0.75) return true;
            }
            // "the first state visit to Canada" and "Bush visited Canada": one article's visits to one place are one visit
            if (m.Kind == EventKindModel.Visit && m.Place != null && d.Mentions.Any(x => string.Equals(x.Place, m.Place, StringComparison.OrdinalIgnoreCase))) return true;
            // "The French go to the polls on Sunday for the second round of a parliamentary election": two mentions of elections in
            // one sentence, in no different places, are one election
            if (m.Kind == EventKindModel.Election && m.SentenceIndex >= 0
                && d.Mentions.Any(x => x.SentenceIndex == m.SentenceIndex && !OtherPlace(x, m) && !(x.Year.HasYear && m.Year.HasYear && x.Year != m.Year))) return true;
            // the same people meeting: "Lukashenka met with Mitchell" and "Mitchell, who met with Lukashenko"
            if (m.People.Count >= 2 && d.Participants.Count(m.People.Contains) >= 2) return true;
            return false;
        }
    }
}
