using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 3d: an event that is part of another. "… during her Sunday visit to Tbilisi. During her meeting with Saakashvili,
    /// Merkel …": an event with no date of its own, first mentioned after a containing event (a visit, summit, conference,
    /// forum or congress; the kinds are in the word list) in the same or the next paragraph, and sharing one of its people,
    /// happened there and then: it takes that event's date, and its place when it has none, unless that place is a region
    /// ("Bush's trip to the Middle East"): a region is the whole's itinerary, not the venue of its part.
    /// </summary>
    internal static class PartOfEventResolver
    {
        public static void Resolve(ArticleDocument doc, List<EventDraft> drafts, EventWords words, Func<string, bool> isRegion)
        {
            foreach (var d in drafts)
            {
                if (!d.Start.IsNone || words.Containers.Contains(d.Kind)) continue;
                var first = d.Mentions.Where(x => x.SentenceIndex >= 0).OrderBy(x => x.Start).FirstOrDefault();
                if (first == null) continue;
                EventDraft? whole = null;
                foreach (var c in drafts)
                {
                    if (c == d || c.Start.IsNone || !words.Containers.Contains(c.Kind)) continue;
                    if (!c.Participants.Any(d.Participants.Contains)) continue;
                    int paragraph = doc.Sentences[first.SentenceIndex].ParagraphIndex;
                    bool before = c.Mentions.Any(x => x.SentenceIndex >= 0 && x.Start < first.Start && paragraph - doc.Sentences[x.SentenceIndex].ParagraphIndex <= 1);
                    if (before) { whole = c; break; }
                }
                if (whole == null) continue;
                d.Start = whole.Start;
                d.End = whole.End;
                if (whole.Location != null && !isRegion(whole.Location)) d.Location ??= whole.Location;
            }
        }
    }
}
