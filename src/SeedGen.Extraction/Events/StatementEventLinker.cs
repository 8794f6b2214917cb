using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 4: sets <see cref="StatementModel.EventRef"/> (the event's identity) and <see cref="StatementModel.Event"/> (its
    /// name) for statements said at one of the events. In order: an event named in
    /// the statement's sentence outside the statement's own words (the attribution: "… said as he met with …"); else the
    /// most recent event named in this or the previous paragraph that the speaker takes part in; else the event the article
    /// leads with, when the speaker takes part in it. Never for a sentence set at another time ("a few weeks ago").
    /// An event named inside the reported words is their topic, not their venue.
    /// </summary>
    internal static class StatementEventLinker
    {
        [MethodImpl(Jit.Optimized)]
        public static IReadOnlyList<StatementModel> Link(ArticleDocument doc, IReadOnlyList<StatementModel> statements, IReadOnlyList<EventModel> events, EventWords words)
        {
            if (events.Count == 0 || statements.Count == 0) return statements;
            // the lead event: the first event named in the first paragraph that names one
            EventModel? lead = null;
            int leadAt = int.MaxValue;
            foreach (var e in events)
                foreach (var m in e.Mentions)
                {
                    if (SentenceOf(doc, m.Offset) < 0) continue;
                    if (m.Offset < leadAt) { lead = e; leadAt = m.Offset; }
                }
            if (lead != null && SentenceOf(doc, leadAt) is int ls && ls >= 0 && doc.Sentences[ls].ParagraphIndex > 1) lead = null;

            // every mention's sentence and whether it is a topic, once (not once per statement), in event and mention order
            var mentions = new List<(EventModel Event, int Offset, int Sentence, bool Topic)>();
            foreach (var e in events)
                foreach (var m in e.Mentions)
                    mentions.Add((e, m.Offset, SentenceOf(doc, m.Offset), IsTopic(doc.Text, m.Offset, words)));

            var result = new List<StatementModel>(statements.Count);
            foreach (var s in statements)
            {
                EventModel? ev = null;
                int sentence = SentenceOf(doc, s.Span.Offset);
                int endSentence = SentenceOf(doc, s.Span.Offset + Math.Max(0, s.Span.Length - 1));
                int paragraph = sentence >= 0 ? doc.Sentences[sentence].ParagraphIndex : -1;
                bool shifted = TimeShift(doc, sentence, s.Span.Offset, words);
                foreach (var (e, offset, ms, topic) in mentions)
                {
                    if (offset >= s.Span.Offset && offset < s.Span.Offset + s.Span.Length) continue; // the topic, not the venue
                    if (topic) continue; // "the report on the 2016 elections"
                    if (ms >= 0 && (ms == sentence || ms == endSentence || ms == endSentence + 1 && IsAttributionOnly(doc, ms))) { ev ??= e; }
                }
                if (ev == null && s.Speaker != null && !shifted)
                {
                    EventModel? recent = null;
                    int recentAt = -1;
                    foreach (var (e, offset, ms, _) in mentions)
                    {
                        if (ms < 0 || offset > s.Span.Offset) continue;
                        if (offset >= s.Span.Offset && offset < s.Span.Offset + s.Span.Length) continue;
                        int mp = doc.Sentences[ms].ParagraphIndex;
                        if (paragraph - mp > 1) continue;
                        if (offset > recentAt) { recent = e; recentAt = offset; }
                    }
                    if (recent != null && recent.Participants.Contains(s.Speaker)) ev = recent;
                    else if (lead != null && lead.Participants.Contains(s.Speaker)) ev = lead;
                }
                result.Add(ev == null ? s : s with { Event = ev.Name, EventRef = ev.Span });
            }
            return result;
        }

        private static bool IsTopic(string t, int offset, EventWords words)
        {
            int from = Math.Max(0, offset - 12);
            // as before.EndsWith(c, Ordinal) for before = t[from, offset), without the substring
            foreach (var c in words.TopicBefore)
                if (c.Length <= offset - from && string.CompareOrdinal(t, offset - c.Length, c, 0, c.Length) == 0) return true;
            return false;
        }

        private static bool IsAttributionOnly(ArticleDocument doc, int sentence) => doc.Sentences[sentence].Length < 80;

        /// <summary>"A few weeks ago, Mr Mitchell promised …": a sentence set at another time is not said at the event around it.</summary>
        [MethodImpl(Jit.Optimized)]
        private static bool TimeShift(ArticleDocument doc, int sentence, int statementStart, EventWords words)
        {
            if (sentence < 0) return false;
            var se = doc.Sentences[sentence];
            int end = statementStart > se.Offset && statementStart < se.End ? statementStart : se.End;
            return SubstringSet.For(words.TimeShiftCues).AnyIn(doc.Text, se.Offset, end);
        }
    }
}
