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
            var groups = new List<List<PersonModel>>();
            void Add(PersonModel p)
            {
                foreach (var g in groups)
                    if (g.Any(x => NameMatcher.SamePerson(x.Name, p.Name) || x.Aliases.Any(al => NameMatcher.SamePerson(al, p.Name))))
                    {
                        g.Add(p);
                        return;
                    }
                groups.Add(new List<PersonModel> { p });
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
