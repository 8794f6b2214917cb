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
            entities.MentionsIn(offset, offset + 1).FirstOrDefault(m => m.Type == EntityType.Person);

        public static EntityMention? PlaceAt(EntityIndex entities, int offset) =>
            entities.MentionsIn(offset, offset + 1).FirstOrDefault(m => m.Type == EntityType.Place);

        public static bool IsPersonAt(EntityIndex entities, int offset) => PersonAt(entities, offset) != null;

        public static IEnumerable<EntityMention> PlacesIn(EntityIndex entities, int start, int end) =>
            entities.MentionsIn(start, end).Where(m => m.Type == EntityType.Place);

        /// <summary>The index of the first token at or after the end of an entity mention.</summary>
        public static int After(List<Token> tokens, int j, EntityMention m)
        {
            while (j < tokens.Count && tokens[j].Offset < m.Offset + m.Length) j++;
            return j;
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
