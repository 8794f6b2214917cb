using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// One job: the time of the thing a reporting clause's subject names ("The closures come a day after the general
    /// visited"), which a span counted from a following event is counted from (<see cref="EventDateCountedFrom"/>). The
    /// sentence opens with a determiner, a noun and a verb of sequence (<c>referent_determiners</c>, <c>referent_verbs</c> in
    /// event-words.yaml) and the span follows the verb. The noun names an action the article reported before ("closures":
    /// "closed their embassies Sunday"): the latest earlier sentence with a word of the same stem and exactly one full date
    /// gives that date. Without such a sentence there is none and the article's date stands.
    /// </summary>
    internal static class EventDateReferent
    {
        private const int MinStem = 4;

        /// <param name="earlier">The article's earlier sentences with their dates (as events read them), in order.</param>
        public static DateValue? Find(string sentence, IReadOnlyList<TemporalMatch> matches, IReadOnlyList<(string Sentence, IReadOnlyList<TemporalMatch> Dates)> earlier, EventWords words)
        {
            if (words.ReferentDeterminers.Count == 0 || words.ReferentVerbs.Count == 0 || earlier.Count == 0) return null;
            var w = Words(sentence, 4);
            if (w.Count < 3 || !words.ReferentDeterminers.Contains(w[0].Text) || !words.ReferentVerbs.Contains(w[2].Text)) return null;
            int afterVerb = w[2].End;
            bool spanFollows = false;
            foreach (var m in matches)
                if (m.Kind == TemporalKind.Relative && m.Index >= afterVerb && OnlySpaces(sentence, afterVerb, m.Index)) spanFollows = true;
            if (!spanFollows) return null;
            string stem = Stem(w[1].Text, words.ReferentSuffixes);
            if (stem.Length < MinStem) return null;
            for (int k = earlier.Count - 1; k >= 0; k--)
            {
                if (!HasStem(earlier[k].Sentence, stem)) continue;
                if (OneDate(earlier[k].Dates) is { } date) return date;
            }
            return null;
        }

        /// <summary>The noun without a plural or nominal ending: "closures" → "clos", "arrests" → "arrest".</summary>
        internal static string Stem(string noun, IReadOnlyList<string> suffixes)
        {
            string s = noun.ToLowerInvariant();
            if (s.EndsWith("s", StringComparison.Ordinal) && !s.EndsWith("ss", StringComparison.Ordinal)) s = s.Substring(0, s.Length - 1);
            foreach (var suffix in suffixes)
                if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length - suffix.Length >= MinStem) return s.Substring(0, s.Length - suffix.Length);
            return s;
        }

        private static bool OnlySpaces(string s, int from, int to)
        {
            for (int i = from; i < to; i++)
                if (!char.IsWhiteSpace(s[i])) return false;
            return true;
        }

        private static bool HasStem(string sentence, string stem)
        {
            foreach (var (text, _) in Words(sentence, int.MaxValue))
                if (text.Length >= stem.Length && text.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>The sentence's one full date that is no relative span or period; null when none or several differ.</summary>
        private static DateValue? OneDate(IReadOnlyList<TemporalMatch> dates)
        {
            DateValue? found = null;
            foreach (var d in dates)
            {
                if (d.Kind is TemporalKind.Relative or TemporalKind.Period || !d.Start.IsComplete) continue;
                if (found is { } f && f != d.Start) return null;
                found = d.Start;
            }
            return found;
        }

        private static List<(string Text, int End)> Words(string s, int max)
        {
            var list = new List<(string, int)>();
            int i = 0;
            while (i < s.Length && list.Count < max)
            {
                while (i < s.Length && !char.IsLetter(s[i])) i++;
                int start = i;
                while (i < s.Length && (char.IsLetter(s[i]) || s[i] == '\'' || s[i] == '-')) i++;
                if (i > start) list.Add((Text.CharStrings.Slice(s, start, i - start), i)); // a shared string for a recent word
            }
            return list;
        }
    }
}
