using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: the lead — a news article's first sentence — tells when the news happened, and the rest of the article
    /// elaborates it. Two events without a day of their own take the lead's one full date:
    /// <list type="bullet">
    /// <item>the event the headline names, when only its year is known ("X wins 2019 election" … "On Thursday, X's party
    /// won 365 seats") and that year is the lead's, provided the lead names no other event;</item>
    /// <item>an undated event between people the lead names ("Yesterday, the president rejected the minister's offer to
    /// resign" … "The president said in a meeting with the minister, …"), when its own sentences give no date.</item>
    /// </list>
    /// A lead with no date, or with two different dates, dates nothing.
    /// </summary>
    internal static class EventLeadDate
    {
        /// <param name="leadDates">The dates of the first body sentence, as the event pass read them.</param>
        /// <param name="datesBySentence">The dates of the sentences with mentions.</param>
        public static void Resolve(ArticleDocument doc, IReadOnlyList<EventDraft> drafts, IReadOnlyList<TemporalMatch>? leadDates,
            IReadOnlyDictionary<int, IReadOnlyList<TemporalMatch>> datesBySentence, EntityIndex entities, EventWords words)
        {
            if (leadDates == null || doc.Sentences.Count == 0 || OneDate(leadDates) is not { } lead) return;
            List<string>? leadPeople = null;
            for (int e = 0; e < drafts.Count; e++)
            {
                var d = drafts[e];
                if (d.Start.HasYear && d.Start.Month == 0 && d.Start.Year == lead.Year && d.Mentions.Any(m => m.SentenceIndex < 0)
                    && !OtherEventInLead(drafts, e))
                {
                    d.Start = lead;
                    d.End = EventDateResolver.OneDay(d, words) ? lead : DateValue.None;
                    continue;
                }
                if (!d.Start.IsNone || d.Participants.Count < 2) continue;
                if (d.Mentions.Any(m => m.SentenceIndex >= 0 && datesBySentence.TryGetValue(m.SentenceIndex, out var ds) && ds.Count > 0)) continue;
                leadPeople ??= People(doc, entities);
                if (!d.Participants.All(leadPeople.Contains)) continue;
                d.Start = lead;
                d.End = lead;
            }
        }

        /// <summary>The one full date of the lead; null when it has none or two different ones.</summary>
        private static DateValue? OneDate(IReadOnlyList<TemporalMatch> dates)
        {
            DateValue? found = null;
            foreach (var m in dates)
            {
                if (m.Kind == TemporalKind.Period || !m.Start.IsComplete) continue;
                if (found is { } f && f != m.Start) return null;
                found = m.Start;
            }
            return found;
        }

        private static bool OtherEventInLead(IReadOnlyList<EventDraft> drafts, int e)
        {
            for (int o = 0; o < drafts.Count; o++)
                if (o != e && drafts[o].Mentions.Any(m => m.SentenceIndex == 0)) return true;
            return false;
        }

        private static List<string> People(ArticleDocument doc, EntityIndex entities)
        {
            var s = doc.Sentences[0];
            var list = new List<string>();
            foreach (var pm in EventText.MentionsIn(entities, s.Offset, s.End))
                if (pm.Type == EntityType.Person && !pm.IsPronounOrDescription && !list.Contains(pm.Canonical)) list.Add(pm.Canonical);
            return list;
        }
    }
}
