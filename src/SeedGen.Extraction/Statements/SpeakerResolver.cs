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
        // Pronouns, group nouns, prepositions and role families are lexicon data (names.yaml: person_pronouns, group_nouns,
        // speaker_prepositions, role_family_*).
        private readonly HashSet<string> Pronouns, GroupNouns, Prepositions;

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
            Pronouns = entities.Lexicon.Words(LexiconIndex.Lists.Pronouns);
            GroupNouns = entities.Lexicon.Words(LexiconIndex.Lists.GroupNouns);
            Prepositions = entities.Lexicon.Words(LexiconIndex.Lists.SpeakerPrepositions);
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
            // a named person inside the phrase: its head, the first name not in the possessive ("Aaron David Miller of the
            // Woodrow Wilson Center", "Mr. Morgan of the Sierra Club"; but "Bush's spokesman Tony Snow")
            var named = HeadPerson(start, end);
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

        /// <summary>The first named person wholly inside [start, end) that is not followed by a possessive 's; else the last named one.</summary>
        private EntityMention? HeadPerson(int start, int end)
        {
            EntityMention? first = null, any = null;
            int from = LastBefore(_people, start) + 1;
            string t = _doc.Text;
            for (int i = from; i < _people.Count && _people[i].Offset < end; i++)
            {
                var m = _people[i];
                if (m.IsPronounOrDescription || m.Offset < start || m.Offset + m.Length > end + 1) continue;
                any = m;
                int after = m.Offset + m.Length;
                bool possessive = after + 1 < t.Length && (t[after] == '\'' || t[after] == '’') && t[after + 1] == 's';
                if (!possessive) { first = m; break; }
            }
            return first ?? any;
        }

        /// <summary>A named person (not a pronoun, not a description) heading [start, end); null when the phrase names nobody.</summary>
        public string? Named(int start, int end) => end > start ? HeadPerson(start, end)?.Canonical : null;

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

        /// <summary>Role families (lexicon role_family_*): a foreign minister, an ambassador or a spokesperson is also "the diplomat".</summary>
        private bool Fits(string? personRole, string described)
        {
            if (personRole == null) return false;
            if (string.Equals(personRole, described, StringComparison.OrdinalIgnoreCase)) return true;
            return _entities.Lexicon.RoleFamilies.TryGetValue(described, out var family) && family.Contains(personRole);
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
        /// described country; failing that, the one person of the described country whose role is not given; failing that, the
        /// first person of the article with that role. Never a person whose role the
        /// article does not give ("the spokesman" is nobody the article never calls one): null then, and the caller reports it.</summary>
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
            // the described country is evidence too: the one person of that country named before, whose role the article
            // does not give ("his Polish counterpart Zbigniew Rau" … "the Polish minister"); two candidates are no answer
            if (country != null)
            {
                string? only = null;
                bool ambiguous = false;
                for (int i = before.Count - 1; i >= 0 && !ambiguous; i--)
                {
                    string n = before[i].Canonical;
                    if (!_entities.CountryOf.TryGetValue(n, out var c) || c != country) continue;
                    if (_entities.RoleOf.TryGetValue(n, out var r) && r != null) continue; // a known, different role
                    if (only == null) only = n; else if (only != n) ambiguous = true;
                }
                if (only != null && !ambiguous) return only;
            }
            // the whole article, when the description comes before any name (a headline-style lead)
            if (!_wholeArticle.TryGetValue((impliedRole, country), out var any))
                _wholeArticle[(impliedRole, country)] = any = _entities.People.FirstOrDefault(p => p.Role != null && _entities.Lexicon.ImpliedRole(p.Role) == impliedRole && (country == null || p.Country == country))?.Name;
            return any;
        }
    }
}
