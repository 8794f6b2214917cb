using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>One person record per real person across the corpus, whatever the spelling in each article.</summary>
    internal static class PeopleMerger
    {
        /// <summary>Groups the people of all articles (file order) and returns canonical name → merged person, plus a map
        /// from every article-level name to its canonical name. A lexicon-named person keeps the lexicon's name.</summary>
        public static (List<PersonModel> People, Dictionary<string, string> CanonicalOf) Merge(IEnumerable<ArticleModel> articles, IEnumerable<string> extraNames)
        {
            // Groups are bucketed by the surname keys of their members' names and aliases: only a group sharing p's surname
            // key can match, so merging stays linear in the number of people. First matching group (creation order) wins.
            var groups = new List<List<PersonModel>>();
            var bySurname = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
            void Index(PersonModel p, int gi)
            {
                foreach (var n in new[] { p.Name }.Concat(p.Aliases))
                {
                    string key = NameMatcher.SurnameKey(n);
                    if (!bySurname.TryGetValue(key, out var set)) bySurname[key] = set = new SortedSet<int>();
                    set.Add(gi);
                }
            }
            void Add(PersonModel p)
            {
                if (bySurname.TryGetValue(NameMatcher.SurnameKey(p.Name), out var candidates))
                    foreach (int gi in candidates)
                    {
                        var g = groups[gi];
                        if (g.Any(x => NameMatcher.SamePerson(x.Name, p.Name) || x.Aliases.Any(al => NameMatcher.SamePerson(al, p.Name))))
                        {
                            g.Add(p);
                            Index(p, gi);
                            return;
                        }
                    }
                groups.Add(new List<PersonModel> { p });
                Index(p, groups.Count - 1);
            }
            foreach (var a in articles) foreach (var p in a.People) Add(p);
            foreach (var n in extraNames) Add(new PersonModel(n, EquatableArray<string>.Empty, null, null));

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
