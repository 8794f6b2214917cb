using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// Turns a speaker phrase ("Makei", "he", "the head of state", "the Belarusian Foreign Ministry", "the organizers")
    /// into a canonical speaker: a named person, a person resolved by coreference (the most salient compatible person
    /// earlier in the article, by role where the lexicon knows it), or an organisation or group as written.
    /// </summary>
    internal sealed class SpeakerResolver
    {
        private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "his", "her", "him" };
        private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "organizers", "organisers", "authorities", "ministry", "government", "officials", "administration", "office", "committee",
            "commission", "council", "parliament", "embassy", "delegation", "secretariat", "service", "spokesperson",
            "channel", "newspaper", "agency", "outlet", "website", "broadcaster", "station", "sources", "source", "press service",
        };

        private readonly ArticleDocument _doc;
        private readonly EntityIndex _entities;
        private readonly List<EntityMention> _people;

        public SpeakerResolver(ArticleDocument doc, EntityIndex entities)
        {
            _doc = doc;
            _entities = entities;
            // the headline is read after the body for naming, but it is not "earlier" for coreference
            _people = entities.Mentions.Where(m => m.Type == EntityType.Person && !(m.Offset >= doc.TitleSpan.Offset && m.Offset < doc.TitleSpan.Offset + doc.TitleSpan.Length && doc.TitleSpan.Length > 0)).ToList();
            _orgs = entities.Mentions.Where(m => m.Type == EntityType.Organization).ToList();
        }

        private readonly List<EntityMention> _orgs;
        private readonly Dictionary<(string, string?), string?> _wholeArticle = new();

        /// <summary>How far back (in person mentions) a description looks; a reader's coreference does not reach further.</summary>
        private const int MaxLookBack = 400;

        /// <summary>Index of the last mention (offset-sorted list) that starts before <paramref name="offset"/>; -1 when none.</summary>
        private static int LastBefore(List<EntityMention> sorted, int offset)
        {
            int lo = 0, hi = sorted.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (sorted[mid].Offset < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        }

        /// <summary>The last mention inside [start, end) (ending at most at end + 1) that satisfies the filter.</summary>
        private static EntityMention? LastWithin(List<EntityMention> sorted, int start, int end, bool wholeMention, Func<EntityMention, bool> filter)
        {
            for (int i = LastBefore(sorted, wholeMention ? end + 1 : end); i >= 0 && sorted[i].Offset >= start; i--)
                if ((!wholeMention || sorted[i].Offset + sorted[i].Length <= end + 1) && filter(sorted[i])) return sorted[i];
            return null;
        }

        /// <summary>The last speaker resolved, with where it was named: pronouns prefer it when it is more recent than any name.</summary>
        public (string Name, int Offset)? LastSpeaker { get; set; }

        /// <summary>Resolves the phrase [start, end) of the document; null when it names nobody.</summary>
        public (string Speaker, string Surface)? Resolve(int start, int end)
        {
            if (end <= start) return null;
            string surface = _doc.Text.Substring(start, end - start).Trim().TrimEnd(',', '.', ':', ';');
            if (surface.Length == 0) return null;
            // a named person inside the phrase
            var named = LastWithin(_people, start, end, true, m => !m.IsPronounOrDescription);
            if (named != null) return (named.Canonical, surface);
            var words = surface.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1 && Pronouns.Contains(words[0])) return Pronoun(start) is { } p ? (p, surface) : null;
            if (Prepositions.Contains(words[0])) return null; // "on the role of the CIS" is not a subject
            string bare = StripArticle(surface);
            // an organisation or a group as the head of the phrase ("the OSCE", "the Belarusian Foreign Ministry", "the organizers")
            var org = LastWithin(_orgs, start, end, false, _ => true);
            bool groupHead = words.Length <= 5 && GroupNouns.Contains(words[words.Length - 1].TrimEnd('’', '\''));
            if ((groupHead && IsNounPhrase(words)) || (org != null && !groupHead && IsNounPhrase(words) && char.IsUpper(words[words.Length - 1][0])))
            {
                if (_entities.Lexicon.ImpliedRole(bare) is { } r && !groupHead && org == null)
                    return Description(start, bare, r) is { } who ? (who, surface) : null;
                return (bare, surface);
            }
            // a description: "the head of state", "the Belarusian leader", "the expert"
            if (words.Length <= 6 && _entities.Lexicon.ImpliedRole(bare) is { } role)
                return Description(start, bare, role) is { } d ? (d, surface) : null;
            return null;
        }

        private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
        {
            "on", "of", "in", "at", "for", "with", "during", "after", "before", "when", "while", "by", "from", "to", "last", "about", "since", "as",
        };

        /// <summary>[the] (Capitalised | adjective-like)* Head — lower-case words only as the first word after "the" or the head itself.</summary>
        private static bool IsNounPhrase(string[] words)
        {
            for (int i = 0; i < words.Length; i++)
            {
                string w = words[i];
                if (i == 0 && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))) continue;
                if (i == 1 && w.IndexOf('-') > 0) continue; // "a pro-government channel"
                if (char.IsUpper(w[0])) continue;
                if (i == words.Length - 1) continue; // the head: "organizers", "authorities"
                return false;
            }
            return true;
        }

        private static string StripArticle(string s)
        {
            if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return s.Substring(4);
            if (s.StartsWith("a ", StringComparison.OrdinalIgnoreCase)) return s.Substring(2);
            if (s.StartsWith("an ", StringComparison.OrdinalIgnoreCase)) return s.Substring(3);
            return s;
        }

        /// <summary>Role families: a foreign minister, an ambassador or a spokesperson is also "the diplomat"; every minister is "the minister".</summary>
        private static readonly Dictionary<string, string[]> Families = new(StringComparer.OrdinalIgnoreCase)
        {
            ["diplomat"] = new[] { "diplomat", "foreign minister", "spokesperson", "secretary general" },
            ["minister"] = new[] { "minister", "foreign minister", "prime minister" },
            ["official"] = new[] { "official", "diplomat", "foreign minister", "spokesperson", "minister", "secretary general", "commissioner", "chair" },
            ["expert"] = new[] { "expert" },
        };

        private static bool Fits(string? personRole, string described)
        {
            if (personRole == null) return false;
            if (string.Equals(personRole, described, StringComparison.OrdinalIgnoreCase)) return true;
            return Families.TryGetValue(described, out var family) && Array.IndexOf(family, personRole) >= 0;
        }

        /// <summary>he/she: the most recent person named before the pronoun, or the last speaker if that is more recent.</summary>
        public string? Pronoun(int offset)
        {
            EntityMention? m = null;
            for (int i = LastBefore(_people, offset); i >= 0 && m == null; i--) if (!_people[i].IsPronounOrDescription) m = _people[i];
            if (LastSpeaker is { } ls && (m == null || ls.Offset > m.Offset) && ls.Offset < offset) return ls.Name;
            return m?.Canonical;
        }

        /// <summary>A description resolves to the most recent person whose role implies the same, preferring one of the
        /// described country; failing that, the most recent person of that country; never a guess across roles and countries.</summary>
        private string? Description(int offset, string description, string impliedRole)
        {
            string? country = _entities.Lexicon.CountryIn(description);
            int last = LastBefore(_people, offset);
            var before = _people.GetRange(Math.Max(0, last + 1 - MaxLookBack), last + 1 - Math.Max(0, last + 1 - MaxLookBack));
            bool RoleFits(string name) => _entities.RoleOf.TryGetValue(name, out var r) && r != null && Fits(_entities.Lexicon.ImpliedRole(r), impliedRole);
            bool CountryFits(string name) => country == null || (_entities.CountryOf.TryGetValue(name, out var c) && c == country);
            bool CountryConflicts(string name) => country != null && _entities.CountryOf.TryGetValue(name, out var c) && c != null && c != country;
            for (int i = before.Count - 1; i >= 0; i--) if (RoleFits(before[i].Canonical) && CountryFits(before[i].Canonical)) return before[i].Canonical;
            for (int i = before.Count - 1; i >= 0; i--) if (RoleFits(before[i].Canonical) && !CountryConflicts(before[i].Canonical)) return before[i].Canonical;
            if (country != null)
                for (int i = before.Count - 1; i >= 0; i--)
                    if (_entities.CountryOf.TryGetValue(before[i].Canonical, out var c) && c == country) return before[i].Canonical;
            if (LastSpeaker is { } ls && ls.Offset < offset && !CountryConflicts(ls.Name) && (!_entities.RoleOf.TryGetValue(ls.Name, out var lr) || lr == null)) return ls.Name;
            for (int i = before.Count - 1; i >= 0; i--)
                if (!CountryConflicts(before[i].Canonical) && (!_entities.RoleOf.TryGetValue(before[i].Canonical, out var r) || r == null)) return before[i].Canonical;
            // the whole article, when the description comes before any name (a headline-style lead)
            if (!_wholeArticle.TryGetValue((impliedRole, country), out var any))
                _wholeArticle[(impliedRole, country)] = any = _entities.People.FirstOrDefault(p => p.Role != null && _entities.Lexicon.ImpliedRole(p.Role) == impliedRole && (country == null || p.Country == country))?.Name;
            return any;
        }
    }
}
