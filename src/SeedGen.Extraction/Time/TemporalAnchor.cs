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
    /// a dateline opening the first paragraph ("MINSK, 23 May 2019 –"); and failing those, a year the article speaks of as
    /// its present or future ("will take place … in 2018", "due in May 2018", "this year"), when there is exactly one such year.
    /// A year is never guessed.
    /// </summary>
    public static class TemporalAnchor
    {
        public static ArticleTime Find(ArticleDocument doc)
        {
            if (doc.FrontMatter.TryGetValue("published", out var p))
            {
                var d = DateValue.ParseIso(p);
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
                if (matches.Count > 0 && matches[0].Index < 30 && matches[0].Start.IsComplete && first.IndexOf(',') is int c && c > 0 && c < matches[0].Index
                    && first.Substring(0, c).Trim().ToUpperInvariant() == first.Substring(0, c).Trim())
                    return new ArticleTime(matches[0].Start, matches[0].Start);
            }
            int year = ContextYear(doc);
            if (year == 0) return default;
            // published: that year, and the month of a day-month in the lead when there is one ("on 6 April")
            var anchor = new DateValue(year, 0, 0);
            var published = anchor;
            if (doc.Paragraphs.Count > 0)
            {
                string lead = doc.Paragraphs[0].Text;
                if (lead.Length < 2000)
                    foreach (var m in DateRecognizer.Recognize(lead, anchor))
                        if (m.Kind == TemporalKind.Date && m.Start.Month != 0 && m.Start.Year == year) { published = new DateValue(year, m.Start.Month, 0); break; }
            }
            return new ArticleTime(published, anchor);
        }

        /// <summary>The one year the article speaks of in the future or present tense; 0 when none or several.</summary>
        internal static int ContextYear(ArticleDocument doc)
        {
            int year = 0;
            foreach (var s in doc.Sentences)
            {
                if (s.Length > 2000) continue;
                string text = doc[s];
                bool present = text.IndexOf(" will ", StringComparison.Ordinal) >= 0 || text.IndexOf(" due ", StringComparison.Ordinal) >= 0
                    || text.IndexOf("this year", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf(" plans ", StringComparison.Ordinal) >= 0;
                if (!present) continue;
                foreach (var m in DateRecognizer.Recognize(text, DateValue.None))
                {
                    if (!m.Start.HasYear || m.Kind is TemporalKind.Period) continue;
                    if (year == 0) year = m.Start.Year;
                    else if (year != m.Start.Year) return 0;
                }
            }
            return year;
        }
    }
}
