using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: in an article with no dated anchor, a day and month that the text gives without a year ("On 10 October,
    /// Duda met …") take the year of the last full date the article wrote before it ("arrived on 9 October 2018"), as a
    /// reader of a narrative does — but only when the day lies on or after that date and within six months of it, so the
    /// narrative runs forward in the same year. Otherwise the year stays unknown: it is never guessed.
    /// </summary>
    internal static class EventNarrativeYear
    {
        public static void Resolve(ArticleDocument doc, IReadOnlyList<EventDraft> drafts, DateValue anchor)
        {
            if (anchor.HasYear) return; // the anchor already resolved year-less dates
            List<(int End, DateValue Date)>? written = null; // read once per article, only when needed: linear
            foreach (var d in drafts)
            {
                if (d.Start.HasYear || d.Start.Month == 0 || d.Start.Day == 0) continue;
                int at = FirstMention(d);
                if (at < 0) continue;
                written ??= WrittenDates(doc);
                var last = LastBefore(written, at);
                if (last is not { } r) continue;
                int months = (d.Start.Month - r.Month) + (d.Start.Day >= r.Day ? 0 : -1);
                bool forward = d.Start.Month > r.Month || (d.Start.Month == r.Month && d.Start.Day >= r.Day);
                if (!forward || months > 6) continue;
                d.Start = new DateValue(r.Year, d.Start.Month, d.Start.Day);
                if (!d.End.HasYear && d.End.Month != 0 && d.End.Day != 0)
                {
                    bool endForward = d.End.Month > d.Start.Month || (d.End.Month == d.Start.Month && d.End.Day >= d.Start.Day);
                    if (endForward) d.End = new DateValue(r.Year, d.End.Month, d.End.Day);
                }
            }
        }

        private static int FirstMention(EventDraft d)
        {
            int at = -1;
            foreach (var m in d.Mentions) if (m.SentenceIndex >= 0 && (at < 0 || m.Start < at)) at = m.Start;
            return at;
        }

        /// <summary>The complete written dates (year, month and day) of the article, in text order, with where each ends.</summary>
        private static List<(int End, DateValue Date)> WrittenDates(ArticleDocument doc)
        {
            var list = new List<(int, DateValue)>();
            foreach (var s in doc.Sentences)
            {
                if (s.Length > 5000 || doc.Text.IndexOfAny(Digits, s.Offset, s.Length) < 0) continue; // as the event pass; a written year needs digits
                foreach (var m in doc.Dates(s.Offset, s.End, DateValue.None))
                    if (m.Kind is TemporalKind.Date or TemporalKind.Range && m.Start.IsComplete && !m.YearFromAnchor)
                        list.Add((s.Offset + m.Index + m.Length, m.Start));
            }
            return list;
        }

        private static readonly char[] Digits = "0123456789".ToCharArray();

        private static DateValue? LastBefore(List<(int End, DateValue Date)> written, int offset)
        {
            int lo = 0, hi = written.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (written[mid].End <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found < 0 ? null : written[found].Date;
        }
    }
}
