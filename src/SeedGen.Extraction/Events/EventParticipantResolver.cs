using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 3c: an event's participants beyond the people of its mentions (the owner, the subject and object of its verb,
    /// "with X", "between X and Y"): the people of a participation sentence ("took part", "attended", "delegation") that
    /// mentions the event or directly follows a sentence that does. Not everyone a sentence names.
    /// </summary>
    internal static class EventParticipantResolver
    {
        [MethodImpl(Jit.Optimized)]
        public static void Resolve(ArticleDocument doc, List<EventDraft> drafts, EntityIndex entities, EventWords words)
        {
            if (drafts.Count == 0) return;
            var eventOfSentence = new Dictionary<int, int>();
            for (int e = 0; e < drafts.Count; e++)
                foreach (var m in drafts[e].Mentions)
                    if (m.SentenceIndex >= 0 && !eventOfSentence.ContainsKey(m.SentenceIndex)) eventOfSentence[m.SentenceIndex] = e;
            int last = -1;
            for (int si = 0; si < doc.Sentences.Count; si++)
            {
                var s = doc.Sentences[si];
                if (s.Length > 5000) continue;
                bool mentions = eventOfSentence.TryGetValue(si, out var found);
                int candidate = mentions ? found : last;
                // a participation sentence without a mention continues the sentence right before it, not any earlier one
                last = mentions ? found : -1;
                // the cue scan only where an event could take the sentence's people (most sentences have none)
                if (candidate < 0 || !SubstringSet.For(words.ParticipationCues).AnyIn(doc.Text, s.Offset, s.End)) continue;
                int e = candidate;
                foreach (var pm in MentionsIn(entities, s.Offset, s.End))
                {
                    if (pm.Type != EntityType.Person || pm.IsPronounOrDescription) continue;
                    if (!drafts[e].Participants.Contains(pm.Canonical)) drafts[e].Participants.Add(pm.Canonical);
                }
            }
        }
    }
}
