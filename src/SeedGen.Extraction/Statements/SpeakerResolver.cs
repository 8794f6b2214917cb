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
        private readonly HashSet<string> Pronouns, GroupNouns, Prepositions, OrganizationHeads, VoiceNouns, ThingPronouns, SubjectPronouns, NotName, Titles, Indefinite;

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
            OrganizationHeads = entities.Lexicon.Words(LexiconIndex.Lists.OrganizationHeads);
            VoiceNouns = entities.Lexicon.Words("organization_voices");
            ThingPronouns = entities.Lexicon.Words("thing_pronouns");
            SubjectPronouns = entities.Lexicon.Words("subject_pronouns");
            NotName = entities.Lexicon.Words(LexiconIndex.Lists.NotName);
            Titles = entities.Lexicon.Words(LexiconIndex.Lists.Titles);
            Indefinite = entities.Lexicon.Words("indefinite_openers");
            _personNames = new HashSet<string>(entities.People.Select(p => p.Name), StringComparer.Ordinal);
        }

        private readonly HashSet<string> _personNames;

        /// <summary>The quoted spans seen so far: a phrase inside one is never a speaker of the text around it.</summary>
        public QuoteSpans? Quoted { get; set; }
        private Dictionary<string, string>? _acronyms;
        private (string Name, int Offset)? _lastSpeaker, _lastNonPerson;

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
        public (string Name, int Offset)? LastSpeaker
        {
            get => _lastSpeaker;
            set
            {
                _lastSpeaker = value;
                if (value is { } v && !_personNames.Contains(v.Name)) _lastNonPerson = v;
            }
        }

        /// <summary>"ACR" → "Full Name" for every "Full Name (ACR)" the article writes (the capitalised words before the
        /// parenthesis, as many as the acronym has letters, the first one starting with its first letter).</summary>
        private Dictionary<string, string> Acronyms()
        {
            if (_acronyms != null) return _acronyms;
            _acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
            string t = _doc.Text;
            for (int i = t.IndexOf('('); i >= 0 && i + 2 < t.Length; i = t.IndexOf('(', i + 1))
            {
                int j = i + 1;
                while (j < t.Length && j - i <= 8 && char.IsUpper(t[j])) j++;
                int len = j - i - 1;
                if (len < 2 || len > 7 || j >= t.Length || t[j] != ')') continue;
                string acr = t.Substring(i + 1, len);
                var before = Tokenizer.Tokenize(t, Math.Max(0, i - 200), i);
                int k = before.Count - 1, caps = 0, start = -1;
                while (k >= 0 && before[k].IsWord && (before.Count - k) <= len + 4)
                {
                    string w = before[k].Text;
                    if (char.IsUpper(w[0])) { caps++; if (w[0] == acr[0]) start = k; if (caps >= len) break; }
                    else if (!(w is "of" or "for" or "and" or "the" or "on" or "de")) break;
                    k--;
                }
                if (start >= 0 && !_acronyms.ContainsKey(acr))
                    _acronyms[acr] = t.Substring(before[start].Offset, before[before.Count - 1].End - before[start].Offset);
            }
            return _acronyms;
        }

        /// <summary>An acronym ("KCNA", "the SDF") as a speaker: the name the article spells out for it, else as written.</summary>
        private string? Acronym(string bare)
        {
            if (bare.Length < 2 || bare.Length > 7) return null;
            foreach (char c in bare) if (!char.IsUpper(c)) return null;
            if (_personNames.Contains(bare)) return null;
            return Acronyms().TryGetValue(bare, out var full) ? full : bare;
        }

        /// <summary>"A, NAME, said": the tokens before the comma at <paramref name="comma"/> are an apposition that is a named
        /// person, and the phrase before it names nobody in its own right ("Merkel's spokesperson, Steffen Seibert, said";
        /// "Foreign ministry spokesperson, Yigal Palmor, told"): the name.</summary>
        public (string Speaker, string Surface)? ApposedName(List<Token> tokens, int comma, StatementCues cues)
        {
            if (comma < 3 || tokens[comma].Text != ",") return null;
            int c0 = comma - 1;
            while (c0 > 0 && c0 > comma - 8 && (tokens[c0].IsWord || cues.AbbreviationDot(tokens, c0))) c0--;
            if (c0 <= 0 || tokens[c0].Text != "," || c0 == comma - 1) return null;
            int ns = tokens[c0 + 1].Offset, ne = tokens[comma - 1].End;
            var m = HeadPerson(ns, ne);
            if (m == null || m.Offset != ns || m.Offset + m.Length < ne - 2) return null;
            // the phrase before: a person of its own, not in the possessive, makes the name an apposition of that person's
            int ps = c0 - 1;
            while (ps > 0 && ps > c0 - 10 && (tokens[ps - 1].IsWord || cues.AbbreviationDot(tokens, ps - 1) || tokens[ps - 1].Text is "’" or "'")) ps--;
            var before = HeadPerson(tokens[ps].Offset, tokens[c0 - 1].End);
            if (before != null && !Possessive(before)) return null;
            return (m.Canonical, _doc.Text.Substring(ns, ne - ns));
        }

        private bool Possessive(EntityMention m)
        {
            string t = _doc.Text;
            int after = m.Offset + m.Length;
            return after + 1 < t.Length && (t[after] == '\'' || t[after] == '’') && t[after + 1] == 's';
        }

        /// <summary>Resolves the phrase [start, end) of the document; null when it names nobody.</summary>
        public (string Speaker, string Surface)? Resolve(int start, int end)
        {
            if (end <= start) return null;
            if (Quoted != null && Quoted.Contains(start)) return null; // words inside a quotation are nobody's attribution
            string surface = _doc.Text.Substring(start, end - start).Trim().TrimEnd(',', '.', ':', ';');
            if (surface.Length == 0) return null;
            // a named person inside the phrase: its head, the first name not in the possessive ("Aaron David Miller of the
            // Woodrow Wilson Center", "Mr. Morgan of the Sierra Club"; but "Bush's spokesman Tony Snow")
            var named = HeadPerson(start, end);
            if (named != null) return (named.Canonical, surface);
            var words = surface.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1 && Pronouns.Contains(words[0])) return Pronoun(start) is { } p ? (p, surface) : null;
            // "it added": the organisation or document that spoke last, when it is more recent than any person named
            if (words.Length == 1 && ThingPronouns.Contains(words[0]))
                return _lastNonPerson is { } ln && _lastSpeaker is { } ls && ls == ln && ln.Offset < start ? (ln.Name, surface) : null;
            // "On live television he said": a subject pronoun right before the verb, after an adverbial
            if (words.Length > 1 && words.Length <= 8 && SubjectPronouns.Contains(words[words.Length - 1]))
                return Pronoun(end) is { } sp ? (sp, words[words.Length - 1]) : null;
            if (Prepositions.Contains(words[0])) return null; // "on the role of the CIS" is not a subject
            string bare = StripArticle(surface);
            if (words.Length <= 2 && Acronym(bare) is { } acronym) return (acronym, surface);
            // "a spokesperson for the Foreign Ministry", "a Facebook spokesman": the organisation speaks through its voice
            if (words.Length <= 8 && VoiceOf(words) is { } voiced) return (voiced, surface);
            // an organisation or a group as the head of the phrase ("the OSCE", "the Belarusian Foreign Ministry", "the organizers")
            var org = LastWithin(_orgs, start, end, false, _ => true);
            string head = words[words.Length - 1].TrimEnd('’', '\'');
            bool groupHead = words.Length <= 5 && (GroupNouns.Contains(head) || (head.Length > 0 && char.IsUpper(head[0]) && OrganizationHeads.Contains(head) && words.Length >= 2 && !_entities.Lexicon.Places.ContainsKey(bare)));
            // "the joint statement", "a local official": a group head with one lower-case modifier after the article
            bool modified = groupHead && words.Length == 3 && IsArticle(words[0]);
            if ((groupHead && (IsNounPhrase(words) || modified)) || (org != null && !groupHead && IsNounPhrase(words) && char.IsUpper(words[words.Length - 1][0])))
            {
                if (_entities.Lexicon.ImpliedRole(bare) is { } r && !groupHead && org == null)
                    return Description(start, bare, r) is { } who ? (who, surface) : null;
                return (bare, surface);
            }
            // a description: "the head of state", "the Belarusian leader", "the expert"
            // an indefinite noun phrase ending in its noun: no preposition or function word inside, no participle as the head
            string last = words[words.Length - 1];
            bool indefinite = words.Length >= 2 && words.Length <= 7 && Indefinite.Contains(words[0]) && DescriptionWords(words);
            if (words.Length <= 6 && _entities.Lexicon.ImpliedRole(bare) is { } role)
            {
                if (Description(start, bare, role) is { } d) return (d, surface);
                return indefinite && !AfterCopula(start) ? (IndefiniteDescription(words), surface) : null;
            }
            // "a friend", "one Democratic source on the panel": a new source, named by its description (not a predicate: "who is a senator")
            if (indefinite && !AfterCopula(start)) return (IndefiniteDescription(words), surface);
            // "the announcer", "the ad's narrator": a definite description that no role of the lexicon resolves, as written
            // (singular only: "the sides", "the parties" are the people named before, together — no speaker of their own)
            if (words.Length >= 2 && words.Length <= 4 && IsArticle(words[0]) && DescriptionWords(words) && !AfterCopula(start)
                && !words[words.Length - 1].EndsWith("s", StringComparison.Ordinal))
                return (string.Join(" ", words, 1, words.Length - 1), surface);
            // one capitalised word the lexicon does not know, as the subject of a verb of saying: an outlet, a company or a
            // surname the recogniser could not place ("Mediapart says", "Al-Jazeera said") — as written, never a Person record
            if (words.Length == 1 && OneWordName(words[0]) is { } one) return (one, surface);
            return null;
        }

        private string? OneWordName(string w)
        {
            if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) return null;
            if (w.Length < 3 || !char.IsUpper(w[0])) return null;
            foreach (char c in w) if (!(char.IsLetter(c) || c == '-')) return null;
            var lx = _entities.Lexicon;
            if (NotName.Contains(w) || Titles.Contains(w) || Pronouns.Contains(w) || ThingPronouns.Contains(w) || GroupNouns.Contains(w)) return null;
            if (lx.Places.ContainsKey(w) || lx.CountryByAdjective.ContainsKey(w) || lx.Demonyms.Contains(w) || OrganizationHeads.Contains(w)) return null;
            return CapitalisedMidSentence(w) ? w : null;
        }

        private readonly Dictionary<string, bool> _midSentence = new(StringComparer.Ordinal);

        /// <summary>Does the article write <paramref name="w"/> capitalised after another word of its sentence (so the capital is
        /// the word's own, not the sentence's: "Further adding" is no name), and never in lower case?</summary>
        private bool CapitalisedMidSentence(string w)
        {
            if (_midSentence.TryGetValue(w, out bool known)) return known;
            string t = _doc.Text;
            bool mid = false;
            for (int i = t.IndexOf(w, StringComparison.Ordinal); i >= 0; i = t.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                int e = i + w.Length;
                if ((i > 0 && char.IsLetter(t[i - 1])) || (e < t.Length && char.IsLetter(t[e]))) continue;
                int k = i - 1;
                while (k >= 0 && t[k] == ' ') k--;
                if (k >= 0 && k < i - 1 && (char.IsLetterOrDigit(t[k]) || t[k] is ',' or ';')) { mid = true; break; }
            }
            string lower = char.ToLowerInvariant(w[0]) + w.Substring(1);
            for (int i = t.IndexOf(lower, StringComparison.Ordinal); mid && i >= 0; i = t.IndexOf(lower, i + 1, StringComparison.Ordinal))
            {
                int e = i + lower.Length;
                if ((i > 0 && char.IsLetter(t[i - 1])) || (e < t.Length && char.IsLetter(t[e]))) continue;
                mid = false;
            }
            _midSentence[w] = mid;
            return mid;
        }

        /// <summary>Words after the opener that make a noun phrase ending in its noun: no preposition or function word inside,
        /// no participle as the head, the head in lower case.</summary>
        private bool DescriptionWords(string[] words)
        {
            string last = words[words.Length - 1].TrimEnd('’', '\'');
            if (last.Length < 3 || !char.IsLower(last[0]) || !last.All(char.IsLetter)) return false;
            if (last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal) || last.EndsWith("ly", StringComparison.Ordinal)) return false;
            return words.Skip(1).All(w => !Prepositions.Contains(w) && !Subjects.Preposition(w) && !Subjects.IsClauseWord(w) && !IsArticle(w) && !Pronouns.Contains(w)
                && !(w is "this" or "these" or "those" or "its" or "their" or "our" or "my" or "your" or "is" or "was" or "were" or "are" or "has" or "have" or "had" or "not" or "also"));
        }

        /// <summary>Is the word before <paramref name="start"/> a copula or "as" ("who is a senator", "served as an adviser")?</summary>
        private bool AfterCopula(int start)
        {
            string t = _doc.Text;
            int e = start - 1;
            while (e >= 0 && char.IsWhiteSpace(t[e])) e--;
            int b = e;
            while (b >= 0 && char.IsLetter(t[b])) b--;
            if (e < 0 || b == e) return false;
            string w = t.Substring(b + 1, e - b);
            return w is "is" or "was" or "are" or "were" or "be" or "been" or "being" or "as" or "became" or "becomes" or "remains" or "remained"
                || Prepositions.Contains(w) || Subjects.Preposition(w); // nor the object of a preposition ("During a speech, …")
        }

        private static string IndefiniteDescription(string[] words) =>
            words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase)
                ? string.Join(" ", words, 1, words.Length - 1) : string.Join(" ", words);

        private static bool IsArticle(string w) =>
            w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);

        /// <summary>"[a|the] spokesperson for|of [the] X" or "[a|the] X spokesperson" (organization_voices): X, when X is a
        /// capitalised name (an organisation, an outlet, a company); null otherwise.</summary>
        private string? VoiceOf(string[] words)
        {
            int i = 0;
            if (words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase) || words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) i++;
            int v = -1;
            for (int k = i; k < words.Length; k++) if (VoiceNouns.Contains(words[k])) { v = k; break; }
            if (v < 0) return null;
            if (v == words.Length - 1 && v > i)
            {
                // "a Facebook spokesman": capitalised words before the voice noun, none of them a country adjective or a person
                var org = words.Skip(i).Take(v - i).ToArray();
                if (org.All(w => char.IsUpper(w[0])) && !org.Any(w => _entities.Lexicon.CountryByAdjective.ContainsKey(w) || _entities.Lexicon.Demonyms.Contains(w)))
                    return string.Join(" ", org).TrimEnd('’', '\'');
                return null;
            }
            if (v + 1 < words.Length && (words[v + 1] == "for" || words[v + 1] == "of"))
            {
                int o = v + 2;
                if (o < words.Length && words[o].Equals("the", StringComparison.OrdinalIgnoreCase)) o++;
                if (o >= words.Length) return null;
                // the last capitalised run: "the social networking website Facebook" → Facebook
                int e = words.Length;
                int b = e - 1;
                if (!char.IsUpper(words[b][0])) return null;
                while (b > o && char.IsUpper(words[b - 1][0])) b--;
                string name = string.Join(" ", words, b, e - b);
                if (_personNames.Contains(name)) return null;
                return name;
            }
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
