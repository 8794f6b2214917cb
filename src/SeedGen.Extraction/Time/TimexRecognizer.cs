using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time.Parsers;
using SeedGen.Extraction.Time.Refiners;

namespace SeedGen.Extraction.Time
{
    /// <summary>
    /// Every time expression of a news text, normalised as TIMEX3 (type DATE / TIME / DURATION / SET, values at their
    /// grain: day, week, month, quarter, season, year, decade, PRESENT_REF …). Stages, one job each: tense
    /// (<see cref="TenseReader"/>), one parser per family of forms (calendar dates, REF words, relative days, relative
    /// units, weekdays, months, holidays, quarters, seasons, decades, years, durations), then the overlap resolver and the refiners
    /// (modifiers, span edges, references to what was said before). Word lists are the lexicon's <c>time.yaml</c>.
    /// Relative expressions need the anchor; without one only what the text itself dates is given (a year is never guessed).
    /// Linear in the input: each stage is one pass with bounded look-around.
    /// </summary>
    public static class TimexRecognizer
    {
        private delegate void Parser(TimexContext c, List<TimexCandidate> output);

        private static readonly Parser[] Parsers =
        {
            CalendarParser.Parse, RefParser.Parse, RelativeDayParser.Parse, RelativeUnitParser.Parse, WeekdayParser.Parse,
            MonthParser.Parse, HolidayParser.Parse, QuarterParser.Parse, SeasonParser.Parse, DecadeParser.Parse, YearParser.Parse, DurationParser.Parse,
        };

        /// <summary>The time expressions of <paramref name="text"/>, read against <paramref name="anchor"/> (the article's date).</summary>
        public static IReadOnlyList<Timex> Recognize(string text, DateValue anchor)
        {
            var result = new List<Timex>();
            if (string.IsNullOrEmpty(text)) return result;
            var c = new TimexContext(text, anchor, TimeLexicon.Default);
            TenseReader.Read(c);
            var candidates = new List<TimexCandidate>();
            foreach (var p in Parsers) p(c, candidates);
            var list = OverlapResolver.Resolve(c, candidates);
            list = ModifierRefiner.Refine(c, list);
            list = SpanRefiner.Refine(c, list);
            list = ReferenceRefiner.Refine(c, list);
            foreach (var t in list)
            {
                if (t.Value.Length == 0) continue;
                int s = c.Tokens[t.First].Offset, e = c.Tokens[t.Last].End;
                result.Add(new Timex(s, e, text.Substring(s, e - s), t.Type, t.Value, t.EndValue, t.Mod, t.Grain));
            }
            return result;
        }

        /// <summary>The time expressions of an article's body (front matter left out; offsets into <see cref="ArticleDocument.Text"/>),
        /// read against its anchor (<see cref="TemporalAnchor"/>: front matter <c>published:</c>, a header date or a dateline).</summary>
        public static IReadOnlyList<Timex> Recognize(ArticleDocument doc)
        {
            var time = TemporalAnchor.Find(doc);
            int body = BodyStart(doc);
            var all = Recognize(doc.Text, time.Anchor);
            var result = new List<Timex>(all.Count);
            foreach (var t in all) if (t.Start >= body) result.Add(t);
            return result;
        }

        private static int BodyStart(ArticleDocument doc)
        {
            string s = doc.Text;
            if (!s.StartsWith("---\n", StringComparison.Ordinal)) return 0;
            int end = s.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (end < 0) return 0;
            int nl = s.IndexOf('\n', end + 4);
            return nl < 0 ? s.Length : nl + 1;
        }
    }
}
