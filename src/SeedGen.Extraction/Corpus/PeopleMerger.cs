using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>One person record per real person across the corpus, whatever the spelling in each article.</summary>
    internal static class PeopleMerger
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] Space = { ' ' };
        private static readonly char[] Dot = { '.' };

        /// <summary>A name no article recognised is a person only when it is written like one: two to five words, each
        /// capitalised or a name particle, none an institution's or a place's head word, a demonym, a lexicon place or
        /// organisation, or a word the lexicon rules out of names (built-in lexicon, names.yaml).</summary>
        internal static bool PersonShaped(string name)
        {
            var lx = LexiconIndex.For(Lexicon.Lexicon.Default);
            var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || words.Length > 5) return false;
            var particles = lx.Words(LexiconIndex.Lists.Particles);
            int nameWords = 0;
            foreach (var w in words)
            {
                if (particles.Contains(w) && char.IsLower(w[0])) continue;
                if (!char.IsUpper(w[0])) return false;
                string bare = w.TrimEnd(Dot);
                if (lx.Words(LexiconIndex.Lists.NotName).Contains(bare) || lx.Words(LexiconIndex.Lists.OrganizationHeads).Contains(bare)
                    || lx.Words(LexiconIndex.Lists.PlaceHeads).Contains(bare) || lx.Demonyms.Contains(bare) || lx.CountryByAdjective.ContainsKey(bare)
                    || (lx.Places.TryGetValue(bare, out var p) && p.Name == bare) || (lx.Organizations.TryGetValue(bare, out var o) && (o.Name == bare || o.Abbreviation == bare))) return false;
                nameWords++;
            }
            return nameWords >= 2;
        }

        /// <summary>Groups the people of all articles (file order) and returns canonical name → merged person, plus a map
        /// from every article-level name to its canonical name. A lexicon-named person keeps the lexicon's name. Extra names
        /// (speakers, participants) map to the person they are the same as; one that matches nobody makes a person only
        /// when it is <see cref="PersonShaped"/> ("the State Department", "organizers", "OSCE" make none).</summary>
        [MethodImpl(Jit.Optimized)]
        public static (List<PersonModel> People, Dictionary<string, string> CanonicalOf) Merge(IEnumerable<PersonModel> peopleInFileOrder, IEnumerable<string> extraNames,
            Func<string, string>? surnameKey = null)
        {
            // Groups are bucketed by the surname keys of their members' names and aliases: only a group sharing p's surname
            // key can match, so merging stays linear in the number of people. First matching group (creation order) wins.
            var groups = new List<List<PersonModel>>();
            // Each group's distinct spellings (names and aliases of its members), in first-seen order: a person mentioned in
            // every article is compared against a handful of spellings, not against thousands of members.
            var spellings = new List<(HashSet<string> Set, List<string> List)>();
            var bySurname = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            var surnameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            string SurnameKey(string n)
            {
                if (!surnameKeys.TryGetValue(n, out var k)) surnameKeys[n] = k = surnameKey != null ? surnameKey(n) : NameMatcher.SurnameKey(n);
                return k;
            }
            void Spell(int gi, string n)
            {
                var sp = spellings[gi];
                if (!sp.Set.Add(n)) return;
                sp.List.Add(n);
                string key = SurnameKey(n);
                if (!bySurname.TryGetValue(key, out var set)) bySurname[key] = set = new SortedSet<int>();
                set.Add(gi);
            }
            void Index(PersonModel p, int gi)
            {
                Spell(gi, p.Name);
                foreach (var al in p.Aliases) Spell(gi, al);
            }
            var same = new Dictionary<(string, string), bool>();
            bool SamePerson(string a, string b)
            {
                if (!same.TryGetValue((a, b), out var r)) same[(a, b)] = r = NameMatcher.SamePerson(a, b);
                return r;
            }
            // A full name joins a group through its surname alone only when no full name of the group is another person:
            // "Brian Fallon" does not join "Mary Fallin" through the bare "Fallin" of some article.
            bool Joins(int gi, string n)
            {
                var list = spellings[gi].List;
                if (!list.Any(x => SamePerson(x, n))) return false;
                if (NameMatcher.TokenCount(n) < 2) return true;
                bool fullMatch = false, fullOther = false;
                foreach (var x in list)
                {
                    if (NameMatcher.TokenCount(x) < 2) continue;
                    if (SamePerson(x, n)) { fullMatch = true; break; }
                    fullOther = true;
                }
                return fullMatch || !fullOther;
            }
            // The group a name joins: the first it can join; a bare surname that several people bear ("Obama") joins the one
            // the corpus names most often, not whichever came first.
            int GroupFor(string n)
            {
                if (!bySurname.TryGetValue(SurnameKey(n), out var candidates)) return -1;
                bool bare = NameMatcher.TokenCount(n) < 2;
                int best = -1;
                foreach (int gi in candidates)
                {
                    if (!Joins(gi, n)) continue;
                    if (!bare) return gi;
                    if (best < 0 || groups[gi].Count > groups[best].Count) best = gi;
                }
                return best;
            }
            void Add(PersonModel p)
            {
                int gi = GroupFor(p.Name);
                if (gi >= 0)
                {
                    groups[gi].Add(p);
                    Index(p, gi);
                    return;
                }
                groups.Add(new List<PersonModel> { p });
                spellings.Add((new HashSet<string>(StringComparer.Ordinal), new List<string>()));
                Index(p, groups.Count - 1);
            }
            foreach (var p in peopleInFileOrder) Add(p);
            // Speakers and participants join the person they name; one that names no person an article found ("the State
            // Department", "organizers", "OSCE", a headline fragment) is no Person record: its statements keep the name as
            // written, with no person link.
            foreach (var n in extraNames)
            {
                int gi = GroupFor(n);
                if (gi >= 0) { Spell(gi, n); groups[gi].Add(new PersonModel(n, EquatableArray<string>.Empty, null, null)); }
                else if (PersonShaped(n)) Add(new PersonModel(n, EquatableArray<string>.Empty, null, null));
            }

            var people = new List<PersonModel>();
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var g in groups)
            {
                string name = NameMatcher.Canonical(g.Select(x => x.Name).ToList());
                var aliases = g.SelectMany(x => x.Aliases.Concat(new[] { x.Name })).Where(x => x != name).Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray();
                people.Add(new PersonModel(name, aliases, g.Select(x => x.Role).FirstOrDefault(r => r != null), g.Select(x => x.Country).FirstOrDefault(c => c != null)));
                foreach (var x in g) { map[x.Name] = name; foreach (var al in x.Aliases) map[al] = name; }
            }
            return (people, map);
        }
    }
}
