using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>One short article read and its entities recognised, so that a single event stage can be run on it.</summary>
    internal sealed class EventStageHarness
    {
        public readonly ArticleDocument Doc;
        public readonly EntityIndex Entities;
        public EventWords Words => EventWords.Default;

        public EventStageHarness(string body, string? published = null)
        {
            string front = published != null ? "---\npublished: " + published + "\n---\n" : "";
            Doc = ArticleReader.Read("seeds/t.txt", front + "Headline\n\n" + body + "\n");
            Entities = EntityRecognizer.Recognize(Doc, Lexicon.Lexicon.Default);
        }

        /// <summary>Runs the verbal, then the nominal finder on every sentence, as the extractor does.</summary>
        public List<EventMention> Mentions(bool verbal = true, bool nominal = true)
        {
            var all = new List<EventMention>();
            for (int si = 0; si < Doc.Sentences.Count; si++)
            {
                var s = Doc.Sentences[si];
                var tokens = Doc.Tokens(s.Offset, s.End);
                var used = new bool[tokens.Count];
                var found = new List<EventMention>();
                if (verbal) found.AddRange(VerbalMentionFinder.Find(Doc.Text, tokens, Entities, Words, used));
                if (nominal) found.AddRange(NominalMentionFinder.Find(Doc.Text, tokens, Entities, Entities.Lexicon, Words, s.Offset, s.End, used));
                foreach (var m in found) m.SentenceIndex = si;
                all.AddRange(found.OrderBy(m => m.Start));
            }
            return all;
        }

        public List<EventMention> Named(bool verbal = true, bool nominal = true) => Mentions(verbal, nominal).Where(m => m.Named).ToList();
    }
}
