using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Entities
{
    /// <summary>Fast look-ups over a <see cref="Lexicon.Lexicon"/>, built once per lexicon.</summary>
    internal sealed class LexiconIndex
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] CountrySeparators = { ' ', ',', '-' };
        private static readonly char[] CountryEdges = { '’', '\'', '.', ';', ':' };

        private static readonly ConditionalWeakTable<Lexicon.Lexicon, LexiconIndex> Cache = new();

        public static LexiconIndex For(Lexicon.Lexicon lexicon) => Cache.GetValue(lexicon, l => new LexiconIndex(l));

        public readonly Dictionary<string, PlaceModel> Places = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, string> CountryByAdjective = new(StringComparer.OrdinalIgnoreCase);
        /// <summary>The country of each demonym ("Chileans" → Chile).</summary>
        public readonly Dictionary<string, string> CountryByDemonym = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, string> CapitalOf = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, OrganizationModel> Organizations = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, string> RoleImplies = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<(string Name, string[] Aliases, string? Role, string? Country)> People = new();
        public readonly Dictionary<string, string> EventSeriesByAbbreviation = new(StringComparer.Ordinal);
        public readonly List<string> EventSeriesNames = new();
        /// <summary>Longest key (in words) among places and organisations, for multi-word look-ups.</summary>
        public int MaxWords = 1;
        /// <summary>The first token of every place and organisation key (as <see cref="Text.Tokenizer"/> splits it, also with the
        /// first letter upper case): a word that starts no key needs no multi-word look-up.</summary>
        public readonly HashSet<string> FirstTokens = new(StringComparer.OrdinalIgnoreCase);
        /// <summary>For each of <see cref="FirstTokens"/>, the length in characters of the longest key it starts: a span of the
        /// text longer than that (and a possessive "'s") is no key, so its look-up is skipped.</summary>
        public readonly Dictionary<string, int> KeyLengthByFirstToken = new(StringComparer.OrdinalIgnoreCase);

        // ---- named word lists (lexicon "words:"), as case-insensitive sets ----
        private readonly Dictionary<string, HashSet<string>> _words = new(StringComparer.Ordinal);
        private static readonly HashSet<string> NoWords = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The word list <paramref name="name"/> as a case-insensitive set (empty when the lexicon has none).</summary>
        public HashSet<string> Words(string name) => _words.TryGetValue(name, out var set) ? set : NoWords;

        /// <summary>Demonyms ("Brazilians", "Swiss") and adjectives of every country: words for peoples, never a person's name.</summary>
        public readonly HashSet<string> Demonyms = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Word-list names the recognisers use (documented in names.yaml and statements.yaml).</summary>
        public static class Lists
        {
            public const string NotName = "not_name", Titles = "titles", Honorifics = "honorifics", Particles = "name_particles",
                InnerCapitalPrefixes = "name_inner_capital_prefixes", Continuations = "name_continuations", PlaceHeads = "place_heads", OrganizationHeads = "organization_heads",
                PlaceAlsoName = "place_also_name", Pronouns = "person_pronouns", GroupNouns = "group_nouns", SpeakerPrepositions = "speaker_prepositions",
                RoleFamilyPrefix = "role_family_", AttributionVerbs = "attribution_verbs", ReportingVerbs = "reporting_verbs",
                BareClauseVerbs = "bare_clause_verbs", NounObjectVerbs = "noun_object_verbs", InfinitiveVerbs = "infinitive_verbs",
                AttributionAdverbs = "attribution_adverbs", Determiners = "determiners";
            public const string AdjunctHeads = "adjunct_heads", TimeAdjuncts = "time_adjuncts", AdjunctPrepositions = "adjunct_prepositions", AudienceWords = "audience_words", RelativePronouns = "relative_pronouns",
                TellingVerbs = "telling_verbs", SubjectPronouns = "subject_pronouns", SourceNouns = "source_nouns",
                FiniteMarkers = "finite_markers", NounForms = "noun_forms", QuotingVerbs = "quoting_verbs",
                ClauseQuantifiers = "clause_quantifiers", TimeModifiers = "time_modifiers", Subordinators = "subordinators", OpeningSubordinators = "opening_subordinators",
                AppositionOpeners = "apposition_openers", NameConnectors = "name_connectors", SourceTailPrepositions = "source_tail_prepositions",
                QuestionVerbs = "question_verbs", QuestionOpeners = "question_openers", PassiveQuestionOpeners = "passive_question_openers", PassiveQuestionMarkers = "passive_question_markers", AnonymityWords = "anonymity_words";
            public const string SpeechOnlyVerbs = "speech_only_verbs", SaidObjects = "said_objects", SourceDocuments = "source_documents", MorePrepositions = "more_prepositions";
            public const string PlacePrefixes = "place_prefixes", OrganizationPrefixes = "organization_prefixes", ThingOpeners = "thing_openers",
                CommonWords = "common_words", CommonWordSuffixes = "common_word_suffixes", GivenNames = "given_names",
                PlaceNameOpeners = "place_name_openers", RoleStops = "role_stops", ThingKinds = "thing_kinds", ExampleOpeners = "example_openers", CommonWordPrefixes = "common_word_prefixes", AppositionStops = "apposition_stops", ThingNouns = "thing_nouns", PlaceHeadsLast = "place_heads_last", GapVerbs = "gap_verbs";
        }

        /// <summary>Role families by described role ("diplomat" → diplomat, foreign minister, …), from the role_family_* lists.</summary>
        public readonly Dictionary<string, HashSet<string>> RoleFamilies = new(StringComparer.OrdinalIgnoreCase);

        private LexiconIndex(Lexicon.Lexicon lex)
        {
            foreach (var name in lex.WordListNames)
            {
                var set = new HashSet<string>(lex.WordList(name), StringComparer.OrdinalIgnoreCase);
                _words[name] = set;
                if (name.StartsWith(Lists.RoleFamilyPrefix, StringComparison.Ordinal) && name.Length > Lists.RoleFamilyPrefix.Length)
                    RoleFamilies[name.Substring(Lists.RoleFamilyPrefix.Length).Replace('_', ' ')] = set;
            }
            foreach (var c in lex.Countries)
            {
                var model = new PlaceModel(c.Name, PlaceKindModel.Country, c.Name, new EquatableArray<string>(c.Aliases));
                AddPlace(c.Name, model);
                foreach (var a in c.Aliases) AddPlace(a, model);
                foreach (var adj in c.Adjectives) CountryByAdjective[adj] = c.Name;
                if (c.Demonyms != null) foreach (var d in c.Demonyms) { Demonyms.Add(d); CountryByDemonym[d] = c.Name; }
                foreach (var adj in c.Adjectives) Demonyms.Add(adj);
                if (c.Capital != null)
                {
                    CapitalOf[c.Name] = c.Capital;
                    if (!Places.ContainsKey(c.Capital)) AddPlace(c.Capital, new PlaceModel(c.Capital, PlaceKindModel.City, c.Name, EquatableArray<string>.Empty));
                }
            }
            foreach (var p in lex.Places)
            {
                var model = new PlaceModel(p.Name, p.Kind, p.Country, new EquatableArray<string>(p.Aliases));
                AddPlace(p.Name, model);
                foreach (var a in p.Aliases) AddPlace(a, model);
            }
            foreach (var o in lex.Organizations)
            {
                var model = new OrganizationModel(o.Name, o.Abbreviation, new EquatableArray<string>(o.Aliases));
                AddOrg(o.Name, model);
                if (o.Abbreviation != null) AddOrg(o.Abbreviation, model);
                foreach (var a in o.Aliases) AddOrg(a, model);
            }
            foreach (var r in lex.Roles) RoleImplies[r.Title] = r.Implies ?? r.Title;
            IndexRoleKeys();
            foreach (var p in lex.People)
            {
                var aliases = new string[p.Aliases.Count];
                for (int i = 0; i < aliases.Length; i++) aliases[i] = p.Aliases[i];
                People.Add((p.Name, aliases, p.Role, p.Country));
                foreach (var a in aliases) if (a.IndexOf(' ') < 0) { PersonSurnames.Add(a); PersonBySingleAlias[a] = p.Name; }
                foreach (var full in new[] { p.Name }.Concat(aliases))
                {
                    var words = full.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length < 2) continue;
                    if (!PersonNamesByFirstWord.TryGetValue(words[0], out var byFirst)) PersonNamesByFirstWord[words[0]] = byFirst = new List<string[]>();
                    byFirst.Add(words);
                }
                foreach (var n in new[] { p.Name }.Concat(aliases))
                {
                    string key = NameMatcher.SurnameKey(n);
                    if (!peopleBySurname.TryGetValue(key, out var list)) peopleBySurname[key] = list = new List<int>();
                    if (!list.Contains(People.Count - 1)) list.Add(People.Count - 1);
                }
            }
            foreach (var e in lex.EventSeries)
            {
                EventSeriesNames.Add(e.Name);
                if (e.Abbreviation != null) EventSeriesByAbbreviation[e.Abbreviation] = e.Name;
            }
        }

        private readonly Dictionary<string, List<int>> peopleBySurname = new(StringComparer.Ordinal);

        /// <summary>The names of two words or more of lexicon people and their aliases, by first word ("Ban" → "Ban Ki-moon"):
        /// a name the lexicon knows is a name even when a word of it is ruled out of names.</summary>
        public readonly Dictionary<string, List<string[]>> PersonNamesByFirstWord = new(StringComparer.Ordinal);

        /// <summary>The one-word aliases of lexicon people ("Trump", "Merkel"): a surname alone, never a given name.</summary>
        public readonly HashSet<string> PersonSurnames = new(StringComparer.Ordinal);
        /// <summary>A lexicon person's one-word alias and the person ("Xi" for Xi Jinping, whose family name comes first).</summary>
        public readonly Dictionary<string, string> PersonBySingleAlias = new(StringComparer.Ordinal);

        /// <summary>The first lexicon person (in lexicon order) whose name or an alias is the same person as <paramref name="name"/>; default when none.</summary>
        public (string Name, string[] Aliases, string? Role, string? Country) FindPerson(string name)
        {
            if (!peopleBySurname.TryGetValue(NameMatcher.SurnameKey(name), out var candidates)) return default;
            foreach (int i in candidates)
            {
                var p = People[i];
                // a name of two or more words is only matched by an entry spelling of two or more words ("Krystal Correa" is
                // not Rafael Correa because "Correa" is his alias)
                bool full = NameMatcher.TokenCount(name) > 1;
                bool Match(string spelling) => (!full || NameMatcher.TokenCount(spelling) > 1) && NameMatcher.SamePerson(spelling, name);
                if (Match(p.Name) || p.Aliases.Any(Match)) return p;
            }
            return default;
        }

        /// <summary>The last token of every place and organisation key: a candidate span ending in another word needs no look-up.</summary>
        public readonly HashSet<string> LastTokens = new(StringComparer.OrdinalIgnoreCase);

        private void AddFirstToken(string key)
        {
            if (key.Length == 0) return;
            var all = Text.Tokenizer.Tokenize(key, 0, key.Length);
            if (all.Count > 0) LastTokens.Add(all[all.Count - 1].Text);
            foreach (var k in new[] { key, char.ToUpperInvariant(key[0]) + key.Substring(1) })
            {
                var tokens = Text.Tokenizer.Tokenize(k, 0, k.Length);
                if (tokens.Count == 0) continue;
                FirstTokens.Add(tokens[0].Text);
                if (!KeyLengthByFirstToken.TryGetValue(tokens[0].Text, out int longest) || key.Length > longest) KeyLengthByFirstToken[tokens[0].Text] = key.Length;
            }
        }

        private void AddPlace(string key, PlaceModel model)
        {
            Places[key] = model;
            string folded = Naming.Identifiers.Fold(key);
            if (!string.Equals(folded, key, StringComparison.Ordinal) && !Places.ContainsKey(folded)) { Places[folded] = model; AddFirstToken(folded); }
            AddFirstToken(key);
            MaxWords = Math.Max(MaxWords, key.Split(' ').Length);
        }

        private void AddOrg(string key, OrganizationModel model)
        {
            Organizations[key] = model;
            AddFirstToken(key);
            MaxWords = Math.Max(MaxWords, key.Split(' ').Length);
        }

        // the role titles as searched for (" head of state "), in lexicon order, by the hash of their first word
        private readonly Dictionary<int, List<(string Padded, int Length, string Implies, int Order)>> roleKeysByFirstWord = new();

        private void IndexRoleKeys()
        {
            int order = 0;
            foreach (var kv in RoleImplies)
            {
                string padded = " " + kv.Key.ToLowerInvariant() + " ";
                int h = WordHash(padded, 1, padded.IndexOf(' ', 1));
                if (!roleKeysByFirstWord.TryGetValue(h, out var list)) roleKeysByFirstWord[h] = list = new List<(string, int, string, int)>();
                list.Add((padded, kv.Key.Length, kv.Value, order++));
            }
        }

        private static int WordHash(string s, int start, int end)
        {
            unchecked
            {
                int h = (int)2166136261;
                for (int i = start; i < end; i++) h = (h ^ s[i]) * 16777619;
                return h;
            }
        }

        /// <summary>The role a title implies ("head of state" → "president"), by the longest lexicon title inside <paramref name="text"/>
        /// (between spaces, case-insensitive; of equally long ones the first in the lexicon). Each title is tried only where a
        /// word of the text is its first word.</summary>
        public string? ImpliedRole(string text)
        {
            string lower = " " + text.ToLowerInvariant() + " ";
            string? best = null;
            int bestLen = 0, bestOrder = int.MaxValue;
            for (int p = 0; p < lower.Length - 1; p++)
            {
                if (lower[p] != ' ') continue;
                int q = lower.IndexOf(' ', p + 1);
                if (!roleKeysByFirstWord.TryGetValue(WordHash(lower, p + 1, q), out var candidates)) continue;
                foreach (var (padded, length, implies, order) in candidates)
                {
                    if (length == 0 || length < bestLen || (length == bestLen && order > bestOrder)) continue;
                    if (p + padded.Length > lower.Length || string.CompareOrdinal(lower, p, padded, 0, padded.Length) != 0) continue;
                    best = implies;
                    bestLen = length;
                    bestOrder = order;
                }
            }
            return best;
        }

        /// <summary>The country an adjective or country name in <paramref name="text"/> points to ("Belarusian president" → Belarus).</summary>
        [MethodImpl(Jit.Optimized)]
        public string? CountryIn(string text)
        {
            foreach (var w in text.Split(CountrySeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                string t = w.Trim(CountryEdges);
                if (CountryByAdjective.TryGetValue(t, out var c)) return c;
                if (Places.TryGetValue(t, out var p) && p.Kind == PlaceKindModel.Country) return p.Name;
            }
            return null;
        }
    }
}
