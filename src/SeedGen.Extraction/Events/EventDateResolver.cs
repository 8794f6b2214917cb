using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 3a: an event's start and end. A year written in the phrase ("the 2016 elections") is the event's own date; else
    /// the date expression (from <see cref="DateRecognizer"/>, resolved against the article's anchor) nearest to one of its
    /// mentions in the same sentence that no other event's mention is nearer to, absolute before relative, named mentions
    /// before back-references. A recurring event's usual month ("takes place every May") and the start of a period ("since
    /// 2016") are no dates of it, unless the event is still going on since then ("protests have been taking place since
    /// Tuesday": its start, no end). A duration in the paragraph that introduces it ("over three days", "a two-day visit"; not "for ten days", which
    /// is as often a quarantine or a sentence) gives the end; an event of a one-day kind (an election) ends at its start, at
    /// whatever precision that is known ("the 2017 election": 2017 to 2017); a date
    /// before "following" or "after" the mention is another time.
    /// </summary>
    internal static class EventDateResolver
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] ClauseStops = { ',', ';', '.' };
        private static readonly char[] WordSeparators = { ' ', ',', '.', ';', '\n' };

        public static void Resolve(ArticleDocument doc, EventDraft d, IReadOnlyDictionary<int, IReadOnlyList<TemporalMatch>> datesBySentence, List<EventMention> all, EventWords words)
        {
            var own = d.Mentions.FirstOrDefault(x => !x.Year.IsNone && x.SentenceIndex >= 0);
            TemporalMatch? best = null;
            int bestScore = int.MaxValue;
            bool bestSince = false, bestCloses = false;
            // "MINSK, 28 September (BelTA) – The 6th Forum … will take place on 28-29 June 2019": the dateline's date is the
            // article's, an event's only when no other date of its sentence is (below)
            int datelineEnd = Dateline.End(doc);
            foreach (var m in d.Mentions)
            {
                if (m.SentenceIndex < 0 || !datesBySentence.TryGetValue(m.SentenceIndex, out var dates)) continue;
                int sStart = doc.Sentences[m.SentenceIndex].Offset;
                foreach (var dm in dates)
                {
                    if (dm.Kind == TemporalKind.Period) continue;
                    bool since = AfterSince(doc.Text, sStart, sStart + dm.Index, words);
                    if (since && !OngoingSince(doc.Text, m.End, sStart + dm.Index, words)) continue;
                    if (dm.Kind == TemporalKind.Month && !dm.Start.HasYear && Habitual(doc[doc.Sentences[m.SentenceIndex]], words)) continue;
                    int at = sStart + dm.Index;
                    if (at + dm.Length <= m.Start && Barrier(doc.Text, at + dm.Length, m.Start, words)) continue;
                    int distance = at < m.Start ? m.Start - (at + dm.Length) : at - m.End;
                    if (at >= m.Start && at < m.End) distance = 0;
                    if (distance > words.MaxDateDistance) continue;
                    // a date nearer to another event's mention in the sentence belongs to that event
                    bool nearerOther = all.Any(o => o.SentenceIndex == m.SentenceIndex && o.Event >= 0 && !d.Mentions.Contains(o) && !o.Generic && !(o.ListId >= 0 && o.ListId == m.ListId)
                        && Distance(o, at, dm.Length) < Math.Max(0, distance));
                    if (nearerOther) continue;
                    // the dateline's date dates the lead's event only when its sentence gives no other ("MINSK, 6 April (BelTA) – X met Y")
                    int score = Math.Max(0, distance) + (dm.Kind == TemporalKind.Relative ? 1000 : 0) + (m.Named ? 0 : 500) + (at < datelineEnd ? 2000 : 0);
                    if (score < bestScore) { best = dm; bestScore = score; bestSince = since; bestCloses = at > m.End && ClosesAt(doc.Text, m.End, at, words); }
                }
            }
            // a year written in the phrase ("the 2016 parliamentary elections") is the event's own date, unless its sentence gives
            // the day in that year ("the 2019 UK general election on 12 December")
            if (own != null && !(best is { } inYear && inYear.Start.Year == own.Year.Year && inYear.Start.Month != 0 && inYear.Kind != TemporalKind.Relative))
            {
                d.Start = own.Year;
                d.End = OneDay(d, words) ? d.Start : DateValue.None;
                return;
            }
            if (best is { } sinceDate && bestSince)
            {
                // "protests have been taking place since Tuesday": the start of an event still going on; no end yet
                d.Start = sinceDate.Start;
                d.End = DateValue.None;
                return;
            }
            if (best is { } b)
            {
                d.Start = b.Start;
                d.End = !b.End.IsNone ? b.End : b.Start.IsComplete || (!b.Start.HasYear && b.Start.Day != 0) ? b.Start : DateValue.None;
            }
            else if (d.Mentions.FirstOrDefault(x => !x.Year.IsNone) is { } withYear)
            {
                d.Start = withYear.Year;
            }
            if (d.End.IsNone && !d.Start.IsNone && OneDay(d, words)) d.End = d.Start;
            if (d.Start.IsComplete && (d.End.IsNone || d.End == d.Start))
            {
                var first = d.Mentions.FirstOrDefault(x => x.SentenceIndex >= 0);
                if (first != null && DurationOfMentions(doc, d, words) is int days && days > 1)
                {
                    var day = new DateTime(d.Start.Year, d.Start.Month, d.Start.Day, 0, 0, 0, DateTimeKind.Unspecified);
                    if (bestCloses || EndsBefore(doc.Text, doc.Sentences[first.SentenceIndex].Offset, first.Start, words))
                    {
                        // "after a three-day visit … on Wednesday": Wednesday is the last day
                        var start = day.AddDays(-(days - 1));
                        d.End = d.Start;
                        d.Start = new DateValue(start.Year, start.Month, start.Day);
                    }
                    else
                    {
                        var end = day.AddDays(days - 1);
                        d.End = new DateValue(end.Year, end.Month, end.Day);
                    }
                }
            }
        }

        /// <summary>An event of a kind held on one day (an election): its end is its start, at the start's precision.</summary>
        internal static bool OneDay(EventDraft d, EventWords words) => words.OneDayKinds.Contains(d.Kind);

        /// <summary>"since 2016", "since the September 11, 2001 attacks": "since" within the two words before the date.</summary>
        internal static bool AfterSince(string t, int sentenceStart, int at, EventWords words)
        {
            int from = Math.Max(sentenceStart, at - 24);
            var before = Tokenizer.Tokenize(t, from, at);
            for (int k = before.Count - 1; k >= 0 && k >= before.Count - 2; k--)
                if (before[k].Text.Equals(words.SinceCue, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>"protests have been taking place since Tuesday": an ongoing cue between the mention and "since".</summary>
        internal static bool OngoingSince(string t, int mentionEnd, int dateAt, EventWords words)
        {
            if (dateAt <= mentionEnd || dateAt - mentionEnd > 60) return false;
            string between = " " + t.Substring(mentionEnd, dateAt - mentionEnd) + " ";
            if (between.IndexOfAny(ClauseStops) >= 0) return false;
            foreach (var c in words.OngoingCues)
                if (between.IndexOf(" " + c + " ", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        /// <summary>"after a three-day visit": an end cue among the three words before the mention.</summary>
        /// <summary>"the summit ends on Wednesday", "closed Friday": a verb of ending (<c>closing_verbs</c>) right before the date at
        /// <paramref name="at"/>, after the mention that ends at <paramref name="mentionEnd"/>.</summary>
        internal static bool ClosesAt(string t, int mentionEnd, int at, EventWords words)
        {
            var before = Tokenizer.Tokenize(t, Math.Max(mentionEnd, at - 24), at);
            if (before.Count > 0 && before[before.Count - 1].Text is "on") before = before.GetRange(0, before.Count - 1);
            string joined = " " + string.Join(" ", before.Skip(Math.Max(0, before.Count - 2)).Select(x => x.Text)) + " ";
            foreach (var c in words.ClosingVerbs)
                if (joined.EndsWith(" " + c + " ", StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        internal static bool EndsBefore(string t, int sentenceStart, int mentionStart, EventWords words)
        {
            var before = Tokenizer.Tokenize(t, Math.Max(sentenceStart, mentionStart - 30), mentionStart);
            string joined = " " + string.Join(" ", before.Skip(Math.Max(0, before.Count - 3)).Select(x => x.Text)) + " ";
            return words.EndCues.Any(c => joined.IndexOf(" " + c + " ", StringComparison.OrdinalIgnoreCase) >= 0);
        }

        /// <summary>A barrier word ("following", "after") between a date and a later event mention.</summary>
        internal static bool Barrier(string t, int from, int to, EventWords words)
        {
            if (to - from > 80) return false;
            string between = " " + t.Substring(from, to - from) + " ";
            foreach (var b in words.DateBarriers)
                if (between.IndexOf(" " + b + " ", StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        internal static bool Habitual(string sentence, EventWords words) =>
            SubstringSet.For(words.HabitualCues).AnyIn(sentence);

        private static int Distance(EventMention m, int at, int length)
        {
            if (at >= m.Start && at < m.End) return 0;
            return at < m.Start ? Math.Max(0, m.Start - (at + length)) : at - m.End;
        }

        /// <summary>The duration given in the paragraph that introduces the event, else in a later paragraph that mentions it
        /// ("The official 26-hour visit will take …").</summary>
        private static int? DurationOfMentions(ArticleDocument doc, EventDraft d, EventWords words)
        {
            int last = -1;
            foreach (var m in d.Mentions)
            {
                if (m.SentenceIndex < 0) continue;
                int p = doc.Sentences[m.SentenceIndex].ParagraphIndex;
                if (p == last) continue;
                last = p;
                if (Duration(doc.Paragraphs[p].Text, words) is int days) return days;
            }
            return null;
        }

        /// <summary>"over three days", "for 3 days", "a two-day visit", "a 26-hour visit" (over a day: the calendar days it
        /// at least touches): the number of days, or null.</summary>
        internal static int? Duration(string paragraph, EventWords words)
        {
            if (paragraph.IndexOf("day", StringComparison.OrdinalIgnoreCase) < 0 && paragraph.IndexOf("-hour", StringComparison.OrdinalIgnoreCase) < 0) return null;
            var tokens = paragraph.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                string w = tokens[i].ToLowerInvariant();
                int n = words.Numbers.IndexOf(w);
                if (n < 0 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed < 32) n = parsed;
                string next = tokens[i + 1].ToLowerInvariant();
                if (n > 1 && next == "days" && i > 0 && words.DurationBefore.Contains(tokens[i - 1].ToLowerInvariant())) return n;
                int dash = w.IndexOf("-day", StringComparison.Ordinal);
                if (dash > 0) { int k = words.Numbers.IndexOf(w.Substring(0, dash)); if (k > 1) return k; }
                int hour = w.IndexOf("-hour", StringComparison.Ordinal);
                if (hour > 0 && int.TryParse(w.Substring(0, hour), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int hours)
                    && hours > 24 && hours < 24 * 31) return (hours + 23) / 24;
            }
            return null;
        }
    }
}
