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
    /// "Zimbabwe's runoff"), or a city of that country a visit is said to take its visitor to ("the visit will take him to Ottawa"); a place attached to a mention's clause by "in", "to", "held in" or a hosting verb ("Minsk is
    /// hosting"), nearest to the mention (a visit only by "to"); the host city its name starts with ("Minsk Dialogue");
    /// for a part of another event ("the plenary session of the forum"), the place of that event. Never merely the nearest
    /// place name of the sentence.
    /// </summary>
    internal static class EventPlaceResolver
    {
        public static string? Resolve(ArticleDocument doc, EventDraft d, EntityIndex entities, LexiconIndex lx, EventWords words, IReadOnlyList<EventMention>? all = null,
            ArticlePlaces? facts = null)
        {
            string? own = null;
            foreach (var m in d.Mentions) if (m.Place != null) { own = m.Place; break; }
            // "a visit to Canada … the visit will take the President to Canada's capital city, Ottawa": a city of the country the
            // visit was to is more precise
            foreach (var m in d.Mentions)
                if (m.Itinerary != null && (own == null || lx.Places.TryGetValue(m.Itinerary, out var city) && city.Kind == PlaceKindModel.City
                    && string.Equals(city.Country, own, StringComparison.Ordinal)))
                    return m.Itinerary;
            if (own != null) return own;
            string t = doc.Text;
            // "X spoke by phone with Y", "a video call", "the virtual summit": held at a distance, in no one place
            if (d.Mentions.Any(m => Remote(t, m, words))) return null;
            // "Biden flew from Brussels, where he attended a NATO summit on Monday": an event inside a "where" clause is in the place
            // the clause follows
            foreach (var m in d.Mentions.Where(x => x.SentenceIndex >= 0))
                if (WherePlace(t, doc.Sentences[m.SentenceIndex].Offset, m, entities) is { } there) return there;
            if (d.Kind == EventKindModel.Visit)
                foreach (var m in d.Mentions.Where(x => x.SentenceIndex >= 0))
                    if (ArrivalPlace(t, doc.Sentences[m.SentenceIndex].Offset, m, entities, words) is { } arrived) return arrived;
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
                    // "In Kyiv, the minister met …": a place that opens its sentence after "In" (AttachedTo wants the comma after it)
                    // or after a dateline's dash ("ACCRA (Reuters) - In Nairobi, …")
                    bool opener = pm.Offset - s.Offset >= 3 && string.CompareOrdinal(t, pm.Offset - 3, "In ", 0, 3) == 0
                        && (pm.Offset - s.Offset == 3 || pm.Offset - s.Offset >= 5 && t[pm.Offset - 4] == ' ' && t[pm.Offset - 5] is '-' or '\u2013' or '\u2014');
                    bool cue = before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" to ", StringComparison.Ordinal) || before.EndsWith("held in ", StringComparison.Ordinal)
                        || opener || HostsAfter(t, end, s.End, words);
                    if (!cue) continue;
                    if (d.Kind == EventKindModel.Visit && !before.EndsWith(" to ", StringComparison.Ordinal)) continue;
                    // "… closed the summit and handed the presidency to India": "to" is where a visit goes, no venue of other events
                    // (a meeting during "the visit to Belarus" is in Belarus)
                    if (d.Kind != EventKindModel.Visit && before.EndsWith(" to ", StringComparison.Ordinal) && !HostsAfter(t, end, s.End, words)
                        && !VisitTo(t, s.Offset, pm.Offset, words)) continue;
                    if (!AttachedTo(t, s.Offset, m, pm, HostsAfter(t, end, s.End, words), d, all, words)) continue;
                    int distance = Math.Abs(pm.Offset - m.Start);
                    if (distance < bestDistance) { best = pm; bestDistance = distance; }
                }
                if (best != null) return best.Canonical;
            }
            if (all != null && SidelinesPlace(t, doc, d, all, entities, words) is { } margins) return margins;
            foreach (var m in d.Mentions.Where(x => x.Named))
            {
                var first = m.Name.Split(' ')[0];
                if (lx.Places.TryGetValue(first, out var place) && place.Kind == PlaceKindModel.City && m.Name.StartsWith(first + " ", StringComparison.Ordinal)) return place.Name;
            }
            // "a run-off election is scheduled for May 6" in an article about France: a national vote is held in the country
            // the article is about (the one country it names most, at least twice and more than any other)
            facts ??= new ArticlePlaces(doc, entities, lx);
            // "the Turkish President Erdoğan … following the election today": first the country of the one national leader its
            // sentences name (the lexicon's heads of state and government)
            // "Mugabe led a cabinet meeting": a sitting of a national body (national_bodies) is held in that nation too
            if (words.NationalKinds.Contains(d.Kind) || NationalBody(doc, d, words))
            {
                if (IsPartyVote(d, words)) return null;
                var country = LeaderCountry(doc, d, entities, lx) ?? facts.NationalCountry;
                // "YEREVAN, May 22. The National Assembly held its first session": a sitting (not a vote of the whole nation) is
                // in the dateline's city when that city is in the same country
                if (!words.NationalKinds.Contains(d.Kind) && country != null && facts.Dateline is { } city
                    && lx.Places.TryGetValue(city, out var datelined) && datelined.Kind == PlaceKindModel.City && string.Equals(datelined.Country, country, StringComparison.Ordinal))
                    return city;
                // a sitting of a body of a country the article does not name is where the article is datelined
                return country ?? (words.NationalKinds.Contains(d.Kind) ? null : facts.Dateline);
            }
            // "BRASÍLIA, Brazil – …": an event the article reports with no place of its own is where the article is datelined
            return facts.Dateline;
        }

        /// <summary>"visit to ", "trip to " right before the place at <paramref name="at"/>: a head of the visit kind, then "to".</summary>
        private static bool VisitTo(string t, int sentenceStart, int at, EventWords words)
        {
            int k = at - 4; // the space before "to"
            if (k <= sentenceStart || string.CompareOrdinal(t, k, " to ", 0, 4) != 0) return false;
            int start = k;
            while (start > sentenceStart && char.IsLetter(t[start - 1])) start--;
            return words.Heads.TryGetValue(t.Substring(start, k - start), out var head) && head.Kind == EventKindModel.Visit;
        }

        /// <summary>"arrived in Saint Petersburg on a working visit": the place of an arrival verb (<c>arrival_verbs</c>) and "in"
        /// that ends right before the visit's phrase (a few words between), or null.</summary>
        private static string? ArrivalPlace(string t, int sentenceStart, EventMention m, EntityIndex entities, EventWords words)
        {
            foreach (var pm in PlacesIn(entities, Math.Max(sentenceStart, m.Start - 80), m.Start))
            {
                int end = pm.Offset + pm.Length;
                if (m.Start - end > 12 || t.IndexOf(',', end, m.Start - end) >= 0 || pm.Offset - sentenceStart < 4) continue;
                if (string.CompareOrdinal(t, pm.Offset - 4, " in ", 0, 4) != 0) continue;
                int k = pm.Offset - 4;
                int start = k;
                while (start > sentenceStart && char.IsLetter(t[start - 1])) start--;
                if (words.ArrivalVerbs.Contains(t.Substring(start, k - start))) return pm.Canonical;
            }
            return null;
        }

        /// <summary>The place right before the ", where" that opens the clause of <paramref name="m"/> (no other comma, and no
        /// full stop, between them), or null.</summary>
        private static string? WherePlace(string t, int sentenceStart, EventMention m, EntityIndex entities)
        {
            int from = Math.Max(sentenceStart, m.Start - 120);
            int where = t.LastIndexOf(", where ", m.Start, m.Start - from, StringComparison.Ordinal);
            if (where < 0 || t.IndexOf(',', where + 1, m.Start - where - 1) >= 0) return null;
            foreach (var pm in PlacesIn(entities, from, where))
                if (pm.Offset + pm.Length == where) return pm.Canonical;
            return null;
        }

        /// <summary>A remote word (<c>remote_words</c>) in the mention's name or phrase, or the one word right before its phrase
        /// ("a video call").</summary>
        private static bool Remote(string t, EventMention m, EventWords words)
        {
            if (words.NamesRemote(m.Name)) return true;
            if (m.SentenceIndex < 0 || m.Start <= 0 || m.End > t.Length) return false;
            if (words.NamesRemote(t.Substring(m.Start, m.End - m.Start))) return true;
            int e = m.Start;
            while (e > 0 && t[e - 1] == ' ') e--;
            int b = e;
            while (b > 0 && (char.IsLetter(t[b - 1]) || t[b - 1] == '-')) b--;
            return e > b && words.RemoteWords.Contains(t.Substring(b, e - b));
        }

        /// <summary>"a trilateral meeting on the sidelines of the NATO summit in Madrid": the place of the event named right after a
        /// sidelines cue that follows a mention of <paramref name="d"/> in its sentence, when that event's phrase names one or "in"
        /// or "at" a place follows it.</summary>
        private static string? SidelinesPlace(string t, ArticleDocument doc, EventDraft d, IReadOnlyList<EventMention> all, EntityIndex entities, EventWords words)
        {
            foreach (var m in d.Mentions)
            {
                if (m.SentenceIndex < 0) continue;
                var s = doc.Sentences[m.SentenceIndex];
                foreach (var cue in words.SidelinesCues)
                {
                    int at = t.IndexOf(cue, m.End, s.End - m.End, StringComparison.OrdinalIgnoreCase);
                    if (at < 0) continue;
                    int after = at + cue.Length;
                    foreach (var x in all)
                    {
                        if (x.SentenceIndex != m.SentenceIndex || d.Mentions.Contains(x) || x.Start < after || x.Start - after > 24) continue;
                        if (x.Place != null) return x.Place;
                        foreach (var pm in PlacesIn(entities, x.End, Math.Min(s.End, x.End + 5)))
                        {
                            string between = t.Substring(x.End, pm.Offset - x.End);
                            if (between == " in " || between == " at ") return pm.Canonical;
                        }
                    }
                }
            }
            return null;
        }

        /// <summary>The places of the article as a whole, each worked out once per article and only when an event needs it: the
        /// country of a national vote (the lead's, else the one the article names most) and the dateline's place.</summary>
        internal sealed class ArticlePlaces
        {
            private readonly ArticleDocument _doc;
            private readonly EntityIndex _entities;
            private readonly LexiconIndex _lx;
            private bool _national, _dateline;
            private string? _nationalCountry, _datelinePlace;

            public ArticlePlaces(ArticleDocument doc, EntityIndex entities, LexiconIndex lx) { _doc = doc; _entities = entities; _lx = lx; }

            public string? NationalCountry
            {
                get
                {
                    if (!_national) { _nationalCountry = LeadCountry(_doc, _entities, _lx) ?? DominantCountry(_entities); _national = true; }
                    return _nationalCountry;
                }
            }

            public string? Dateline
            {
                get
                {
                    if (!_dateline) { _datelinePlace = DatelinePlace.Find(_doc, _lx); _dateline = true; }
                    return _datelinePlace;
                }
            }
        }

        /// <summary>
        /// Whether a cued place ("in X", "to X") belongs to this mention and not to another phrase of its sentence. A place
        /// after the mention is its own unless another event's mention or a verb of saying stands between them ("the talks … and
        /// a rally in X"; "at the dinner X said Korea is a partner in Asia").
        /// A place before the mention is its own only as a host ("Minsk is hosting the …") or as a phrase that opens the
        /// clause ("In Iowa, caucuses were held …"), or as the venue of an event named before it that it is held during (a
        /// visit, a session: <c>venue_kinds</c>); "a police unit in Yemen, as well as a conference" is the unit's place.
        /// </summary>
        internal static bool AttachedTo(string t, int sentenceStart, EventMention m, EntityMention pm, bool hosts, EventDraft d, IReadOnlyList<EventMention>? all, EventWords words)
        {
            int end = pm.Offset + pm.Length;
            if (pm.Offset >= m.End)
            {
                foreach (var tok in Tokenizer.Tokenize(t, m.End, pm.Offset))
                    if (words.SpeechBarriers.Contains(tok.Text)) return false;
                if (all == null) return true;
                foreach (var o in all)
                    if (o.SentenceIndex == m.SentenceIndex && !d.Mentions.Contains(o) && !o.Generic && o.Start >= m.End && o.End <= pm.Offset
                        && !(o.ListId >= 0 && o.ListId == m.ListId)) return false;
                return true;
            }
            if (hosts) return true;
            // the venue of an event named before it in the sentence, which this one is held during
            if (all != null)
                foreach (var o in all)
                    if (o.SentenceIndex == m.SentenceIndex && !d.Mentions.Contains(o) && !o.Generic && o.End <= m.Start && words.VenueKinds.Contains(o.Kind)
                        && pm.Offset >= o.Start && pm.Offset - o.End <= VenueReach) return true;
            // the clause opener: only a preposition between the clause start and the place, and a comma after it
            int k = pm.Offset - 1;
            while (k >= sentenceStart && t[k] == ' ') k--;
            int wordEnd = k + 1;
            while (k >= sentenceStart && char.IsLetter(t[k])) k--;
            int wordStart = k + 1;
            if (wordEnd - wordStart != 2) return false; // "in", "to"
            while (k >= sentenceStart && t[k] == ' ') k--;
            bool opens = k < sentenceStart || t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '\n' || t[k] is '-' or '\u2013' or '\u2014';
            return opens && end < t.Length && t[end] == ',';
        }

        /// <summary>How far after an event's phrase a place can still be that event's ("the session of the CIS Council of
        /// Ministers of Foreign Affairs in Minsk").</summary>
        private const int VenueReach = 80;

        /// <summary>"the Republican primary election or caucus": a party's vote, named by one of <c>party_vote_heads</c>.</summary>
        private static bool IsPartyVote(EventDraft d, EventWords words) =>
            d.Mentions.Any(m => Tokenizer.Tokenize(m.Name, 0, m.Name.Length).Any(t => t.IsWord && words.PartyVoteHeads.Contains(t.Text)));

        /// <summary>The country the article's lead (its title and first paragraph) is about: the one it names most there, by
        /// name or adjective ("the Ukrainian presidential elections", "French President Nicolas Sarkozy"), more than any other.</summary>
        internal static string? LeadCountry(ArticleDocument doc, EntityIndex entities, LexiconIndex lx)
        {
            var spans = new List<(int Start, int End)>();
            if (doc.TitleSpan.Length > 0) spans.Add((doc.TitleSpan.Offset, doc.TitleSpan.Offset + doc.TitleSpan.Length));
            var firstBody = doc.Paragraphs.FirstOrDefault(p => !p.IsCaption && !(doc.TitleSpan.Length > 0 && p.Offset == doc.TitleSpan.Offset));
            if (firstBody != null) spans.Add((firstBody.Offset, firstBody.End));
            var countries = new HashSet<string>(entities.Places.Where(p => p.Kind == PlaceKindModel.Country).Select(p => p.Name), StringComparer.Ordinal);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            void Count(string c) => counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
            foreach (var (from, to) in spans)
            {
                var named = entities.Mentions.Where(pm => pm.Type == EntityType.Place && pm.Offset >= from && pm.Offset < to).ToList();
                foreach (var pm in named)
                    if (countries.Contains(pm.Canonical) && !lx.CountryByAdjective.ContainsKey(pm.Surface)) Count(pm.Canonical);
                foreach (var tok in Tokenizer.Tokenize(doc.Text, from, to))
                    if (tok.IsWord && char.IsUpper(tok.Text[0]) && lx.CountryByAdjective.TryGetValue(tok.Text, out var c)
                        && !named.Any(pm => tok.Offset >= pm.Offset && tok.Offset < pm.Offset + pm.Length && !lx.CountryByAdjective.ContainsKey(pm.Surface))) Count(c);
            }
            var ranked = counts.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
            if (ranked.Count == 0 || ranked.Count > 1 && ranked[1].Value == ranked[0].Value) return null;
            return ranked[0].Key;
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

        /// <summary>A mention that names a national body in lower case ("a cabinet meeting", "the parliament session";
        /// <c>national_bodies</c>); a capitalised one is the proper name of a body of its own ("OSCE Parliamentary Assembly").</summary>
        private static bool NationalBody(ArticleDocument doc, EventDraft d, EventWords words) =>
            words.NationalBodies.Count > 0 && d.Mentions.Any(m => m.SentenceIndex >= 0
                && Tokenizer.Tokenize(doc.Text, m.Start, m.End).Any(t => t.IsWord && char.IsLower(t.Text[0]) && words.NationalBodies.Contains(t.Text)));

        /// <summary>The one country of the lexicon's leaders (people with a country) that the event's sentences name; null for
        /// none or several.</summary>
        internal static string? LeaderCountry(ArticleDocument doc, EventDraft d, EntityIndex entities, LexiconIndex lx)
        {
            string? found = null;
            foreach (var m in d.Mentions)
            {
                if (m.SentenceIndex < 0) continue;
                var s = doc.Sentences[m.SentenceIndex];
                foreach (var pm in MentionsIn(entities, s.Offset, s.End))
                {
                    if (pm.Type != EntityType.Person || pm.IsPronounOrDescription) continue;
                    foreach (var p in lx.People)
                    {
                        if (p.Country == null || !string.Equals(p.Name, pm.Canonical, StringComparison.Ordinal)) continue;
                        if (found != null && !string.Equals(found, p.Country, StringComparison.Ordinal)) return null;
                        found = p.Country;
                    }
                }
            }
            return found;
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
