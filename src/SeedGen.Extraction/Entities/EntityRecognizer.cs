using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Entities
{
    /// <summary>Finds people, places and organisations (lexicon plus capitalised-name and title heuristics).</summary>
    public static class EntityRecognizer
    {
        public static EntityIndex Recognize(ArticleDocument doc, Lexicon.Lexicon lexicon)
        {
            // Implemented in the statements work package.
            return EntityIndex.Empty;
        }
    }
}
