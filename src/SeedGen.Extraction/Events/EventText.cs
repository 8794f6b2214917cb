using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>Small look-ups shared by the event stages: entity mentions at a token, the sentence of an offset.</summary>
    internal static class EventText
    {
        public static IEnumerable<EntityMention> MentionsIn(EntityIndex entities, int start, int end) => entities.MentionsIn(start, end);

        public static EntityMention? PersonAt(EntityIndex entities, int offset) =>
            entities.FirstIn(offset, offset + 1, EntityType.Person, EntityType.Person);

        public static EntityMention? PlaceAt(EntityIndex entities, int offset) =>
            entities.FirstIn(offset, offset + 1, EntityType.Place, EntityType.Place);

        public static bool IsPersonAt(EntityIndex entities, int offset) => PersonAt(entities, offset) != null;

        public static IEnumerable<EntityMention> PlacesIn(EntityIndex entities, int start, int end) =>
            entities.MentionsIn(start, end).Where(m => m.Type == EntityType.Place);

        /// <summary>The index of the first token at or after the end of an entity mention.</summary>
        public static int After(TokenList tokens, int j, EntityMention m)
        {
            while (j < tokens.Count && tokens[j].Offset < m.Offset + m.Length) j++;
            return j;
        }

        /// <summary>
        /// A place name the lexicon does not know, where the grammar says a place stands ("a visit to Kenya", "caucuses in
        /// Iowa"): one to three capitalised words that are no person, organisation, month, weekday, function word, possessive
        /// or event word. Returns the name and the index after it, or null.
        /// </summary>
        public static (string Name, int End)? UnknownPlaceAt(TokenList tokens, int j, EntityIndex entities, EventWords words)
        {
            int k = j;
            while (k < tokens.Count && k < j + 3)
            {
                var tk = tokens[k];
                if (!tk.IsWord || !char.IsUpper(tk.Text[0]) || IsPossessive(tk.Text) || words.DateWords.Contains(tk.Text) || words.SentenceStarters.Contains(tk.Text)
                    || words.NeverModifiers.Contains(tk.Text) || words.Heads.ContainsKey(tk.Text) || words.VenueWords.Contains(tk.Text)) break;
                // a person or organisation is no place, except a "person" without a role or title, which the grammar here says
                // is a place ("flew to Kenya", "travels to the Middle East": unknown capitalised words are often taken for a name)
                var entity = entities.FirstIn(tk.Offset, tk.Offset + 1, EntityType.Person, EntityType.Organization);
                if (entity != null)
                {
                    if (k > j || entity.Type == EntityType.Organization || entity.Role != null || entity.IsPronounOrDescription || entity.Offset != tk.Offset) return null;
                    int after = After(tokens, k, entity);
                    if (after > j + 3) return null;
                    if (after < tokens.Count && IsPossessive(tokens[after].Text)) return null;
                    return (entity.Surface, after);
                }
                if (tk.Text.Length < 3 || tk.Text.All(c => char.IsUpper(c) || c == '.')) return null; // "EU", "U.S.": abbreviations are not read as places here
                k++;
            }
            if (k == j) return null;
            // "visit to Kenya's capital": a possessive right after is a different phrase
            if (k < tokens.Count && IsPossessive(tokens[k].Text)) return null;
            return (string.Join(" ", tokens.Skip(j).Take(k - j).Select(x => x.Text)), k);
        }

        /// <summary>"Merkel's", "Bush’s", "donors'".</summary>
        public static bool IsPossessive(string w) =>
            w.Length > 2 && (w.EndsWith("'s", System.StringComparison.Ordinal) || w.EndsWith("’s", System.StringComparison.Ordinal));

        public static int SentenceOf(ArticleDocument doc, int offset)
        {
            int found = doc.SentenceAt(offset);
            return found >= 0 && offset < doc.Sentences[found].End + 1 ? found : -1;
        }
    }
}
