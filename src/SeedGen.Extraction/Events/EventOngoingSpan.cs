using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: an event of a given length that someone is on at the time of writing ("The minister is on a ten-day tour of
    /// the region", "they are currently on a three-day visit") began within that many days before the article's date and
    /// ends within that many days after it. Each end gets the month when that stretch lies in one month, else the year
    /// when it lies in one year. Only an event left without a date, with the article dated; the present-tense cues are
    /// <c>ongoing_presence_cues</c> in event-words.yaml, right before the mention.
    /// </summary>
    internal static class EventOngoingSpan
    {
        public static void Resolve(ArticleDocument doc, IReadOnlyList<EventDraft> drafts, DateValue anchor, EventWords words)
        {
            if (EventDateReference.Day(anchor) is not { } now || words.OngoingPresenceCues.Count == 0) return;
            foreach (var d in drafts)
            {
                if (!d.Start.IsNone) continue;
                foreach (var m in d.Mentions)
                {
                    if (m.SentenceIndex < 0) continue;
                    var s = doc.Sentences[m.SentenceIndex];
                    if (!Present(doc.Text, s.Offset, m.Start, words)) continue;
                    if (Days(doc.Text, s.Offset, m.Start, m.End, words) is not int days || days < 2) continue;
                    d.Start = Coarse(now.AddDays(-(days - 1)), now);
                    d.End = Coarse(now, now.AddDays(days - 1));
                    break;
                }
            }
        }

        /// <summary>"is on a", "are currently on the": a cue, then at most a determiner, right before the mention.</summary>
        internal static bool Present(string t, int sentenceStart, int mentionStart, EventWords words)
        {
            int from = Math.Max(sentenceStart, mentionStart - 40);
            var before = Tokenizer.Tokenize(t, from, mentionStart);
            int n = before.Count;
            if (n > 0 && words.Determiners.Contains(before[n - 1].Text)) n--;
            string joined = " ";
            for (int k = Math.Max(0, n - 3); k < n; k++) joined += before[k].Text + " ";
            foreach (var c in words.OngoingPresenceCues)
                if (joined.EndsWith(" " + c + " ", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>The number of days of a "ten-day", "3-day" compound in or right before the mention.</summary>
        internal static int? Days(string t, int sentenceStart, int mentionStart, int mentionEnd, EventWords words)
        {
            int from = Math.Max(sentenceStart, mentionStart - 20);
            foreach (var raw in t.Substring(from, mentionEnd - from).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                string w = raw.ToLowerInvariant();
                int dash = w.IndexOf("-day", StringComparison.Ordinal);
                if (dash <= 0 || dash + 4 != w.Length) continue;
                string num = w.Substring(0, dash);
                int k = words.Numbers.IndexOf(num);
                if (k > 0) return k;
                if (int.TryParse(num, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n < 100) return n;
            }
            return null;
        }

        private static readonly char[] Separators = { ' ', ',', '.', ';', ':', '(', ')', '\n' };

        private static DateValue Coarse(DateTime from, DateTime to) =>
            from.Year != to.Year ? DateValue.None : from.Month != to.Month ? new DateValue(from.Year, 0, 0) : new DateValue(from.Year, from.Month, 0);
    }
}
