using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: a clause that sets an event at the time of what the article just told ("All this occurred while a council
    /// meeting was held", "It came as the ministers met in Geneva") dates it with the narrative's reference time — the last
    /// full date the article wrote before that sentence. Only an event left without a date, in a sentence without a date of
    /// its own, and named after the cue (<c>same_time_cues</c> in event-words.yaml). With no reference date it stays undated.
    /// </summary>
    internal static class EventDateSameTime
    {
        /// <param name="referenceBefore">Per sentence with mentions: the narrative's last full date before it.</param>
        public static void Resolve(ArticleDocument doc, IReadOnlyList<EventDraft> drafts, IReadOnlyDictionary<int, DateValue> referenceBefore,
            IReadOnlyDictionary<int, IReadOnlyList<Time.TemporalMatch>> datesBySentence, EventWords words)
        {
            if (words.SameTimeCues.Count == 0) return;
            foreach (var d in drafts)
            {
                if (!d.Start.IsNone) continue;
                foreach (var m in d.Mentions)
                {
                    if (m.SentenceIndex < 0 || !referenceBefore.TryGetValue(m.SentenceIndex, out var reference) || !reference.IsComplete) continue;
                    if (datesBySentence.TryGetValue(m.SentenceIndex, out var own) && own.Count > 0) continue;
                    var s = doc.Sentences[m.SentenceIndex];
                    if (!CueBefore(doc.Text, s.Offset, m.Start, words)) continue;
                    d.Start = reference;
                    d.End = reference;
                    break;
                }
            }
        }

        /// <summary>A same-time cue between the sentence's start and the mention, as whole words.</summary>
        internal static bool CueBefore(string t, int sentenceStart, int mentionStart, EventWords words)
        {
            if (mentionStart <= sentenceStart) return false;
            string before = " " + t.Substring(sentenceStart, mentionStart - sentenceStart) + " ";
            foreach (var c in words.SameTimeCues)
                if (before.IndexOf(" " + c + " ", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }
    }
}
