using System;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    /// <summary>The dates that anchor an article: its publication date (when certain) and the date relative expressions resolve against.</summary>
    /// <param name="Published">From front matter <c>published:</c>, or a dateline; None when the article does not tell.</param>
    /// <param name="Anchor">The reference date for relative and year-less expressions (may be partial, e.g. only a year); None when unknown.</param>
    public readonly record struct ArticleTime(DateValue Published, DateValue Anchor);

    /// <summary>
    /// Finds an article's anchor, in order of certainty: front matter <c>published:</c>; a header line that is a date or a
    /// date range ("7 October 2019", "December 5 – December 11, 2016": the week the review covers, published that month);
    /// a dateline opening the first paragraph ("MINSK, 23 May 2019 –"); failing those, a year the article states as its
    /// present (<see cref="PresentYear"/>: "is presiding … in 2018"), and then only the year. A year is never guessed from
    /// future tense, plans or "this year" ("Bulgaria will host … in 2025" dates the event, not the article).
    /// </summary>
    public static class TemporalAnchor
    {
        public static ArticleTime Find(ArticleDocument doc)
        {
            if (doc.FrontMatter.TryGetValue("published", out var p))
            {
                // "1998-03-03T09:00:00": the date part of a timestamp
                int t = p.IndexOf('T');
                var d = DateValue.ParseIso(t == 10 ? p.Substring(0, 10) : p);
                // "WOODSIDE, California, Nov 15 (Reuters) -" in an article published on the 16th: the dateline's day (at most three days
                // before publication) is the day the article reports from, so "on Wednesday" and "today" count from it
                if (d.IsComplete && DatelineDay(doc, d) is { } reported) return new ArticleTime(d, reported);
                if (!d.IsNone) return new ArticleTime(d, d);
            }
            foreach (var h in doc.Header)
            {
                if (h.Text.Length > 80) continue;
                var matches = DateRecognizer.Recognize(h.Text, DateValue.None, DateRecognizerOptions.Default with { Strict = true });
                if (matches.Count != 1 || !matches[0].Start.HasYear) continue;
                var m = matches[0];
                // the line is (nearly) only the date: "7 October 2019", "31 October 2018 17:24", "Published: 2019-10-08"
                if (m.Kind == TemporalKind.Date && m.Start.IsComplete) return new ArticleTime(m.Start, m.Start);
                if (m.Kind == TemporalKind.Range && m.Start.IsComplete)
                {
                    var week = m.End.Year == m.Start.Year && m.End.Month == m.Start.Month ? new DateValue(m.Start.Year, m.Start.Month, 0) : new DateValue(m.Start.Year, 0, 0);
                    return new ArticleTime(week, m.End.IsComplete ? m.End : m.Start);
                }
            }
            if (doc.Paragraphs.Count > 0)
            {
                // dateline: "MINSK, 23 May 2019 (BelTA) –" at the start of the first paragraph
                string first = doc.Paragraphs[0].Text;
                var matches = DateRecognizer.Recognize(first.Length > 60 ? first.Substring(0, 60) : first, DateValue.None, DateRecognizerOptions.Default with { Strict = true });
                if (matches.Count > 0 && matches[0].Index < 30 && matches[0].Start.IsComplete && Dateline.Head(doc) is { } head && head.End < matches[0].Index)
                    return new ArticleTime(matches[0].Start, matches[0].Start);
            }
            // no printed date: only a year the article states as its present ("Tajikistan is presiding in the CIS in 2018");
            // never a future or planned year ("will host … in 2025") or "this year"
            int year = PresentYear.Find(doc);
            if (year == 0) return default;
            var anchor = new DateValue(year, 0, 0);
            var published = anchor;
            if (doc.Paragraphs.Count > 0)
            {
                // published: that year, and the month of a day-month in the lead when there is one ("on 6 April")
                string lead = doc.Paragraphs[0].Text;
                if (lead.Length < 2000)
                    foreach (var m in DateRecognizer.Recognize(lead, anchor))
                        if (m.Kind == TemporalKind.Date && m.Start.Month != 0 && m.Start.Year == year) { published = new DateValue(year, m.Start.Month, 0); break; }
            }
            return new ArticleTime(published, anchor);
        }

        /// <summary>The day and month of the first paragraph's dateline, in the year of <paramref name="published"/>, when it is 1 to
        /// 3 days before it; else null.</summary>
        private static DateValue? DatelineDay(ArticleDocument doc, DateValue published)
        {
            if (doc.Paragraphs.Count == 0 || !(Dateline.Head(doc) is { } head)) return null;
            string first = doc.Paragraphs[0].Text;
            var matches = DateRecognizer.Recognize(first.Length > 60 ? first.Substring(0, 60) : first, published, DateRecognizerOptions.Default with { Strict = true });
            if (matches.Count == 0 || matches[0].Index > 40 || matches[0].Index < head.End || matches[0].Kind != TemporalKind.Date) return null;
            var m = matches[0].Start;
            if (m.Month == 0 || m.Day == 0) return null;
            var day = new DateValue(published.Year, m.Month, m.Day);
            var at = new DateTime(published.Year, published.Month, published.Day, 0, 0, 0, DateTimeKind.Unspecified);
            DateTime dl;
            try { dl = new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Unspecified); } catch (ArgumentOutOfRangeException) { return null; }
            int days = (at - dl).Days;
            return days >= 1 && days <= 3 ? day : (DateValue?)null;
        }
    }
}
