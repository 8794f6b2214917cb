using System;
using System.Runtime.CompilerServices;
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
        private readonly HashSet<string> Pronouns, GroupNouns, Prepositions, OrganizationHeads, VoiceNouns, ThingPronouns, SubjectPronouns, NotName, Titles, Indefinite, MemberNouns, RelationNouns, GroupQuantifiers;
        private readonly string[] PersonNounEndings;
        /// <summary>"his", "her", "their": a possessive determiner opens a phrase that is never a subject of its own.</summary>
        internal HashSet<string> Possessives { get; }
        /// <summary>"who", "which": a relative clause opens (statements.yaml relative_pronouns).</summary>
        internal HashSet<string> Relatives { get; }

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
            MemberNouns = entities.Lexicon.Words("member_nouns");
            GroupQuantifiers = entities.Lexicon.Words("group_quantifiers");
            RelationNouns = entities.Lexicon.Words("relation_nouns");
            PersonNounEndings = entities.Lexicon.Words("person_noun_endings").OrderBy(x => x, StringComparer.Ordinal).ToArray();
            NotFunction = entities.Lexicon.Words("description_stops");
            Possessives = entities.Lexicon.Words("possessive_determiners");
            Relatives = entities.Lexicon.Words(LexiconIndex.Lists.RelativePronouns);
            _personNames = new HashSet<string>(entities.People.Select(p => p.Name), StringComparer.Ordinal);
        }

        private readonly HashSet<string> _personNames;

        /// <summary>The quoted spans seen so far: a phrase inside one is never a speaker of the text around it.</summary>
        public QuoteSpans? Quoted { get; set; }
        private Dictionary<string, string>? _acronyms;
        private (string Name, int Offset)? _lastSpeaker, _lastNonPerson;

        private readonly List<EntityMention> _orgs;
        // words that end a description: determiners and auxiliaries (names.yaml description_stops)
        private readonly HashSet<string> NotFunction;
        private HashSet<string>? _orgNames;
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
        public (string Speaker, string Surface)? ApposedName(TokenList tokens, int comma, StatementCues cues)
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
        [MethodImpl(Jit.Optimized)]
        public (string Speaker, string Surface)? Resolve(int start, int end)
        {
            if (end <= start) return null;
            if (Quoted != null && Quoted.Contains(start)) return null; // words inside a quotation are nobody's attribution
            string surface = _doc.Text.Substring(start, end - start).Trim().TrimEnd(',', '.', ':', ';');
            if (surface.Length == 0) return null;
            // a named person inside the phrase: its head, the first name not in the possessive ("Aaron David Miller of the
            // Woodrow Wilson Center", "Mr. Morgan of the Sierra Club"; but "Bush's spokesman Tony Snow")
            var named = HeadPerson(start, end);
            // "Ion's father", "Mugabe's lawyer": the person named is only the one the speaker is described through
            if (named != null && Possessive(named) && DescribedThrough(named, end) is { } described) return (described, surface);
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
            bool indefinite = words.Length >= 2 && words.Length <= 7 && Indefinite.Contains(words[0]) && (DescriptionWords(words) || MemberDescription(words));
            if (words.Length <= 6 && _entities.Lexicon.ImpliedRole(bare) is { } role)
            {
                // "a longtime shipping expert": an indefinite description brings in someone new, never a person named before
                if (!Indefinite.Contains(words[0]) && Description(start, bare, role) is { } d) return (d, surface);
                return indefinite && !AfterCopula(start) ? (IndefiniteDescription(words), surface) : null;
            }
            // "Some Democrats", "many prominent Republicans", "several Democratic operatives", "Republicans": the members of a party
            // or people of a role, in the plural, bare or after a quantifier — the group, as written without the quantifier
            if (words.Length <= 5 && !AfterCopula(start) && PluralGroup(words) is { } group) return (group, surface);
            // "a friend", "one Democratic source on the panel": a new source, named by its description (not a predicate: "who is a senator")
            if (indefinite && !AfterCopula(start)) return (IndefiniteDescription(words), surface);
            // "the announcer", "the ad's narrator": a definite description that no role of the lexicon resolves, as written
            // (singular only: "the sides", "the parties" are the people named before, together — no speaker of their own)
            if (words.Length >= 2 && words.Length <= 4 && IsArticle(words[0]) && DescriptionWords(words) && !AfterCopula(start)
                && !words[words.Length - 1].EndsWith("s", StringComparison.Ordinal))
                return (string.Join(" ", words, 1, words.Length - 1), surface);
            // "Ion's father", "Mugabe's lawyer": a person described through someone named, as written (not the one named)
            if (words.Length >= 2 && words.Length <= 4 && IsNamePossessive(words[0]) && DescriptionWords(words) && !AfterCopula(start)
                && PersonNoun(words[words.Length - 1]) && !IsLexiconName(words[0].Substring(0, words[0].Length - 2)))
                return (surface, surface);
            // "his ex-wife", "her lawyer": a person described through the one named before, as written
            if (words.Length >= 2 && words.Length <= 3 && Possessives.Contains(words[0]) && DescriptionWords(words) && !AfterCopula(start)
                && PersonNoun(words[words.Length - 1]))
                return (surface, surface);
            // one capitalised word the lexicon does not know, as the subject of a verb of saying: an outlet, a company or a
            // surname the recogniser could not place ("Mediapart says", "Al-Jazeera said") — as written, never a Person record
            if (words.Length == 1 && OneWordName(words[0]) is { } one) return (one, surface);
            return null;
        }

        /// <summary>The phrase from the possessive name <paramref name="m"/> to <paramref name="end"/> when one to three lower-case
        /// words describing a person follow it ("Ion's father", "the senator's chief of staff" is not: a preposition): as written.</summary>
        private string? DescribedThrough(EntityMention m, int end)
        {
            string t = _doc.Text;
            int from = m.Offset + m.Length + 2;
            if (from >= end) return null;
            var rest = t.Substring(from, end - from).Trim().TrimEnd(',', '.', ':', ';').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (rest.Length < 1 || rest.Length > 3) return null;
            var words = new string[rest.Length + 1];
            words[0] = "x";
            Array.Copy(rest, 0, words, 1, rest.Length);
            if (!rest.All(w => w.Length > 0 && char.IsLower(w[0])) || !DescriptionWords(words) || !PersonNoun(rest[rest.Length - 1])) return null;
            return t.Substring(m.Offset, from - m.Offset) + " " + string.Join(" ", rest);
        }

        /// <summary>A noun for a person: a title or role ("lawyer", "spokesman") or a relation (names.yaml relation_nouns: "father", "friend").</summary>
        private bool PersonNoun(string w)
        {
            int dash = w.LastIndexOf('-');
            if (dash > 0 && dash + 1 < w.Length) w = w.Substring(dash + 1); // "ex-wife", "co-founder"
            if (Titles.Contains(w) || RelationNouns.Contains(w) || VoiceNouns.Contains(w) || _entities.Lexicon.RoleImplies.ContainsKey(w)) return true;
            // an agent noun by its ending: "strategist", "historian", "consultant", "chairman" (names.yaml person_noun_endings)
            foreach (var e in PersonNounEndings)
                if (w.Length > e.Length + 2 && w.EndsWith(e, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>A place, country, people or organisation of the lexicon ("Iraq's new president" is no one's relation).</summary>
        private bool IsLexiconName(string w)
        {
            var lx = _entities.Lexicon;
            return lx.Places.ContainsKey(w) || lx.CountryByAdjective.ContainsKey(w) || lx.Demonyms.Contains(w) || lx.Organizations.ContainsKey(w);
        }

        private static bool IsNamePossessive(string w) =>
            w.Length > 3 && char.IsUpper(w[0]) && (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal));

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
            if (last.Length < 3 || !char.IsLower(last[0]) || !last.All(c => char.IsLetter(c) || c == '-') || last.EndsWith("-", StringComparison.Ordinal)) return false;
            if (last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("ing", StringComparison.Ordinal) || last.EndsWith("ly", StringComparison.Ordinal)) return false;
            return words.Skip(1).All(w => !Prepositions.Contains(w) && !Subjects.Preposition(w) && !Subjects.IsClauseWord(w) && !IsArticle(w) && !Pronouns.Contains(w)
                && !NotFunction.Contains(w));
        }

        /// <summary>"a New Hampshire Democrat", "one senior Republican", "an Iraqi": a description headed by a capitalised noun for a
        /// member of a party or a people (names.yaml member_nouns, the lexicon's demonyms), with no function word inside.</summary>
        private bool MemberDescription(string[] words)
        {
            string last = words[words.Length - 1];
            if (!(MemberNouns.Contains(last) || _entities.Lexicon.Demonyms.Contains(last)) || !char.IsUpper(last[0])) return false;
            for (int k = 1; k < words.Length - 1; k++)
            {
                string w = words[k];
                if (!w.All(c => char.IsLetter(c) || c == '-') || Prepositions.Contains(w) || Subjects.Preposition(w) || Subjects.IsClauseWord(w)
                    || IsArticle(w) || Pronouns.Contains(w) || NotFunction.Contains(w)) return false;
            }
            return true;
        }

        /// <summary>"[quantifier] modifiers* Heads": a plural head naming members of a party or a people ("Democrats", "Latinos") or,
        /// after a quantifier (names.yaml group_quantifiers), people of a role ("several Democratic operatives"); the words after the
        /// quantifier, or null.</summary>
        private string? PluralGroup(string[] words)
        {
            int from = GroupQuantifiers.Contains(words[0].ToLowerInvariant()) ? 1 : 0;
            if (from >= words.Length) return null;
            string last = words[words.Length - 1];
            if (last.Length < 4 || last[last.Length - 1] != 's' || !last.All(c => char.IsLetter(c) || c == '-')) return null;
            string one = last.Substring(0, last.Length - 1);
            bool member = char.IsUpper(last[0]) && (MemberNouns.Contains(one) || _entities.Lexicon.Demonyms.Contains(one));
            // a role in the plural needs the quantifier: "the sides", "officials' aides" are not groups of their own
            bool role = from == 1 && char.IsLower(last[0]) && PersonNoun(one);
            if (!member && !role) return null;
            for (int k = from; k < words.Length - 1; k++)
            {
                string w = words[k];
                if (!w.All(c => char.IsLetter(c) || c == '-') || Prepositions.Contains(w) || Subjects.Preposition(w) || Subjects.IsClauseWord(w)
                    || IsArticle(w) || Pronouns.Contains(w) || NotFunction.Contains(w) || Possessives.Contains(w) || GroupQuantifiers.Contains(w.ToLowerInvariant())) return null;
            }
            return string.Join(" ", words, from, words.Length - from);
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
                if (!org.All(w => char.IsUpper(w[0]))) return null;
                // "Russia's Defence Ministry spokesman", "the Russian Defence Ministry's spokesman": the organisation is described,
                // not named — the voice is the speaker, as written
                if (org.Any(w => _entities.Lexicon.CountryByAdjective.ContainsKey(w) || _entities.Lexicon.Demonyms.Contains(w)
                        || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)))
                    return string.Join(" ", words, i, v - i + 1);
                return string.Join(" ", org).TrimEnd('’', '\'');
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
            EntityMention? first = null, any = null, head = null;
            int from = LastBefore(_people, start) + 1;
            string t = _doc.Text;
            int headEnd = HeadSegmentEnd(start, end);
            for (int i = from; i < _people.Count && _people[i].Offset < end; i++)
            {
                var m = _people[i];
                if (m.IsPronounOrDescription || m.Offset < start || m.Offset + m.Length > end + 1) continue;
                any ??= m;
                bool possessive = Possessive(m);
                // a later name is the head only when titles alone stand between it and the name before it
                if (!possessive && m.Offset + m.Length <= headEnd && (head == null || OnlyTitlesBetween(head.Offset + head.Length, m.Offset))) head = m;
                else if (head != null && m.Offset + m.Length <= headEnd && !OnlyTitlesBetween(head.Offset + head.Length, m.Offset)) headEnd = m.Offset;
                if (!possessive && first == null) first = m;
                if (m.Offset >= headEnd) break;
            }
            // a name that modifies the head is not the head: "Sarkozy spokeswoman Nathalie Kosciusko-Morizet" is the spokeswoman
            return head ?? first ?? any;
        }

        /// <summary>Are the words in [from, to) titles or roles only ("Sarkozy spokeswoman Nathalie Kosciusko-Morizet", "Obama
        /// adviser Valerie Jarrett"), so that the name after them heads the phrase? A possessive 's counts as part of the name before.</summary>
        private bool OnlyTitlesBetween(int from, int to)
        {
            string t = _doc.Text;
            if (from + 1 < to && (t[from] == '\'' || t[from] == '’') && t[from + 1] == 's') from += 2;
            bool any = false;
            foreach (var tk in Tokenizer.Tokenize(t, from, to))
            {
                if (!tk.IsWord) { if (tk.Text == ".") continue; return false; }
                string w = tk.Text.TrimEnd('.');
                if (!(Titles.Contains(w) || _entities.Lexicon.RoleImplies.ContainsKey(w) || VoiceNouns.Contains(w))) return false;
                any = true;
            }
            return any;
        }

        /// <summary>Where the head of the noun phrase [start, end) ends: at its first preposition, conjunction, comma or
        /// parenthesis ("Mr. Morgan | of the Sierra Club", "Hillary Clinton | and Tim Kaine").</summary>
        private int HeadSegmentEnd(int start, int end)
        {
            string t = _doc.Text;
            int i = start;
            while (i < end)
            {
                char c = t[i];
                if (c is ',' or '(' or ';' or ':' or '—' or '–') return i;
                if (char.IsLetter(c) && (i == start || !char.IsLetter(t[i - 1])))
                {
                    int j = i;
                    while (j < end && (char.IsLetter(t[j]) || t[j] == '-')) j++;
                    string w = t.Substring(i, j - i);
                    if (char.IsLower(w[0]) && (Subjects.Preposition(w) || w is "and" or "or" or "who" or "which" or "that")) return i;
                    i = j;
                    continue;
                }
                i++;
            }
            return end;
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

        /// <summary>he/she: the most recent person named before the pronoun, or the last speaker if that is more recent (a name
        /// in the possessive after the last speaker's own name does not count: "X said his party welcomed Y's words. “…,” he
        /// said" is X); within one sentence the person who is its subject over a person named after it ("X faced Y, before he
        /// announced …" is X). Never an organisation: "the ministry said" is nobody "he" refers to.</summary>
        public string? Pronoun(int offset)
        {
            EntityMention? m = null, plain = null;
            for (int i = LastBefore(_people, offset); i >= 0 && plain == null; i--)
            {
                if (_people[i].IsPronounOrDescription) continue;
                m ??= _people[i];
                if (!Possessive(_people[i])) plain = _people[i];
            }
            var ls = LastSpeaker is { } l && l.Offset < offset && !IsOrganisation(l.Name) ? l : ((string Name, int Offset)?)null;
            if (ls is { } s1 && (m == null || s1.Offset > m.Offset)) return s1.Name;
            // the most recent name is in the possessive, and the last speaker was named after any other name: the speaker
            if (ls is { } s2 && m != null && Possessive(m) && (plain == null || s2.Offset > plain.Offset)) return s2.Name;
            if (m == null) return ls?.Name;
            int ms = _doc.SentenceAt(m.Offset), ps = _doc.SentenceAt(offset);
            // a name inside the last speaker's own sentence, after its attribution, is what the speaker talked about
            // ("X said his party welcomed Y's words", "“…,” X said of Y"): the speaker is still the one "he" refers to
            if (ls is { } s3 && ms >= 0 && _doc.SentenceAt(s3.Offset) == ms) return s3.Name;
            // the subject of the pronoun's sentence or of the one before, over a person named after it in that sentence
            // ("X faced Y, before he announced …", "X said his party welcomed Y's words. “…,” he said")
            if (ms >= 0 && (ms == ps || ms == ps - 1) && SentenceSubject(_doc.Sentences[ms].Offset, m.Offset) is { } subject && subject.Canonical != m.Canonical)
                return subject.Canonical;
            return m.Canonical;
        }

        /// <summary>The person named at the start of the sentence at <paramref name="s"/> (after an opening adverbial closed by a
        /// comma), not in the possessive, ending before <paramref name="offset"/>; null when the sentence opens otherwise.</summary>
        private EntityMention? SentenceSubject(int s, int offset)
        {
            var tokens = _doc.Tokens(s, Math.Min(offset, s + 400));
            if (tokens.Count == 0) return null;
            if (PersonAt(tokens[0].Offset, offset) is { } first) return first;
            // "Meanwhile, Tsvangirai …", "On Sunday, X …": a short opening adverbial ends at its comma
            for (int c = 1; c < tokens.Count && c <= 6; c++)
                if (tokens[c].Text == ",") return c + 1 < tokens.Count ? PersonAt(tokens[c + 1].Offset, offset) : null;
            return null;
        }

        private EntityMention? PersonAt(int at, int before)
        {
            int i = LastBefore(_people, at + 1);
            if (i < 0) return null;
            var p = _people[i];
            if (p.Offset != at || p.IsPronounOrDescription || Possessive(p) || p.Offset + p.Length >= before) return null;
            return p;
        }

        /// <summary>Is the speaker name an organisation or a group (a lexicon or article organisation, or a phrase headed by
        /// an organisation or group noun: "Foreign Ministry", "the government")? A described person ("Ion's father",
        /// "Defence Ministry spokesman") is not.</summary>
        private bool IsOrganisation(string name)
        {
            if (_personNames.Contains(name)) return false;
            if (_entities.Lexicon.Organizations.ContainsKey(name)) return true;
            _orgNames ??= new HashSet<string>(_orgs.Select(o => o.Canonical), StringComparer.Ordinal);
            if (_orgNames.Contains(name)) return true;
            int sp = name.LastIndexOf(' ');
            string head = (sp >= 0 ? name.Substring(sp + 1) : name).TrimEnd('’', '\'');
            if (head.EndsWith("’s", StringComparison.Ordinal) || head.EndsWith("'s", StringComparison.Ordinal)) head = head.Substring(0, head.Length - 2);
            if (VoiceNouns.Contains(head)) return false;
            if (OrganizationHeads.Contains(head) || GroupNouns.Contains(head)) return true;
            // an acronym the article spells out, or one no person bears: "the SDF", "KCNA"
            return name.Length >= 2 && name.Length <= 7 && name.All(char.IsUpper);
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
