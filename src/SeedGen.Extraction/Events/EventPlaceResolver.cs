using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 3b: an event's place. In order: the place its own phrase names ("visit to Belarus", "protests in Suez",
    /// "Zimbabwe's runoff"); a place attached to a mention's clause by "in", "to", "held in" or a hosting verb ("Minsk is
    /// hosting"), nearest to the mention (a visit only by "to"); the host city its name starts with ("Minsk Dialogue");
    /// for a part of another event ("the plenary session of the forum"), the place of that event. Never merely the nearest
    /// place name of the sentence.
    /// </summary>
    internal static class EventPlaceResolver
    {
        public static string? Resolve(ArticleDocument doc, EventDraft d, EntityIndex entities, LexiconIndex lx, EventWords words)
        {
            foreach (var m in d.Mentions) if (m.Place != null) return m.Place;
            string t = doc.Text;
            foreach (var m in d.Mentions.Where(x => x.SentenceIndex >= 0))
            {
                var s = doc.Sentences[m.SentenceIndex];
                EntityMention? best = null;
                int bestDistance = int.MaxValue;
                foreach (var pm in PlacesIn(entities, s.Offset, s.End))
                {
                    if (pm.Offset >= m.Start && pm.Offset < m.End) continue; // part of the name ("Munich Security Conference")
                    int end = pm.Offset + pm.Length;
                    string before = t.Substring(Math.Max(s.Offset, pm.Offset - 10), pm.Offset - Math.Max(s.Offset, pm.Offset - 10));
                    bool cue = before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" to ", StringComparison.Ordinal) || before.EndsWith("held in ", StringComparison.Ordinal)
                        || HostsAfter(t, end, s.End, words);
                    if (!cue) continue;
                    if (d.Kind == EventKindModel.Visit && !before.EndsWith(" to ", StringComparison.Ordinal)) continue;
                    int distance = Math.Abs(pm.Offset - m.Start);
                    if (distance < bestDistance) { best = pm; bestDistance = distance; }
                }
                if (best != null) return best.Canonical;
            }
            foreach (var m in d.Mentions.Where(x => x.Named))
            {
                var first = m.Name.Split(' ')[0];
                if (lx.Places.TryGetValue(first, out var place) && place.Kind == PlaceKindModel.City && m.Name.StartsWith(first + " ", StringComparison.Ordinal)) return place.Name;
            }
            // "a run-off election is scheduled for May 6" in an article about France: a national vote is held in the country
            // the article is about (the one country it names most, at least twice and more than any other)
            if (words.NationalKinds.Contains(d.Kind)) return DominantCountry(entities);
            return null;
        }

        internal static string? DominantCountry(EntityIndex entities)
        {
            var countries = new HashSet<string>(entities.Places.Where(p => p.Kind == PlaceKindModel.Country).Select(p => p.Name), StringComparer.Ordinal);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pm in entities.Mentions)
                if (pm.Type == EntityType.Place && countries.Contains(pm.Canonical)) counts[pm.Canonical] = counts.TryGetValue(pm.Canonical, out int n) ? n + 1 : 1;
            var ranked = counts.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
            if (ranked.Count == 0 || ranked[0].Value < 2 || ranked.Count > 1 && ranked[1].Value == ranked[0].Value) return null;
            return ranked[0].Key;
        }

        /// <summary>"the plenary session of the forum": a part of an event is where that event is.</summary>
        public static void PartsTakeTheirWholesPlace(List<EventDraft> drafts, EventWords words)
        {
            foreach (var d in drafts)
            {
                if (d.Location != null) continue;
                int of = d.Name.LastIndexOf(" of the ", StringComparison.Ordinal);
                if (of < 0) continue;
                string partOf = d.Name.Substring(of + 8).Trim();
                if (!words.Heads.TryGetValue(partOf, out var parent)) continue;
                var whole = drafts.Where(x => x != d && x.Kind == parent.Kind && x.Location != null).OrderBy(x => x.Mentions.Min(m => m.Start)).FirstOrDefault();
                if (whole != null) d.Location = whole.Location;
            }
        }

        /// <summary>"Minsk is hosting", "Belarus will also host", "the Belarusian capital welcomed": a hosting verb within the next three words.</summary>
        private static bool HostsAfter(string t, int from, int limit, EventWords words)
        {
            var tokens = Tokenizer.Tokenize(t, from, Math.Min(limit, from + 40));
            for (int k = 0; k < tokens.Count && k < 3; k++)
            {
                if (!tokens[k].IsWord) return false;
                if (words.HostingVerbs.Contains(tokens[k].Text)) return true;
            }
            return false;
        }
    }
}
