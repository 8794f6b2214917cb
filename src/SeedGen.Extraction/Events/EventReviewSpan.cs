using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: an article dated by a span rather than a day — a weekly review headed "December 5 – December 11, 2016" —
    /// reports what happened in that span. An event it tells of without any date of its own took place then: it gets what
    /// the span gives, its month (the article's date is the month when the span lies in one month). Its end stays unknown,
    /// except for a kind held on one day. An article dated by a day, or by nothing, dates nothing here.
    /// </summary>
    internal static class EventReviewSpan
    {
        /// <param name="published">The article's date: a month for a review of a span inside one month.</param>
        /// <param name="anchor">The day relative dates count from: the span's last day for a review.</param>
        public static void Resolve(IReadOnlyList<EventDraft> drafts, DateValue published, DateValue anchor, EventWords words)
        {
            if (!(published.HasYear && published.Month != 0 && published.Day == 0 && anchor.IsComplete
                  && anchor.Year == published.Year && anchor.Month == published.Month)) return;
            foreach (var d in drafts)
            {
                if (!d.Start.IsNone) continue;
                d.Start = published;
                if (EventDateResolver.OneDay(d, words)) d.End = published;
            }
        }
    }
}
