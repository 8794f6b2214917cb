using System;
using System.Collections.Generic;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Statements
{
    /// <summary>
    /// The speaker a reader gives a quote that has no attribution of its own, from its context: a quoted fragment inside a
    /// reported clause belongs to the clause's speaker ("X said the plan was “a disaster”"); a quote that opens its sentence
    /// (or its paragraph) right after a statement goes on in that speaker's voice, as long as nobody else is named in between
    /// and the quote's own sentence has no verb of saying (an attribution that could not be resolved is never overridden).
    /// Anything else stays without a speaker and gets SG0102. One pass over the statements in text order: linear.
    /// </summary>
    internal static class UnattributedQuotes
    {
        /// <summary>How many paragraphs back the previous statement may lie (the quote paragraph after "He said:" or after a
        /// short paragraph of narration about the same speaker).</summary>
        private const int MaxParagraphGap = 2;

        internal static void Resolve(ArticleDocument doc, EntityIndex entities, StatementCues cues, List<StatementModel> result, List<DiagnosticModel> diagnostics,
            HashSet<int>? fragments = null)
        {
            var removed = new HashSet<int>();
            string t = doc.Text;
            var people = new List<EntityMention>();
            foreach (var m in entities.Mentions)
                if (m.Type == EntityType.Person && !m.IsPronounOrDescription) people.Add(m);
            people.Sort((a, b) => a.Offset.CompareTo(b.Offset));

            for (int i = 0; i < result.Count; i++)
            {
                var d = result[i];
                if (d.Kind != StatementKindModel.Direct || d.Speaker != null) continue;
                int start = d.Span.Offset, end = d.Span.Offset + d.Span.Length;
                (string Speaker, string? Surface)? who = null;

                // 1. inside a reported clause: that clause's speaker
                for (int j = i - 1; j >= 0 && j >= i - 8 && who == null; j--)
                {
                    var r = result[j];
                    if (r.Kind == StatementKindModel.Indirect && r.Speaker != null && r.Span.Offset <= start && end <= r.Span.Offset + r.Span.Length + 2)
                        who = (r.Speaker, r.SpeakerText);
                }
                for (int j = i + 1; j < result.Count && j <= i + 8 && who == null && result[j].Span.Offset <= start; j++)
                {
                    var r = result[j];
                    if (r.Kind == StatementKindModel.Indirect && r.Speaker != null && end <= r.Span.Offset + r.Span.Length + 2)
                        who = (r.Speaker, r.SpeakerText);
                }

                // a short fragment is a statement only inside a reported clause; otherwise it was a scare quote
                bool fragment = fragments != null && fragments.Contains(start);
                if (fragment)
                {
                    if (who == null) removed.Add(i);
                    else result[i] = d with { Speaker = who.Value.Speaker, SpeakerText = who.Value.Surface };
                    continue;
                }

                // 2. "“…?” Vitter demanded.": a person named right after the closing mark, before a verb in the past tense
                if (who == null && NamedRightAfter(t, people, end) is { } named) who = (named.Canonical, named.Surface);

                // 3. a quote that goes on in the voice of the statement before it
                bool opens = OpensSentence(doc, start, out bool opensParagraph) && !Cued(doc, start, end, cues, before: false);
                if (who == null && opens)
                {
                    StatementModel? prev = null;
                    for (int j = i - 1; j >= 0; j--)
                        if (!removed.Contains(j) && result[j].Span.Offset + result[j].Span.Length <= start)
                        {
                            // "“…,” Roe said when asked why …. “…”": a reported clause with no speaker inside the sentence of the
                            // statement before it (the question put to the speaker) does not take the voice over
                            if (prev == null && result[j].Speaker == null && result[j].Kind == StatementKindModel.Indirect) { prev = result[j]; continue; }
                            if (prev != null && doc.SentenceAt(result[j].Span.Offset + result[j].Span.Length - 1) != doc.SentenceAt(prev.Span.Offset)) break;
                            prev = result[j];
                            break;
                        }
                    if (prev != null && prev.Speaker != null)
                    {
                        int prevEnd = prev.Span.Offset + prev.Span.Length;
                        int pp = ParagraphOf(doc, prev.Span.Offset), dp = ParagraphOf(doc, start);
                        bool near = pp == dp || (opensParagraph && dp - pp <= MaxParagraphGap);
                        // people named in the rest of the previous statement's own sentence (its attribution and appositions:
                        // "“…,” Jane Roe, a close ally of John Doe, said. “…”") do not take the voice over
                        int from = prevEnd;
                        int psi = doc.SentenceAt(Math.Max(0, prevEnd - 1));
                        if (psi >= 0 && doc.Sentences[psi].End <= start) from = Math.Max(from, doc.Sentences[psi].End);
                        if (near && !OtherPersonBetween(people, from, start, prev.Speaker))
                            who = (prev.Speaker, prev.SpeakerText);
                    }
                }

                // 3. a quote that opens a sentence right after narration about a named person, in the same paragraph, with no
                // statement in between: "Jane Roe also criticised the plan on television. “…”" — the quote is the subject's
                if (who == null && opens && !opensParagraph)
                    who = NarrationSubject(doc, people, result, removed, i, start);

                if (who != null)
                {
                    result[i] = d with { Speaker = who.Value.Speaker, SpeakerText = who.Value.Surface };
                    continue;
                }
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.NoSpeaker, DiagnosticSeverityModel.Info,
                    "no speaker could be resolved for this quote; it was kept without one", doc.File, d.Span));
            }
            if (removed.Count > 0)
            {
                var kept = new List<StatementModel>(result.Count - removed.Count);
                for (int i = 0; i < result.Count; i++) if (!removed.Contains(i)) kept.Add(result[i]);
                result.Clear();
                result.AddRange(kept);
            }
        }

        /// <summary>Is the opening mark before <paramref name="contentStart"/> the first thing in its sentence?</summary>
        private static bool OpensSentence(ArticleDocument doc, int contentStart, out bool opensParagraph)
        {
            string t = doc.Text;
            opensParagraph = false;
            int open = contentStart - 1;
            while (open >= 0 && char.IsWhiteSpace(t[open])) open--;
            if (open < 0) return false;
            // the mark itself (one or two characters: “ or '')
            if (open > 0 && (t[open] == '\'' || t[open] == '`') && t[open - 1] == t[open]) open--;
            int k = open - 1;
            while (k >= 0 && (t[k] == ' ' || t[k] == '\t')) k--;
            if (k < 0 || t[k] == '\n' || t[k] == '\r') { opensParagraph = true; return true; }
            return t[k] is '.' or '!' or '?' or '”' or '"' or '\'';
        }

        /// <summary>A verb of saying in the quote's sentence outside the quote (before the opening or after the closing mark):
        /// the quote has an attribution of its own, resolved or not.</summary>
        private static bool Cued(ArticleDocument doc, int start, int end, StatementCues cues, bool before)
        {
            // a quote that opens its sentence has nothing before it in that sentence (the cue before the mark is the previous
            // sentence's: “…,” said Caddell, speaking of it. “…”)
            int si = doc.SentenceAt(Math.Max(0, start - 1));
            int ei = doc.SentenceAt(Math.Min(doc.Text.Length - 1, end));
            int from = si >= 0 ? doc.Sentences[si].Offset : Math.Max(0, start - 200);
            int to = ei >= 0 ? doc.Sentences[ei].End : Math.Min(doc.Text.Length, end + 200);
            to = Math.Min(to, end + 300);
            if (before)
                foreach (var tk in doc.Tokens(from, Math.Max(from, start - 1)))
                    if (tk.IsWord && Subjects.IsVerb(tk.Text, cues.Attribution)) return true;
            int after = Math.Min(doc.Text.Length, end + 1);
            foreach (var tk in doc.Tokens(after, Math.Max(after, to)))
            {
                if (tk.IsWord && Subjects.IsVerb(tk.Text, cues.Attribution)) return true;
                if (tk.Text is "“" or "\"" or "«" or "„") break; // the next quotation's own attribution
            }
            return false;
        }

        /// <summary>The named person who opens the sentence before the quote's (same paragraph), when that sentence holds no
        /// statement: the subject of the narration the quote continues. Not a possessive ("Roe's aide said").</summary>
        private static (string Speaker, string? Surface)? NarrationSubject(ArticleDocument doc, List<EntityMention> people, List<StatementModel> result,
            HashSet<int> removed, int i, int start)
        {
            string t = doc.Text;
            int qsi = doc.SentenceAt(start);
            if (qsi <= 0 || doc.Sentences[qsi - 1].ParagraphIndex != doc.Sentences[qsi].ParagraphIndex) return null;
            var ps = doc.Sentences[qsi - 1];
            for (int j = i - 1; j >= 0 && j >= i - 8; j--)
            {
                var r = result[j].Span;
                if (!removed.Contains(j) && r.Offset < doc.Sentences[qsi].Offset && r.Offset + r.Length > ps.Offset) return null;
            }
            int first = ps.Offset;
            while (first < ps.End && char.IsWhiteSpace(t[first])) first++;
            first = AfterOwnerPossessive(t, first, ps.End);
            int lo = 0, hi = people.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (people[mid].Offset < first) lo = mid + 1; else hi = mid; }
            if (lo >= people.Count || people[lo].Offset != first) return null;
            var m = people[lo];
            int after = m.Offset + m.Length;
            if (after < ps.End && t[after] is '\'' or '’') return null;
            return (m.Canonical, m.Surface);
        }

        /// <summary>Past an institution's possessive that opens the sentence ("Reuters' Jane Roe", "Lagos Port Authority's
        /// Jane Roe"): where the name after it starts; <paramref name="first"/> when there is none.</summary>
        private static int AfterOwnerPossessive(string t, int first, int end)
        {
            int c = first;
            for (int words = 0; words < 6 && c < end && char.IsUpper(t[c]); words++)
            {
                int e = c;
                while (e < end && (char.IsLetter(t[e]) || t[e] is '-' or '.' or '&')) e++;
                if (e + 2 < end && t[e] is '\'' or '’' && t[e + 1] == 's' && t[e + 2] == ' ')
                    return e + 3 < end && char.IsUpper(t[e + 3]) ? e + 3 : first;
                if (e + 1 < end && t[e] is '\'' or '’' && t[e - 1] == 's' && t[e + 1] == ' ') // "Reuters' Jane Roe"
                    return e + 2 < end && char.IsUpper(t[e + 2]) ? e + 2 : first;
                if (e >= end || t[e] != ' ') return first;
                c = e + 1;
            }
            return first;
        }

        /// <summary>The person named right after the quote's closing mark (and its comma or question mark) when a lower-case
        /// verb in the past tense follows the name ("…,” Vitter demanded.", "…?” Cruz countered on Sunday"); not a name in the
        /// possessive ("…,” Obama's aide said" is the aide's).</summary>
        private static EntityMention? NamedRightAfter(string t, List<EntityMention> people, int end)
        {
            int k = end;
            while (k < t.Length && k < end + 4 && (t[k] is ',' or '?' or '!' or '”' or '"' or '\'' or '’' or '.')) k++;
            if (k >= t.Length || t[k] != ' ') return null;
            k++;
            int lo = 0, hi = people.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (people[mid].Offset < k) lo = mid + 1; else hi = mid; }
            if (lo >= people.Count || people[lo].Offset != k) return null;
            var m = people[lo];
            int a = m.Offset + m.Length;
            if (a + 1 >= t.Length || t[a] != ' ') return null;
            int w = a + 1, e = w;
            while (e < t.Length && char.IsLetter(t[e])) e++;
            if (e - w < 4 || !char.IsLower(t[w]) || !(t[e - 2] == 'e' && t[e - 1] == 'd')) return null;
            if (e < t.Length && !(t[e] is '.' or ',' or ' ' or ';')) return null;
            return m;
        }

        private static int ParagraphOf(ArticleDocument doc, int offset)
        {
            int si = doc.SentenceAt(offset);
            return si >= 0 ? doc.Sentences[si].ParagraphIndex : -1;
        }

        private static bool OtherPersonBetween(List<EntityMention> people, int from, int to, string speaker)
        {
            int lo = 0, hi = people.Count;
            while (lo < hi) { int mid = (lo + hi) >> 1; if (people[mid].Offset < from) lo = mid + 1; else hi = mid; }
            for (int k = lo; k < people.Count && people[k].Offset < to; k++)
                if (!string.Equals(people[k].Canonical, speaker, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
