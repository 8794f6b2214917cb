using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Entities
{
    public enum EntityType { Person, Place, Organization, Group }

    /// <summary>One mention of a person, place or organisation in the document.</summary>
    /// <param name="Offset">Offset in <see cref="Text.ArticleDocument.Text"/>.</param>
    /// <param name="Length">Length of the mention.</param>
    /// <param name="Canonical">The canonical name (for people: the person the mention resolves to).</param>
    /// <param name="Surface">The text as written.</param>
    /// <param name="Role">The role the text gives at this mention ("Foreign Minister"), when it does.</param>
    /// <param name="IsPronounOrDescription">True for "he", "the head of state" and the like, resolved by coreference.</param>
    public sealed record EntityMention(int Offset, int Length, EntityType Type, string Canonical, string Surface, string? Role, bool IsPronounOrDescription);

    /// <summary>Every entity mention in a document, and the distinct entities they resolve to.</summary>
    public sealed class EntityIndex
    {
        internal EntityIndex(IReadOnlyList<EntityMention> mentions, IReadOnlyList<PersonModel> people, IReadOnlyList<PlaceModel> places, IReadOnlyList<OrganizationModel> organizations,
            IReadOnlyDictionary<string, string?> roleOf, IReadOnlyDictionary<string, string?> countryOf, LexiconIndex lexicon)
        {
            Mentions = mentions;
            _mentions = mentions as List<EntityMention> ?? new List<EntityMention>(mentions);
            People = people;
            Places = places;
            Organizations = organizations;
            RoleOf = roleOf;
            CountryOf = countryOf;
            Lexicon = lexicon;
        }

        /// <summary>Role text per canonical person name (null when unknown).</summary>
        public IReadOnlyDictionary<string, string?> RoleOf { get; }
        /// <summary>Country per canonical person name (null when unknown).</summary>
        public IReadOnlyDictionary<string, string?> CountryOf { get; }
        internal LexiconIndex Lexicon { get; }

        // the mentions as a list (no interface call per look-up in the searches below)
        private readonly List<EntityMention> _mentions;

        /// <summary>Mentions in document order.</summary>
        public IReadOnlyList<EntityMention> Mentions { get; }

        /// <summary>The mentions that start in [start, end), by binary search over <see cref="Mentions"/>.</summary>
        /// <summary>The first mention of one of the two types that starts in [start, end) (what
        /// <c>MentionsIn(start, end).FirstOrDefault(m =&gt; m.Type == a || m.Type == b)</c> gives, without an iterator).</summary>
        internal EntityMention? FirstIn(int start, int end, EntityType a, EntityType b)
        {
            var list = _mentions;
            int lo = 0, hi = list.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (list[mid].Offset < start) lo = mid + 1; else hi = mid; }
            for (int i = lo; i < list.Count && list[i].Offset < end; i++)
                if (list[i].Type == a || list[i].Type == b) return list[i];
            return null;
        }

        public IEnumerable<EntityMention> MentionsIn(int start, int end)
        {
            var list = _mentions;
            int lo = 0, hi = list.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (list[mid].Offset < start) lo = mid + 1; else hi = mid; }
            for (int i = lo; i < list.Count && list[i].Offset < end; i++) yield return list[i];
        }
        public IReadOnlyList<PersonModel> People { get; }
        public IReadOnlyList<PlaceModel> Places { get; }
        public IReadOnlyList<OrganizationModel> Organizations { get; }
    }
}
