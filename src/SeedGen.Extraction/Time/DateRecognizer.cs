using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    public enum TemporalKind { Date, Range, Month, Year, Relative, Weekday, Period }

    /// <summary>A temporal expression found in text.</summary>
    /// <param name="Index">Offset of the match in the text passed in.</param>
    /// <param name="Length">Length of the match.</param>
    /// <param name="Start">Start date (parts 0 when unknown). Year is filled only when the text or the anchor makes it certain.</param>
    /// <param name="End">End of a range, or None.</param>
    /// <param name="Kind">What kind of expression it was.</param>
    /// <param name="YearFromAnchor">True when the year was not written but taken from the anchor.</param>
    public readonly record struct TemporalMatch(int Index, int Length, DateValue Start, DateValue End, TemporalKind Kind, bool YearFromAnchor);

    /// <summary>Options that change how ambiguous text reads.</summary>
    public sealed record DateRecognizerOptions
    {
        public static readonly DateRecognizerOptions Default = new();
        /// <summary>Read 6/10/2018 as 6 October (day first), as British English does.</summary>
        public bool DayFirst { get; init; }
        /// <summary>Only formal dates: no relative or casual expressions ("today", "Friday", "last week").</summary>
        public bool Strict { get; init; }
        /// <summary>Resolve ambiguous expressions to the future relative to the anchor.</summary>
        public bool ForwardDate { get; init; }
        /// <summary>The anchor's time of day, for offsets in hours and minutes that may cross midnight ("12 hours from now"); midnight when null.</summary>
        public TimeSpan? AnchorTimeOfDay { get; init; }
    }

    /// <summary>
    /// Recognises and normalises temporal expressions: absolute dates, ranges, months, years and relative expressions.
    /// Relative and year-less expressions are resolved against <c>anchor</c> when it is known; otherwise they stay partial
    /// (a year is never invented). Linear in the input: one pass over tokens with bounded look-ahead, no regular expressions.
    /// Culture-independent. Clock times are skipped (a date with a time keeps its date).
    /// </summary>
    public static class DateRecognizer
    {
        internal enum TK { Word, Number, Punct }

        internal readonly struct Tok
        {
            public Tok(int offset, int length, TK kind, string text) { Offset = offset; Length = length; Kind = kind; Text = text; }
            public readonly int Offset, Length;
            public readonly TK Kind;
            public readonly string Text;
            public int End => Offset + Length;
        }

        // The word lists are data: the months of Lexicon/time.yaml, the rest its calendar: section (CalendarWords).
        private static readonly CalendarWords Words = TimeLexicon.Default.Calendar;
        private static readonly Dictionary<string, int> Months = TimeLexicon.Default.Months;
        private static readonly Dictionary<string, DayOfWeek> Weekdays = Words.Weekdays;
        private static readonly Dictionary<string, int> NumberWords = Words.Numbers;
        private static readonly Dictionary<string, int> OrdinalWords = Words.Ordinals;

        public static IReadOnlyList<TemporalMatch> Recognize(string text, DateValue anchor, DateRecognizerOptions? options = null) =>
            Recognize(text, anchor, options, null);

        /// <summary><see cref="Recognize(string, DateValue, DateRecognizerOptions?)"/> with a token list to reuse.</summary>
        [MethodImpl(Jit.Optimized)]
        internal static IReadOnlyList<TemporalMatch> Recognize(string text, DateValue anchor, DateRecognizerOptions? options, Scratch? scratch)
        {
            var result = new List<TemporalMatch>();
            if (string.IsNullOrEmpty(text)) return result;
            options ??= DateRecognizerOptions.Default;
            var toks = Tokenize(text, TakeTokens(scratch, text));
            for (int i = 0; i < toks.Count; i++)
            {
                if (!CanStart(toks[i])) continue;
                var m = TryAt(text, toks, i, anchor, options, out int used);
                if (m is { } match)
                {
                    // the words around a date that belong to it: a weekday before, a clock time or part of day after
                    int first = i, last = i + Math.Max(1, used) - 1;
                    while (first < last && toks[first].Offset < match.Index) first++;
                    // "2023-12-29 -10days", "next tuesday +10 days": an offset from the date just read
                    if (last + 2 < toks.Count && IsPunct(toks, last + 1, "+-") && ToDate(match.Start) is { } baseDate && match.End.IsNone
                        && Duration(toks, last + 2, baseDate, match.Start, options with { AnchorTimeOfDay = null }, out int du3, toks[last + 1].Text == "-" ? -1 : 1) is { } moved)
                    {
                        match = match with { Start = moved.Start };
                        last = last + 1 + du3;
                    }
                    first = ExtendBefore(toks, first, match.Kind);
                    last = ExtendAfter(toks, last);
                    match = match with { Index = toks[first].Offset, Length = toks[last].End - toks[first].Offset };
                    // "2014-04-18 13:00 - 16:00", "monday 7 to 9am": a time range within one day ends that day
                    if (match.End.IsNone && match.Start.IsComplete && HasTimeRange(toks, first, last)) match = match with { End = match.Start, Kind = match.Kind };
                    // "from May to December", "8/10/2012 - 8/15/2012", "today - next friday": two dates joined into a range
                    if (result.Count > 0 && JoinsRange(text, result[result.Count - 1], match, out int from))
                    {
                        var prev = result[result.Count - 1];
                        result[result.Count - 1] = MergeRange(prev, match, from, anchor);
                    }
                    else result.Add(match);
                    i = last;
                }
                else if ((DayAt(toks, i, out int du) != 0 || (IsNum(toks, i) && DigitCount(toks[i]) <= 2 && (du = 1) == 1)) && MonthAt(toks, i + du, out int mu) != 0)
                {
                    // an impossible day ("31 February 2019") is no date, and its month-year is not one either
                    i += du + mu - 1;
                    if (YearAt(toks, i + 1, out int yu) != 0) i += yu;
                }
            }
            if (scratch != null && toks.Capacity <= 4096) scratch.Tokens = toks; // a list grown past a long text is not kept
            return result;
        }

        /// <summary>The words that the readers below look for at the token they start from (the first word of every form:
        /// month, weekday, ordinal and number words, the words of relative expressions and quantities of time). A word outside
        /// them starts nothing, so the scan passes over it without trying each form in turn.</summary>
        private static readonly HashSet<string> StartWords = BuildStartWords();

        /// <summary>The case-folded first letters and the longest length of <see cref="StartWords"/> (ASCII words): a word that
        /// starts with another letter or is longer is no start word, without hashing it.</summary>
        private static readonly bool[] StartLetters = BuildStartLetters(out StartWordMaxLength);
        private static readonly int StartWordMaxLength;

        private static bool[] BuildStartLetters(out int maxLength)
        {
            var letters = new bool[128];
            maxLength = 0;
            foreach (var w in StartWords)
            {
                maxLength = Math.Max(maxLength, w.Length);
                char c = char.ToLowerInvariant(w[0]);
                if (c < 128) letters[c] = true;
                char u = char.ToUpperInvariant(w[0]);
                if (u < 128) letters[u] = true;
            }
            return letters;
        }

        private static HashSet<string> BuildStartWords()
        {
            var set = new HashSet<string>(Words.StartWords, StringComparer.OrdinalIgnoreCase);
            foreach (var k in Months.Keys) set.Add(k);
            foreach (var k in Weekdays.Keys) set.Add(k);
            foreach (var k in NumberWords.Keys) set.Add(k);
            foreach (var k in OrdinalWords.Keys) set.Add(k);
            return set;
        }

        /// <summary>Whether a reading can start at this token: a number, "-", "+" or "~", or a start word. Words with a
        /// character outside ASCII are always tried (case-insensitive comparison is only plain there).</summary>
        [MethodImpl(Jit.Optimized)]
        private static bool CanStart(Tok tok)
        {
            if (tok.Kind == TK.Number) return true;
            if (tok.Kind == TK.Punct) return tok.Text.Length == 1 && tok.Text[0] is '-' or '+' or '~';
            foreach (char c in tok.Text) if (c >= 128) return true;
            // ASCII only from here: OrdinalIgnoreCase equality needs the same length and first letters equal ignoring case
            if (tok.Text.Length > StartWordMaxLength || !StartLetters[tok.Text[0]]) return false;
            return StartWords.Contains(tok.Text);
        }

        /// <summary>"st", "nd", "rd", "th" in any case (as <c>ToLowerInvariant</c> would read the two characters).</summary>
        private static bool IsOrdinalSuffix(char a, char b)
        {
            a = char.ToLowerInvariant(a); b = char.ToLowerInvariant(b);
            return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
        }

        /// <summary>A token list that one caller reuses from text to text (<see cref="ArticleDocument.Dates"/>: one per
        /// document, so one thread): the tokens never leave <c>Recognize</c>, a match keeps offsets only. Taken while in
        /// use, so that a nested call makes its own.</summary>
        internal sealed class Scratch
        {
            internal List<Tok>? Tokens;
        }

        private static List<Tok> TakeTokens(Scratch? scratch, string text)
        {
            var list = scratch?.Tokens ?? new List<Tok>(4 + text.Length / 4);
            if (scratch != null) scratch.Tokens = null;
            list.Clear();
            return list;
        }

        [MethodImpl(Jit.Optimized)]
        private static List<Tok> Tokenize(string s, List<Tok> list)
        {
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                int start = i;
                if (c >= '0' && c <= '9')
                {
                    while (i < s.Length && s[i] >= '0' && s[i] <= '9' && i - start < 12) i++;
                    // ordinal suffix: 9th, 1st
                    if (i + 1 < s.Length + 1 && i + 2 <= s.Length)
                    {
                        if (IsOrdinalSuffix(s[i], s[i + 1]) && (i + 2 == s.Length || !char.IsLetter(s[i + 2]))) i += 2;
                    }
                    list.Add(new Tok(start, i - start, TK.Number, Text.CharStrings.Slice(s, start, i - start)));
                    continue;
                }
                if (char.IsLetter(c))
                {
                    // "o'clock" is one word; "Sunday's election": a weekday's possessive is no part of the day's word ("this week's"
                    // stays one word: a week names no day)
                    while (i < s.Length && (char.IsLetter(s[i]) || (s[i] == '\'' && i + 1 < s.Length && char.IsLetter(s[i + 1])
                        && !(s[i + 1] == 's' && (i + 2 >= s.Length || !char.IsLetter(s[i + 2])) && Weekdays.ContainsKey(s.Substring(start, i - start)))))) i++;
                    list.Add(new Tok(start, i - start, TK.Word, Text.CharStrings.Slice(s, start, i - start)));
                    continue;
                }
                if (char.IsSurrogate(c) && i + 1 < s.Length) i++;
                i++;
                list.Add(new Tok(start, i - start, TK.Punct, Text.CharStrings.Slice(s, start, i - start)));
            }
            return list;
        }


        // ------------------------------------------------------------------ spans and ranges

        private static readonly HashSet<string> PartsOfDay = Words.PartsOfDay;
        private static readonly HashSet<string> Zones = Words.Zones;

        /// <summary>"Tuesday, 10 January", "Sun 15Sep", "on Tuesday, next week": a weekday before a calendar date belongs to it.</summary>
        private static int ExtendBefore(List<Tok> t, int first, TemporalKind kind)
        {
            if (kind == TemporalKind.Weekday) return IsWord(t, first - 1, "on") ? first - 1 : first; // "on Tuesday morning"
            if (kind == TemporalKind.Relative)
            {
                // "10:30 pst today", "11 tonight"
                int r = first - 1;
                if (r >= 0 && t[r].Kind == TK.Word && Zones.Contains(t[r].Text)) r--;
                if (r >= 2 && IsNum(t, r) && IsPunct(t, r - 1, ":") && IsNum(t, r - 2)) return r - 2;
                if (r >= 0 && r == first - 1 && IsNum(t, r) && DigitCount(t[r]) <= 2 && IsWord(t, first, "tonight")) return r;
                return first;
            }
            int k = first - 1;
            if (IsPunct(t, k, ",")) k--;
            if (IsPunct(t, k, ".") && k > 0 && Adjacent(t, k - 1, k)) k--;
            if (k >= 0 && t[k].Kind == TK.Word && Weekdays.ContainsKey(t[k].Text)) return k;
            // "14:15 05/31/2024", "8:23 AM, Jul 9", "8:23 AM ∙ Jul 9"
            k = first - 1;
            if (k >= 0 && t[k].Kind == TK.Punct && t[k].Text is "," or "∙" or "·" or "-") k--;
            if (IsWord(t, k, "AM", "PM", "am", "pm")) k--;
            if (k >= 2 && IsNum(t, k) && IsPunct(t, k - 1, ":") && IsNum(t, k - 2) && DigitCount(t[k - 2]) <= 2) return k - 2;
            return first;
        }

        /// <summary>A clock time, part of day or time zone right after a date: "at 19:00", ", 9 am", "5PM", "morning", "13:00 UTC".</summary>
        private static int ExtendAfter(List<Tok> t, int last)
        {
            int k = last + 1;
            int end = last;
            for (int guard = 0; guard < 4 && k < t.Count; guard++)
            {
                int start = k;
                if (IsPunct(t, k, ",")) k++;
                else if (IsPunct(t, k, ".:-") && Adjacent(t, k - 1, k) && IsNum(t, k + 1) && IsPunct(t, k + 2, ":") && Adjacent(t, k, k + 1)) k++;
                if (IsWord(t, k, "at", "after", "before", "around")) k++;
                if (IsNum(t, k) && DigitCount(t[k]) <= 2 && IsPunct(t, k + 1, ":.") && IsNum(t, k + 2) && Adjacent(t, k, k + 1) && Adjacent(t, k + 1, k + 2))
                {
                    k += 3;
                    if (IsPunct(t, k, ":") && IsNum(t, k + 1)) k += 2;
                    if (IsWord(t, k, "am", "pm", "a", "p")) k++;
                    end = k - 1;
                    continue;
                }
                if (IsNum(t, k) && DigitCount(t[k]) <= 2 && (IsWord(t, k + 1, "am", "pm") || t[k].Text.EndsWith("am", StringComparison.OrdinalIgnoreCase) || t[k].Text.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
                {
                    k += IsWord(t, k + 1, "am", "pm") ? 2 : 1;
                    end = k - 1;
                    continue;
                }
                // "9 p.m.", "10 o clock", "at 8" (end of text or before punctuation)
                if (IsNum(t, k) && DigitCount(t[k]) <= 2 && NumValue(t[k]) <= 24)
                {
                    if (IsWord(t, k + 1, "p", "a") && IsPunct(t, k + 2, ".") && IsWord(t, k + 3, "m")) { k += IsPunct(t, k + 4, ".") ? 5 : 4; end = k - 1; continue; }
                    if (IsWord(t, k + 1, "o", "o'clock", "oclock")) { k += IsWord(t, k + 2, "clock") ? 3 : 2; end = k - 1; continue; }
                    if (IsWord(t, k - 1, "at") && (k + 1 >= t.Count || t[k + 1].Kind == TK.Punct)) { k++; end = k - 1; continue; }
                }
                // "GMT+0900 (JST)": an offset and a parenthesised zone
                if (IsPunct(t, k, "+-") && IsNum(t, k + 1) && DigitCount(t[k + 1]) == 4 && k > 0 && t[k - 1].Kind == TK.Word && Zones.Contains(t[k - 1].Text)) { k += 2; end = k - 1; continue; }
                if (IsPunct(t, k, "(") && k + 2 < t.Count && t[k + 1].Kind == TK.Word && Zones.Contains(t[k + 1].Text) && IsPunct(t, k + 2, ")")) { k += 3; end = k - 1; continue; }
                if (IsPunct(t, k, "-–") && IsNum(t, k + 1) && IsPunct(t, k + 2, ":") && IsNum(t, k + 3) && end > last) { k += 4; end = k - 1; continue; }
                if (k < t.Count && t[k].Kind == TK.Word && (PartsOfDay.Contains(t[k].Text) || (Zones.Contains(t[k].Text) && k == start && t[k].Text.Length >= 2 && t[k].Text.ToUpperInvariant() == t[k].Text)))
                {
                    end = k;
                    k++;
                    continue;
                }
                // "next week" after "Tuesday,": a weekday in another week (handled in Relative); nothing else
                break;
            }
            return end;
        }

        private static bool HasTimeRange(List<Tok> t, int first, int last)
        {
            for (int k = first + 1; k < last; k++)
                if ((IsPunct(t, k, "-–") || IsWord(t, k, "to")) && IsNum(t, k - 1) && IsNum(t, k + 1)
                    && (IsPunct(t, k + 2, ":") || IsWord(t, k + 2, "am", "pm") || IsPunct(t, k - 2, ":") || t[k + 1].Text.EndsWith("am", StringComparison.OrdinalIgnoreCase) || t[k + 1].Text.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
                    return true;
            return false;
        }

        private static bool JoinsRange(string text, TemporalMatch prev, TemporalMatch next, out int fromIndex)
        {
            fromIndex = prev.Index;
            if (prev.Kind == TemporalKind.Period || next.Kind == TemporalKind.Period || !prev.End.IsNone || !next.End.IsNone) return false;
            if (prev.Kind == TemporalKind.Year || next.Kind == TemporalKind.Year) return false;
            int gapStart = prev.Index + prev.Length;
            if (next.Index < gapStart || next.Index - gapStart > 12) return false;
            string gap = text.Substring(gapStart, next.Index - gapStart).Trim().Trim(',').Trim().ToLowerInvariant();
            if (!(gap is "-" or "–" or "—" or "to" or "until" or "till" or "through" or "thru")) return false;
            // "from …": the range starts at "from"
            int before = prev.Index;
            string head = text.Substring(Math.Max(0, before - 6), before - Math.Max(0, before - 6)).ToLowerInvariant();
            return true;
        }

        private static TemporalMatch MergeRange(TemporalMatch a, TemporalMatch b, int from, DateValue anchor)
        {
            var s = a.Start;
            var e = b.Start;
            if (e.Year == 0 && s.Year != 0 && e.Month != 0)
                e = new DateValue(e.Month < s.Month ? s.Year + 1 : s.Year, e.Month, e.Day);
            if (s.Year == 0 && e.Year != 0 && s.Month != 0)
                s = new DateValue(s.Month > e.Month ? e.Year - 1 : e.Year, s.Month, s.Day);
            if (s.Year != 0 && e.Year != 0 && a.YearFromAnchor && !b.YearFromAnchor && s.Month != 0)
                s = new DateValue(s.Month > e.Month ? e.Year - 1 : e.Year, s.Month, s.Day);
            if (s.Year != 0 && e.Year != 0 && b.YearFromAnchor && !a.YearFromAnchor && e.Month != 0)
                e = new DateValue(e.Month < s.Month ? s.Year + 1 : s.Year, e.Month, e.Day);
            if (e.Month == 0 && e.Day == 0 && e.Year == 0) e = b.Start;
            // both years from the anchor: the end is the first such date on or after the start ("From December to May")
            if (a.YearFromAnchor && b.YearFromAnchor && s.Year != 0 && e.Month != 0)
                e = new DateValue(e.Month > s.Month || (e.Month == s.Month && e.Day >= s.Day) ? s.Year : s.Year + 1, e.Month, e.Day);
            // weekdays: "Monday to Friday", "Friday to Monday": the end is the first such day on or after the start
            if (a.Kind is TemporalKind.Weekday or TemporalKind.Relative && b.Kind == TemporalKind.Weekday && ToDate(s) is { } sd && ToDate(e) is { } ed)
            {
                while (ed < sd) ed = ed.AddDays(7);
                while ((ed - sd).TotalDays >= 7) ed = ed.AddDays(-7);
                e = FromDate(ed);
            }
            return new TemporalMatch(from, b.Index + b.Length - from, s, e, TemporalKind.Range, a.YearFromAnchor && b.YearFromAnchor);
        }

        // ------------------------------------------------------------------ helpers over tokens

        private static bool IsNum(List<Tok> t, int i) => i < t.Count && i >= 0 && t[i].Kind == TK.Number;
        // one to four words without the params array (these run for every token a date reading tries)
        private static bool IsWord(List<Tok> t, int i, string a) =>
            i >= 0 && i < t.Count && t[i].Kind == TK.Word && string.Equals(t[i].Text, a, StringComparison.OrdinalIgnoreCase);
        private static bool IsWord(List<Tok> t, int i, string a, string b) =>
            i >= 0 && i < t.Count && t[i].Kind == TK.Word && (string.Equals(t[i].Text, a, StringComparison.OrdinalIgnoreCase) || string.Equals(t[i].Text, b, StringComparison.OrdinalIgnoreCase));
        private static bool IsWord(List<Tok> t, int i, string a, string b, string c) =>
            IsWord(t, i, a, b) || IsWord(t, i, c);
        private static bool IsWord(List<Tok> t, int i, string a, string b, string c, string d) =>
            IsWord(t, i, a, b) || IsWord(t, i, c, d);
        private static bool IsWord(List<Tok> t, int i, params string[] words)
        {
            if (i < 0 || i >= t.Count || t[i].Kind != TK.Word) return false;
            foreach (var w in words) if (string.Equals(t[i].Text, w, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
        private static bool IsPunct(List<Tok> t, int i, string chars) => i >= 0 && i < t.Count && t[i].Kind == TK.Punct && chars.IndexOf(t[i].Text[0]) >= 0;
        private static bool Adjacent(List<Tok> t, int a, int b) => t[a].End == t[b].Offset;

        private static int NumValue(Tok tok)
        {
            string s = tok.Text;
            int n = 0, k = 0;
            for (; k < s.Length && char.IsDigit(s[k]) && k < 9; k++) n = n * 10 + (s[k] - '0');
            return k == 0 ? -1 : n;
        }
        private static bool HasOrdinalSuffix(Tok tok) => tok.Kind == TK.Number && char.IsLetter(tok.Text[tok.Text.Length - 1]);
        private static int DigitCount(Tok tok) { int k = 0; while (k < tok.Text.Length && char.IsDigit(tok.Text[k])) k++; return k; }

        private static int MonthAt(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (i >= t.Count || t[i].Kind != TK.Word || !Months.TryGetValue(t[i].Text, out var m)) return 0;
            // "Sept." / "Oct." abbreviation dot
            used = 1;
            if (t[i].Text.Length <= 4 && IsPunct(t, i + 1, ".") && Adjacent(t, i, i + 1)) used = 2;
            return m;
        }

        private static int DayAt(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (IsNum(t, i))
            {
                int d = NumValue(t[i]);
                if (DigitCount(t[i]) <= 2 && d >= 1 && d <= 31) { used = 1; return d; }
                return 0;
            }
            if (i < t.Count && t[i].Kind == TK.Word && OrdinalWords.TryGetValue(t[i].Text, out var o)) { used = 1; return o; }
            // "twenty-fourth", "thirty-first"
            if (i + 2 < t.Count && IsWord(t, i, "twenty", "thirty") && IsPunct(t, i + 1, "-") && t[i + 2].Kind == TK.Word && OrdinalWords.TryGetValue(t[i + 2].Text, out var unit) && unit < 10)
            {
                int d = (IsWord(t, i, "twenty") ? 20 : 30) + unit;
                if (d <= 31) { used = 3; return d; }
            }
            return 0;
        }

        /// <summary>A written year after a day-month: 4 digits, or "88 AD"/"234 BC".</summary>
        private static int YearAt(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || HasOrdinalSuffix(t[i])) return 0;
            int digits = DigitCount(t[i]);
            int y = NumValue(t[i]);
            if (IsWord(t, i + 1, "BC", "BCE")) { used = 2; return -y; }
            if (IsWord(t, i + 1, "AD", "CE")) { used = 2; return y; }
            // a year followed by ":" is a clock time ("13:00"), not a year
            if (IsPunct(t, i + 1, ":") && IsNum(t, i + 2) && digits != 4) return 0;
            if (digits == 4 && IsWord(t, i + 1, "BE")) { used = 2; return y - 543; } // Buddhist era
            if (digits == 4 && y >= 1000 && y <= 9999) { used = 1; return y; }
            return 0;
        }

        private static bool ValidDay(int y, int m, int d)
        {
            if (m < 1 || m > 12 || d < 1) return false;
            int max = m == 2 ? (y == 0 || (y > 0 && DateTime.IsLeapYear(y)) ? 29 : 28) : (m is 4 or 6 or 9 or 11 ? 30 : 31);
            if (y < 0) max = m == 2 ? 29 : max;
            return d <= max;
        }

        private static DateTime? ToDate(DateValue v) =>
            v.Year >= 1 && v.Year <= 9999 && v.Month >= 1 && v.Day >= 1 && ValidDay(v.Year, v.Month, v.Day) ? new DateTime(v.Year, v.Month, v.Day, 0, 0, 0, DateTimeKind.Unspecified) : null;

        private static DateValue FromDate(DateTime d) => new(d.Year, d.Month, d.Day);

        /// <summary>A month-day without a year takes the anchor's year: the occurrence nearest the anchor (or the next one with ForwardDate).</summary>
        private static (DateValue Value, bool FromAnchor) ResolveYear(int month, int day, DateValue anchor, DateRecognizerOptions o)
        {
            if (!anchor.HasYear) return (new DateValue(0, month, day), false);
            int y = anchor.Year;
            if (anchor.Month != 0)
            {
                int am = anchor.Month, ad = anchor.Day == 0 ? 15 : anchor.Day;
                int diff = (month - am) * 31 + ((day == 0 ? 15 : day) - ad);
                if (o.ForwardDate) { if (diff < 0) y++; }
                else if (diff > 6 * 31) y--;
                else if (diff < -6 * 31) y++;
            }
            if (day != 0 && !ValidDay(y, month, day)) return (new DateValue(0, month, day), false);
            return (new DateValue(y, month, day), true);
        }

        // ------------------------------------------------------------------ the patterns

        [MethodImpl(Jit.Optimized)]
        private static TemporalMatch? TryAt(string s, List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            return Iso(s, t, i, o, out used) ?? NumericDate(t, i, anchor, o, out used) ?? DayMonth(t, i, anchor, o, out used) ?? MonthDay(t, i, anchor, o, out used)
                ?? MonthYear(t, i, anchor, o, out used) ?? YearMonth(t, i, out used) ?? YearRange(t, i, out used) ?? YearOnly(t, i, out used)
                ?? (o.Strict ? (IsNum(t, i) ? Duration(t, i, ToDate(anchor), anchor, o, out used) : null) : Relative(t, i, anchor, o, out used)) ?? DayOfMonth(t, i, anchor, out used);
        }

        /// <summary>Words that may follow a day of the month written alone ("on the 30th and", "on the 29th against"): any
        /// other word makes the ordinal an adjective ("on the 30th anniversary", "on the 10th floor").</summary>
        private static readonly HashSet<string> AfterDayAlone = Words.AfterDayAlone;

        /// <summary>"on the 30th": a day of the month alone takes its month and year from the anchor, the occurrence of that day
        /// nearest the anchor (the previous, the anchor's or the next month). Without a dated anchor it is no date: never guessed.</summary>
        private static TemporalMatch? DayOfMonth(List<Tok> t, int i, DateValue anchor, out int used)
        {
            used = 0;
            if (!anchor.IsComplete || !IsNum(t, i) || !HasOrdinalSuffix(t[i]) || DigitCount(t[i]) > 2) return null;
            if (!IsWord(t, i - 1, "the") || !IsWord(t, i - 2, "on")) return null;
            if (i + 1 < t.Count && t[i + 1].Kind == TK.Word && !AfterDayAlone.Contains(t[i + 1].Text)) return null;
            if (i + 1 < t.Count && t[i + 1].Kind == TK.Number) return null;
            int day = NumValue(t[i]);
            if (day < 1 || day > 31 || ToDate(anchor) is not { } a || a.Year < 2 || a.Year > 9998) return null;
            DateTime? best = null;
            for (int k = -1; k <= 1; k++)
            {
                var month = new DateTime(a.Year, a.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(k);
                if (!ValidDay(month.Year, month.Month, day)) continue;
                var c = new DateTime(month.Year, month.Month, day, 0, 0, 0, DateTimeKind.Unspecified);
                if (best is not { } b || Math.Abs((c - a).Days) < Math.Abs((b - a).Days)) best = c;
            }
            if (best is not { } found) return null;
            used = 1;
            return Make(t, i, 1, FromDate(found), DateValue.None, TemporalKind.Date, true);
        }

        private static TemporalMatch Make(List<Tok> t, int first, int usedCount, DateValue start, DateValue end, TemporalKind kind, bool fromAnchor)
        {
            int last = first + usedCount - 1;
            return new TemporalMatch(t[first].Offset, t[last].End - t[first].Offset, start, end, kind, fromAnchor);
        }

        /// <summary>2019-10-08, 2019/10/08, with an optional clock time that is skipped.</summary>
        private static TemporalMatch? Iso(string s, List<Tok> t, int i, DateRecognizerOptions o, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) != 4 || HasOrdinalSuffix(t[i])) return null;
            if (!(IsPunct(t, i + 1, "-/.") && IsNum(t, i + 2) && IsPunct(t, i + 3, "-/.") && IsNum(t, i + 4))) return null;
            if (t[i + 1].Text != t[i + 3].Text || !Adjacent(t, i, i + 1) || !Adjacent(t, i + 2, i + 3) || !Adjacent(t, i + 3, i + 4)) return null;
            if (DigitCount(t[i + 2]) > 2 || DigitCount(t[i + 4]) > 2) return null;
            int y = NumValue(t[i]), m = NumValue(t[i + 2]), d = NumValue(t[i + 4]);
            if (!ValidDay(y, m, d) && m > 12 && ValidDay(y, d, m) && !o.Strict) (m, d) = (d, m); // "2024/13/1": year/day/month (casual only)
            if (!ValidDay(y, m, d)) { used = 5; return null; }
            used = 5;
            // part of a version or a longer number ("1.2019.10.08") is not a date
            if (i > 0 && IsPunct(t, i - 1, ".") && Adjacent(t, i - 1, i)) return null;
            // ISO 8601 time: "T08:15:30-05:30", "T13:15:30Z", "T23:45:00.487+01:00"
            if (i + 5 < t.Count && Adjacent(t, i + 4, i + 5) && t[i + 5].Kind == TK.Word && t[i + 5].Text.StartsWith("T", StringComparison.Ordinal) && t[i + 5].Text.Length == 1 && IsNum(t, i + 6))
            {
                int k = i + 6;
                while (k < t.Count && Adjacent(t, k - 1, k) && (t[k].Kind == TK.Number || IsPunct(t, k, ":.+-") || IsWord(t, k, "Z"))) k++;
                used = k - i;
            }
            var v = new DateValue(y, m, d);
            return Make(t, i, used, v, DateValue.None, TemporalKind.Date, false);
        }

        /// <summary>6/10/2018 (month first unless DayFirst), 10.06.2018 (day first), 04/2016 (month/year).</summary>
        private static TemporalMatch? NumericDate(List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) > 2 || HasOrdinalSuffix(t[i])) return null;
            if (i > 0 && (IsPunct(t, i - 1, ".-:") && Adjacent(t, i - 1, i) || IsNum(t, i - 1) && Adjacent(t, i - 1, i))) return null;
            if (i > 0 && IsPunct(t, i - 1, "/") && Adjacent(t, i - 1, i) && i > 1 && IsNum(t, i - 2) && Adjacent(t, i - 2, i - 1)) return null;
            if (IsPunct(t, i + 1, "/.-") && IsNum(t, i + 2) && Adjacent(t, i, i + 1) && Adjacent(t, i + 1, i + 2))
            {
                string sep = t[i + 1].Text;
                if (IsPunct(t, i + 3, sep) && IsNum(t, i + 4) && Adjacent(t, i + 2, i + 3) && Adjacent(t, i + 3, i + 4) && DigitCount(t[i + 2]) <= 2)
                {
                    // a longer chain ("1.1.3.4", "1-2-3") is a version or a list, not a date
                    if (IsPunct(t, i + 5, sep) && IsNum(t, i + 6) && Adjacent(t, i + 4, i + 5)) { used = 7; return null; }
                    int a = NumValue(t[i]), b = NumValue(t[i + 2]);
                    int yDigits = DigitCount(t[i + 4]);
                    if (yDigits != 4 && yDigits != 2) return null;
                    if (sep == "-" && yDigits != 4 && yDigits != 2) return null;
                    if (sep == "." && yDigits != 4) return null; // "1.1.30" is a version
                    int y = NumValue(t[i + 4]);
                    if (yDigits == 2) y += y < 50 ? 2000 : 1900;
                    bool dayFirst = o.DayFirst || sep == ".";
                    int m = dayFirst ? b : a, d = dayFirst ? a : b;
                    if (!ValidDay(y, m, d) && ValidDay(y, d, m)) { (m, d) = (d, m); }
                    if (!ValidDay(y, m, d)) return null;
                    used = 5;
                    return Make(t, i, used, new DateValue(y, m, d), DateValue.None, TemporalKind.Date, false);
                }
                if (sep == "/" && DigitCount(t[i + 2]) <= 2 && !IsPunct(t, i + 3, "/.") && !(i + 3 < t.Count && t[i + 3].Kind == TK.Word && !IsWord(t, i + 3, "at")))
                {
                    // "8/10", "5/31", "14/4 90": month/day (day/month when DayFirst or when only that reading is a date)
                    int a1 = NumValue(t[i]), b1 = NumValue(t[i + 2]);
                    int mo = o.DayFirst ? b1 : a1, da = o.DayFirst ? a1 : b1;
                    if (!ValidDay(0, mo, da) && ValidDay(0, da, mo)) (mo, da) = (da, mo);
                    if (!ValidDay(0, mo, da)) return null;
                    int yu2;
                    int y2 = YearAt(t, i + 3, out yu2);
                    if (y2 == 0) y2 = TwoDigitYearAt(t, i + 3, out yu2);
                    if (y2 == 0 && !anchor.HasYear) return null; // a bare fraction-like "1/2" without an anchor is no date
                    used = 3 + yu2;
                    if (y2 != 0) return ValidDay(y2, mo, da) ? Make(t, i, used, new DateValue(y2, mo, da), DateValue.None, TemporalKind.Date, false) : null;
                    var (rv, rfa) = ResolveYear(mo, da, anchor, o);
                    return Make(t, i, used, rv, DateValue.None, TemporalKind.Date, rfa);
                }
                if (sep == "/" && DigitCount(t[i + 2]) == 4)
                {
                    int m = NumValue(t[i]), y = NumValue(t[i + 2]);
                    if (m < 1 || m > 12) return null;
                    used = 3;
                    return Make(t, i, used, new DateValue(y, m, 0), DateValue.None, TemporalKind.Month, false);
                }
            }
            return null;
        }

        /// <summary>"7 October 2019", "6 April", "the 9th of December", "23-25 May", "8 - 9 October 2019", "30 October – 1 November 2018".</summary>
        private static TemporalMatch? DayMonth(List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            int d = DayAt(t, i, out int du);
            if (d == 0) return null;
            // a day in words needs "the", a capital, or "of"/"to" after it ("the first of May", "Eighth to eleventh May 2010")
            if (t[i].Kind == TK.Word && !IsWord(t, i - 1, "the") && !char.IsUpper(t[i].Text[0]) && !IsWord(t, i + du, "of", "to")) return null;
            if (i > 0 && IsNum(t, i - 1) && Adjacent(t, i - 1, i)) return null;
            int k = i + du;
            int d2 = 0;
            int rangeStart = -1;
            // "23-25 May" / "23 to 25 May"
            if ((IsPunct(t, k, "-–—") || IsWord(t, k, "to", "until", "till", "through") || (IsWord(t, k, "and") && IsWord(t, i - 1, "between"))) && DayAt(t, k + 1, out int du2) is int dd && dd != 0 && MonthAt(t, k + 1 + du2, out _) != 0)
            {
                d2 = dd; rangeStart = k; k = k + 1 + du2;
            }
            if (IsWord(t, k, "of")) k++;
            else if (d2 == 0 && IsPunct(t, k, "-/") && Adjacent(t, k - 1, k) && MonthAt(t, k + 1, out _) != 0) k++; // "10-August", "09/JAN"
            int m = MonthAt(t, k, out int mu);
            if (m == 0) return null;
            // "May" the verb: "5 may be" — a lower-case "may" needs a year or a capital
            if (t[k].Text == "may" && YearAt(t, k + mu + (IsPunct(t, k + mu, ",") ? 1 : 0), out _) == 0) return null;
            k += mu;
            int m2 = 0, d3 = 0;
            // "30 October – 1 November"
            if (d2 == 0 && (IsPunct(t, k, "-–—") || IsWord(t, k, "to", "until", "till")) && DayAt(t, k + 1, out int du3) is int d4 && d4 != 0 && MonthAt(t, k + 1 + du3, out int mu3) is int mm && mm != 0)
            {
                d3 = d4; m2 = mm; k = k + 1 + du3 + mu3;
            }
            int y = TrailingYear(t, ref k);
            used = k - i;
            if (d2 != 0) return Range(t, i, used, y, m, d, m, d2, anchor, o);
            if (d3 != 0) return Range(t, i, used, y, m, d, m2, d3, anchor, o);
            return Single(t, i, used, y, m, d, anchor, o);
        }

        /// <summary>"October 7, 2019", "December 9th, 2016", "October 30 – November 1", "December 5 – December 11, 2016", "May 8-10, 2010".</summary>
        private static TemporalMatch? MonthDay(List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            int m = MonthAt(t, i, out int mu);
            if (m == 0) return null;
            int k = i + mu;
            if (IsWord(t, k, "the")) k++;
            else if ((IsPunct(t, k, "-/") && Adjacent(t, k - 1, k)) || (IsPunct(t, k, ",") && IsNum(t, k + 1) && DayAt(t, k + 1, out _) != 0 && YearAt(t, k + 2, out _) != 0)) k++; // "August-10", "March, 6th 2016"
            int d = DayAt(t, k, out int du);
            if (d == 0) return null;
            if (t[i].Text == "may") return null; // "may 5 people" — the verb; the month is written "May"
            // "March 2019" is a month, not a day: a 4-digit number is never a day (DayAt checks digits)
            k += du;
            int d2 = 0, m2 = 0;
            if (IsPunct(t, k, "-–—") || IsWord(t, k, "to", "until", "till", "through"))
            {
                int m3 = MonthAt(t, k + 1, out int mu3);
                if (m3 != 0 && DayAt(t, k + 1 + mu3, out int du4) is int dd && dd != 0) { m2 = m3; d2 = dd; k = k + 1 + mu3 + du4; }
                else if (DayAt(t, k + 1, out int du5) is int de && de != 0 && !(IsPunct(t, k + 2, ":"))) { m2 = m; d2 = de; k = k + 1 + du5; }
            }
            int y = TrailingYear(t, ref k);
            used = k - i;
            if (d2 != 0) return Range(t, i, used, y, m, d, m2, d2, anchor, o);
            return Single(t, i, used, y, m, d, anchor, o);
        }

        private static TemporalMatch? Single(List<Tok> t, int i, int used, int y, int m, int d, DateValue anchor, DateRecognizerOptions o)
        {
            if (y != 0)
            {
                if (!ValidDay(y, m, d)) return null;
                return Make(t, i, used, new DateValue(y, m, d), DateValue.None, TemporalKind.Date, false);
            }
            if (!ValidDay(0, m, d)) return null;
            var (v, fromAnchor) = ResolveYear(m, d, anchor, o);
            if (anchor.HasYear && !fromAnchor) return null; // "29 February" in a year that has none
            return Make(t, i, used, v, DateValue.None, TemporalKind.Date, fromAnchor);
        }

        private static TemporalMatch? Range(List<Tok> t, int i, int used, int y, int m1, int d1, int m2, int d2, DateValue anchor, DateRecognizerOptions o)
        {
            if (y != 0)
            {
                int y1 = m2 < m1 ? y - 1 : y; // "December 28 – January 3, 2019"
                if (!ValidDay(y1, m1, d1) || !ValidDay(y, m2, d2)) return null;
                return Make(t, i, used, new DateValue(y1, m1, d1), new DateValue(y, m2, d2), TemporalKind.Range, false);
            }
            if (!ValidDay(0, m1, d1) || !ValidDay(0, m2, d2)) return null;
            var (s, fa) = ResolveYear(m1, d1, anchor, o);
            if (!fa) return Make(t, i, used, new DateValue(0, m1, d1), new DateValue(0, m2, d2), TemporalKind.Range, false);
            int ey = m2 < m1 ? s.Year + 1 : s.Year;
            return Make(t, i, used, s, new DateValue(ey, m2, d2), TemporalKind.Range, true);
        }

        /// <summary>"May 2018", "in May", "mid-May", "early October 2019".</summary>
        private static TemporalMatch? MonthYear(List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            int first = i;
            int k = i;
            // mid-May / early/late May
            if (IsWord(t, k, "mid", "early", "late") && (IsPunct(t, k + 1, "-") && MonthAt(t, k + 2, out _) != 0)) k += 2;
            else if (IsWord(t, k, "early", "late", "mid") && MonthAt(t, k + 1, out _) != 0) k += 1;
            int m = MonthAt(t, k, out int mu);
            if (m == 0) return null;
            int comma = IsPunct(t, k + mu, ",") || IsWord(t, k + mu, "of") || (IsPunct(t, k + mu, "-/") && Adjacent(t, k + mu - 1, k + mu)) ? 1 : 0;
            int y = YearAt(t, k + mu + comma, out int yu);
            if (y == 0 && IsNum(t, k + mu + comma) && NumValue(t[k + mu + comma]) is int yy && yy > 31 && (yy >= 50 || t[k].Text.Length <= 4)) y = TwoDigitYearAt(t, k + mu + comma, out yu);
            if (y != 0)
            {
                used = k + mu + comma + yu - first;
                return Make(t, first, used, new DateValue(y, m, 0), DateValue.None, TemporalKind.Month, false);
            }
            // a month alone: needs a preposition or a modifier, and "May" needs its capital ("may" is the verb)
            if (t[k].Text.Length > 0 && char.IsLower(t[k].Text[0])) return null;
            if (t[k].Text.Length <= 3 && !Months.ContainsKey(t[k].Text)) return null;
            bool cue = k > first || IsWord(t, first - 1, "in", "since", "until", "till", "by", "from", "during", "of", "last", "next", "this", "early", "late", "before", "after", "through", "to");
            if (!cue) return null;
            if (t[k].Text.Equals("May", StringComparison.Ordinal) && !IsWord(t, first - 1, "in", "since", "until", "by", "from", "during", "last", "next", "this", "early", "late", "mid", "to", "till", "through") && k == first) return null;
            used = k + mu - first;
            var (v, fromAnchor) = ResolveYear(m, 0, anchor, o);
            if (IsWord(t, first - 1, "last") && anchor.HasYear) v = new DateValue(anchor.Month != 0 && m >= anchor.Month ? anchor.Year - 1 : anchor.Year, m, 0);
            if (IsWord(t, first - 1, "next") && anchor.HasYear) v = new DateValue(anchor.Month != 0 && m <= anchor.Month ? anchor.Year + 1 : anchor.Year, m, 0);
            return Make(t, first, used, v, DateValue.None, TemporalKind.Month, fromAnchor);
        }

        /// <summary>"2024 Aug", "2024-August", "2024/August", "2024 AD August": a year then a month; "2012/Aug/10", "2018 March 18",
        /// "2014 12 28": then a day.</summary>
        private static TemporalMatch? YearMonth(List<Tok> t, int i, out int used)
        {
            if (IsNum(t, i) && DigitCount(t[i]) == 4 && IsNum(t, i + 1) && DigitCount(t[i + 1]) <= 2 && IsNum(t, i + 2) && DigitCount(t[i + 2]) <= 2
                && !Adjacent(t, i, i + 1) && !Adjacent(t, i + 1, i + 2) && ValidDay(NumValue(t[i]), NumValue(t[i + 1]), NumValue(t[i + 2])))
            {
                used = 3;
                return Make(t, i, used, new DateValue(NumValue(t[i]), NumValue(t[i + 1]), NumValue(t[i + 2])), DateValue.None, TemporalKind.Date, false);
            }
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) != 4 || HasOrdinalSuffix(t[i])) return null;
            int y = NumValue(t[i]);
            if (y < 1000) return null;
            int k = i + 1;
            if (IsWord(t, k, "AD", "CE")) k++;
            if (IsPunct(t, k, "-/") && Adjacent(t, k - 1, k)) k++;
            int m = MonthAt(t, k, out int mu);
            if (m == 0 || t[k].Text == "may") return null;
            int dk = k + mu;
            if (IsPunct(t, dk, "-/") && Adjacent(t, dk - 1, dk)) dk++;
            if (DayAt(t, dk, out int ddu) is int dd && dd != 0 && IsNum(t, dk) && ValidDay(y, m, dd))
            {
                used = dk + ddu - i;
                return Make(t, i, used, new DateValue(y, m, dd), DateValue.None, TemporalKind.Date, false);
            }
            used = k + mu - i;
            return Make(t, i, used, new DateValue(y, m, 0), DateValue.None, TemporalKind.Month, false);
        }

        /// <summary>The year after a day and month, if any: ", 2019", "-2012", " 96", or after a clock time; advances <paramref name="k"/> past it.</summary>
        private static int TrailingYear(List<Tok> t, ref int k)
        {
            int comma = IsPunct(t, k, ",") || (IsPunct(t, k, "-/") && Adjacent(t, k - 1, k)) ? 1 : 0;
            int y = YearAt(t, k + comma, out int yu);
            if (y == 0) y = TwoDigitYearAt(t, k + comma, out yu);
            if (y != 0) { k += comma + yu; return y; }
            if (YearAfterTime(t, k, out int ytu) is int yt && yt != 0) { k += ytu; return yt; }
            return 0;
        }

        /// <summary>"Oct 26 11:00:09 2023", "Oct 26, 10:00 - 11:00:09 EDT 2023": a year after a clock time (log and mail formats).</summary>
        private static int YearAfterTime(List<Tok> t, int k, out int used)
        {
            used = 0;
            int j = k;
            if (IsPunct(t, j, ",")) j++;
            bool time = false;
            for (int guard = 0; guard < 3; guard++)
            {
                if (IsNum(t, j) && DigitCount(t[j]) <= 2 && IsPunct(t, j + 1, ":") && IsNum(t, j + 2))
                {
                    j += 3;
                    while (IsPunct(t, j, ":") && IsNum(t, j + 1)) j += 2;
                    time = true;
                    if (IsPunct(t, j, "-")) { j++; continue; }
                }
                break;
            }
            if (!time) return 0;
            if (j < t.Count && t[j].Kind == TK.Word && Zones.Contains(t[j].Text)) j++;
            int y = YearAt(t, j, out int yu);
            if (y == 0) return 0;
            used = j + yu - k;
            return y;
        }

        /// <summary>A two-digit year right after a day and month ("3 Aug 96", "Aug 9, 96"): 19xx from 50, else 20xx.</summary>
        private static int TwoDigitYearAt(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) != 2 || HasOrdinalSuffix(t[i]) || t[i].Text.Length != 2) return 0;
            if (IsPunct(t, i + 1, ":.") && IsNum(t, i + 2)) return 0;
            if (i + 1 < t.Count && t[i + 1].Kind == TK.Word && !IsWord(t, i + 1, "at", "am", "pm")) return 0; // "6 April 23 people"
            int y = NumValue(t[i]);
            used = 1;
            return y < 50 ? 2000 + y : 1900 + y;
        }

        /// <summary>"2019-2023", "2019–2023": a period of years (a plan period as often as an event's span).</summary>
        private static TemporalMatch? YearRange(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) != 4 || HasOrdinalSuffix(t[i])) return null;
            if (!(IsPunct(t, i + 1, "-–—") && IsNum(t, i + 2) && DigitCount(t[i + 2]) == 4)) return null;
            if (IsPunct(t, i + 3, "-/.") && IsNum(t, i + 4)) return null; // 2019-2023-… is not a period
            int a = NumValue(t[i]), b = NumValue(t[i + 2]);
            if (a < 1000 || b <= a || b - a > 100 || b > 2999) return null;
            used = 3;
            return Make(t, i, used, new DateValue(a, 0, 0), new DateValue(b, 0, 0), TemporalKind.Period, false);
        }

        /// <summary>"in 2018", "by 2025", "since 2009", "the year 2018", "2016's": a year needs a cue so that "2019 participants" is no date.</summary>
        private static TemporalMatch? YearOnly(List<Tok> t, int i, out int used)
        {
            used = 0;
            if (!IsNum(t, i) || DigitCount(t[i]) != 4 || HasOrdinalSuffix(t[i]) || t[i].Text.Length != 4) return null;
            int y = NumValue(t[i]);
            if (y < 1000 || y > 2999) return null;
            if (IsPunct(t, i + 1, ",.") && IsNum(t, i + 2) && Adjacent(t, i, i + 1)) return null; // 2,019 / 2019.5
            if (IsPunct(t, i + 1, ":") && IsNum(t, i + 2)) return null;
            if (i > 0 && IsPunct(t, i - 1, ".,:/-$€£") && Adjacent(t, i - 1, i)) return null;
            bool cue = IsWord(t, i - 1, "in", "by", "since", "until", "till", "from", "during", "of", "year", "before", "after", "early", "late", "mid", "throughout", "for")
                || (IsPunct(t, i - 1, "(") && IsPunct(t, i + 1, ")"));
            if (!cue) return null;
            // "in 2018 people …" is rare; "of 2018 participants" is a quantity: a plural noun right after makes it a number
            if (i + 1 < t.Count && t[i + 1].Kind == TK.Word && t[i + 1].Text.EndsWith("s", StringComparison.Ordinal) && char.IsLower(t[i + 1].Text[0])
                && !IsWord(t, i + 1, "was", "is", "has", "as", "its", "this", "thus", "plus", "always", "across", "towards", "besides", "unless", "whereas", "alongside", "ukraine's") && IsWord(t, i - 1, "of", "for", "by")) return null;
            used = 1;
            return Make(t, i, used, new DateValue(y, 0, 0), DateValue.None, TemporalKind.Year, false);
        }

        /// <summary>today, yesterday, tomorrow, tonight, this morning, last night, the day after tomorrow; last/next/this
        /// week|month|year|weekend|weekday; (on) Tuesday, last/next/this Friday, Friday of next week, Tuesday, next week;
        /// N units ago / in N units / within N units / N units later / from now / -3 days, units from seconds to years and
        /// compounds ("1 day 21 hours ago", "in 1d, 2hr, and 5min"). Resolved against a complete anchor (a year-only anchor
        /// resolves only year-level expressions); without an anchor, nothing is produced.</summary>
        [MethodImpl(Jit.Optimized)]
        private static TemporalMatch? Relative(List<Tok> t, int i, DateValue anchor, DateRecognizerOptions o, out int used)
        {
            used = 0;
            if (t[i].Kind != TK.Word && !(t[i].Kind == TK.Number) && !IsPunct(t, i, "-+~")) return null;
            var a = ToDate(anchor);
            string w = t[i].Text.ToLowerInvariant();

            // "after this year": the next one
            if (w == "after" && IsWord(t, i + 1, "this") && IsWord(t, i + 2, "year") && anchor.HasYear)
            {
                used = 3;
                return Make(t, i, used, new DateValue(anchor.Year + 1, 0, 0), DateValue.None, TemporalKind.Relative, false);
            }
            // the day before yesterday / the day after tomorrow
            if (w == "the" && IsWord(t, i + 1, "day") && IsWord(t, i + 2, "before", "after") && IsWord(t, i + 3, "yesterday", "tomorrow"))
            {
                if (a == null) return null;
                used = 4;
                return Make(t, i, used, FromDate(a.Value.AddDays(IsWord(t, i + 3, "yesterday") ? -2 : 2)), DateValue.None, TemporalKind.Relative, false);
            }
            // "now" as a date: alone, at the end of a clause, or with an offset ("now + 40minutes"); not "is now menaced"
            if (w == "now" && a != null && (i + 1 >= t.Count || t[i + 1].Kind == TK.Punct))
            {
                if (IsPunct(t, i + 1, "+-") && Duration(t, i + 2, a, anchor, o, out int du2, t[i + 1].Text == "-" ? -1 : 1) is { } shifted)
                {
                    used = 2 + du2;
                    return Make(t, i, used, shifted.Start, DateValue.None, TemporalKind.Relative, false);
                }
                if (i + 1 < t.Count && !IsPunct(t, i + 1, ".,;!?)")) return null;
                used = 1;
                return Make(t, i, used, FromDate(a.Value), DateValue.None, TemporalKind.Relative, false);
            }
            if (w is "today" or "tonight" or "yesterday" or "tomorrow")
            {
                if (a == null) return null;
                int off = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
                used = 1;
                return Make(t, i, used, FromDate(a.Value.AddDays(off)), DateValue.None, TemporalKind.Relative, false);
            }
            // this morning / this evening / last night
            if ((w == "this" && IsWord(t, i + 1, "morning", "afternoon", "evening")) || (w == "last" && IsWord(t, i + 1, "night")))
            {
                if (a == null) return null;
                used = 2;
                return Make(t, i, used, FromDate(a.Value.AddDays(w == "last" ? -1 : 0)), DateValue.None, TemporalKind.Relative, false);
            }
            // last/next/this/past/coming + unit or weekday
            if (w is "last" or "next" or "this" or "past" or "coming" or "previous" or "following")
            {
                int k = i + 1;
                string u = k < t.Count ? t[k].Text.ToLowerInvariant() : "";
                int sign = w is "last" or "past" or "previous" ? -1 : w is "this" ? 0 : 1;
                if (Weekdays.TryGetValue(u, out var wd))
                {
                    if (a == null) return null;
                    used = 2;
                    return Make(t, i, used, FromDate(RelativeWeekday(a.Value, wd, sign)), DateValue.None, TemporalKind.Weekday, false);
                }
                // "next 2 weeks", "last two years": a duration from the anchor
                if (sign != 0 && (IsNum(t, k) || (k < t.Count && t[k].Kind == TK.Word && NumberWords.ContainsKey(t[k].Text) && !IsWord(t, k, "a", "an"))))
                {
                    var inner = Duration(t, k, a, anchor, o, out int du, sign);
                    if (inner is { } dm) { used = k + du - i; return dm with { Index = t[i].Offset, Length = t[k + du - 1].End - t[i].Offset }; }
                    return null;
                }
                // "next day", "last hour", "next quarter": one unit
                if (sign != 0 && Units.TryGetValue(u, out var oneUnit) && u.Length > 1 && oneUnit is "d" or "h" or "min" or "s" or "q")
                {
                    if (a == null) return null;
                    double dd = 0, ss = 0; int mm = 0;
                    Add(oneUnit, 1, ref dd, ref ss, ref mm);
                    var at = (a.Value + (o.AnchorTimeOfDay ?? TimeSpan.Zero)).AddMonths(sign * mm).AddDays(sign * dd).AddSeconds(sign * ss);
                    used = 2;
                    return Make(t, i, used, FromDate(at.Date), DateValue.None, TemporalKind.Relative, false);
                }
                if (u is "year" or "yr")
                {
                    if (!anchor.HasYear) return null;
                    used = 2;
                    return Make(t, i, used, new DateValue(anchor.Year + sign, 0, 0), DateValue.None, TemporalKind.Relative, false);
                }
                if (u is "month" or "mo")
                {
                    if (!anchor.HasYear || anchor.Month == 0) return null;
                    var mm = new DateTime(anchor.Year, anchor.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(sign);
                    used = 2;
                    return Make(t, i, used, new DateValue(mm.Year, mm.Month, 0), DateValue.None, TemporalKind.Relative, false);
                }
                if (u is "week" or "weekend" or "weekday")
                {
                    if (a == null) return null;
                    used = 2;
                    var v = u switch
                    {
                        "week" => a.Value.AddDays(7 * sign),
                        "weekend" => sign < 0 ? PreviousOrSame(a.Value.AddDays(-1), DayOfWeek.Sunday) : NextOrSame(a.Value, DayOfWeek.Saturday).AddDays(sign > 0 ? 7 : 0),
                        _ => BusinessDay(a.Value, sign < 0 ? -1 : 1),
                    };
                    return Make(t, i, used, FromDate(v), DateValue.None, TemporalKind.Relative, false);
                }
                return null;
            }
            // on Tuesday / Tuesday / Tuesday of next week / Friday next week / Tuesday, next week
            if (Weekdays.TryGetValue(w, out var day))
            {
                if (a == null || w.Length <= 3 && !char.IsUpper(t[i].Text[0])) return null;
                if (w is "sun" or "sat" or "wed" or "mon" && !IsPunct(t, i + 1, ",.") && !IsWord(t, i - 1, "on")) return null;
                {
                    // "Tuesday, 7 May", "Sun., March 6, 2016", "Thu Oct 26": the date follows and takes the weekday
                    int n = i + 1;
                    if (IsPunct(t, n, ".")) n++;
                    if (IsPunct(t, n, ",")) n++;
                    if (MonthAt(t, n, out _) != 0 || (DayAt(t, n, out int dn) != 0 && MonthAt(t, n + dn, out _) != 0)) return null;
                    if (n > i + 1 && DayAt(t, n, out _) != 0) return null;
                }
                if (IsNum(t, i + 1) && (DayAt(t, i + 1, out _) != 0) && (IsPunct(t, i + 2, "/-.") || MonthAt(t, i + 2, out _) != 0)) return null; // "Sunday 12/7/2014"
                int k = i + 1;
                if (IsWord(t, k, "of")) k++;
                else if (IsPunct(t, k, ",")) k++;
                if (IsWord(t, k, "next", "last", "this") && IsWord(t, k + 1, "week"))
                {
                    int shift = IsWord(t, k, "next") ? 7 : IsWord(t, k, "last") ? -7 : 0;
                    used = k + 2 - i;
                    return Make(t, i, used, FromDate(InWeek(a.Value, day).AddDays(shift)), DateValue.None, TemporalKind.Weekday, false);
                }
                used = 1;
                return Make(t, i, used, FromDate(Weekday(a.Value, day, 0, o)), DateValue.None, TemporalKind.Weekday, false);
            }
            return Duration(t, i, a, anchor, o, out used);
        }

        private static readonly Dictionary<string, string> Units = Words.Units;

        /// <summary>A quantity of time with a direction: "5 days ago", "in 1.5 hours", "within half an hour", "3mo later",
        /// "-3 days", "1 day 21 hours ago", "a week after tomorrow".</summary>
        [MethodImpl(Jit.Optimized)]
        private static TemporalMatch? Duration(List<Tok> t, int i, DateTime? a, DateValue anchor, DateRecognizerOptions o, out int used, int impliedSign = 0)
        {
            used = 0;
            string w = t[i].Text.ToLowerInvariant();
            int j = i;
            int spanFrom = i;
            int sign = impliedSign;
            bool future = false;
            if (w is "in" or "within" or "after" or "for") { j++; future = true; }
            else if (w == "give" && IsWord(t, i + 1, "it")) { j += 2; future = true; spanFrom = j; }
            else if (w == "the" && i + 2 < t.Count && t[i + 1].Kind == TK.Word && Units.ContainsKey(t[i + 1].Text) && t[i + 1].Text.Length > 1 && IsWord(t, i + 2, "before", "after"))
            {
                // "the min before", "the day after": one unit
                double d1 = 0, s1 = 0; int m1 = 0;
                Add(Units[t[i + 1].Text], 1, ref d1, ref s1, ref m1);
                if (a == null) return null;
                int dir1 = IsWord(t, i + 2, "before") ? -1 : 1;
                used = 3;
                var at1 = (a.Value + (o.AnchorTimeOfDay ?? TimeSpan.Zero)).AddMonths(dir1 * m1).AddDays(dir1 * d1).AddSeconds(dir1 * s1);
                return Make(t, i, used, FromDate(at1.Date), DateValue.None, TemporalKind.Relative, false);
            }
            else if (IsPunct(t, i, "-+") && (IsNum(t, i + 1)) && Adjacent(t, i, i + 1)) { sign = t[i].Text == "-" ? -1 : 1; j++; }
            while (IsWord(t, j, "about", "around", "approximately") || IsPunct(t, j, "~")) j++;
            // quantity + unit, repeated: "1 day 21 hours", "1d, 2hr, and 5min", "5 minutes and 30 seconds"
            double days = 0, seconds = 0; int months = 0;
            int parts = 0;
            int k = j;
            while (true)
            {
                int q = k;
                double n;
                if (IsWord(t, q, "half") && IsWord(t, q + 1, "an", "a")) { n = 0.5; q += 2; }
                else if (IsWord(t, q, "a", "an") && IsWord(t, q + 1, "few", "couple")) { n = IsWord(t, q + 1, "few") ? 3 : 2; q += 2; if (IsWord(t, q, "of")) q++; }
                else if (IsNum(t, q) && !HasOrdinalSuffix(t[q]) && DigitCount(t[q]) <= 4 && DigitCount(t[q]) == t[q].Text.Length)
                {
                    n = NumValue(t[q]);
                    q++;
                    if (IsPunct(t, q, ".") && IsNum(t, q + 1) && Adjacent(t, q - 1, q) && Adjacent(t, q, q + 1)) { n += NumValue(t[q + 1]) / Math.Pow(10, DigitCount(t[q + 1])); q += 2; }
                }
                else if (!o.Strict && IsNum(t, q) && !HasOrdinalSuffix(t[q]) && Units.ContainsKey(t[q].Text.Substring(DigitCount(t[q]))) && DigitCount(t[q]) <= 4)
                {
                    // "3mo", "1d", "2hr": number and unit in one token — unit read below from the same token
                    n = NumValue(t[q]);
                    string unitGlued = Units[t[q].Text.Substring(DigitCount(t[q]))];
                    Add(unitGlued, n, ref days, ref seconds, ref months);
                    parts++;
                    k = q + 1;
                    if (IsPunct(t, k, ",")) k++;
                    if (IsWord(t, k, "and")) k++;
                    continue;
                }
                else if (q < t.Count && t[q].Kind == TK.Word && NumberWords.TryGetValue(t[q].Text, out var nw)) { n = nw; q++; if (IsWord(t, q, "of")) q++; }
                else break;
                if (q >= t.Count || t[q].Kind != TK.Word || !Units.TryGetValue(t[q].Text, out var unit)) break;
                if (o.Strict && t[q].Text.Length <= 3 && !t[q].Text.Equals("day", StringComparison.OrdinalIgnoreCase)) break; // strict: "5 minutes", not "5m"
                // single letters as units only right after a number ("5 s" is rare; "a s" never)
                if (t[q].Text.Length == 1 && !IsNum(t, q - 1)) break;
                Add(unit, n, ref days, ref seconds, ref months);
                parts++;
                k = q + 1;
                int save = k;
                if (IsPunct(t, k, ",")) k++;
                if (IsWord(t, k, "and")) k++;
                if (!(IsNum(t, k) || IsWord(t, k, "a", "an", "half") || (k < t.Count && t[k].Kind == TK.Word && NumberWords.ContainsKey(t[k].Text)))) { k = save; break; }
            }
            if (parts == 0) return null;
            int end = k;
            int dir;
            if (IsWord(t, end, "ago", "earlier", "before", "prior")) { dir = -1; end++; if (IsWord(t, end - 1, "before") && IsWord(t, end, "yesterday")) { days += 1; end++; } }
            else if (IsWord(t, end, "out")) { dir = 1; end++; }
            else if (IsWord(t, end, "later", "after", "hence", "from"))
            {
                dir = 1; end++;
                if (IsWord(t, end - 1, "from") && !IsWord(t, end, "now", "today")) return null;
                if (IsWord(t, end - 1, "after") && IsWord(t, end, "tomorrow")) { days += 1; end++; }
                else if (IsWord(t, end, "now", "today")) end++;
            }
            else if (future) dir = 1;
            else if (sign != 0) dir = sign;
            else return null;
            // a year-only anchor resolves year quantities only
            if (a == null)
            {
                if (anchor.HasYear && days == 0 && seconds == 0 && months % 12 == 0 && months != 0)
                {
                    used = end - i;
                    return Make(t, i, used, new DateValue(anchor.Year + dir * months / 12, 0, 0), DateValue.None, TemporalKind.Relative, false);
                }
                return null;
            }
            var at = a.Value + (o.AnchorTimeOfDay ?? TimeSpan.Zero);
            at = at.AddMonths(dir * months).AddDays(dir * days).AddSeconds(dir * seconds);
            used = end - i;
            return Make(t, spanFrom, end - spanFrom, FromDate(at.Date), DateValue.None, TemporalKind.Relative, false);
        }

        private static void Add(string unit, double n, ref double days, ref double seconds, ref int months)
        {
            switch (unit)
            {
                case "s": seconds += n; break;
                case "min": seconds += n * 60; break;
                case "h": seconds += n * 3600; break;
                case "d": days += n; break;
                case "w": days += 7 * n; break;
                case "f": days += 14 * n; break;
                case "mo": months += (int)Math.Round(n); break;
                case "q": months += (int)Math.Round(3 * n); break;
                default: months += (int)Math.Round(12 * n); break;
            }
        }

        private static DateTime NextOrSame(DateTime d, DayOfWeek day) => d.AddDays(((int)day - (int)d.DayOfWeek + 7) % 7);
        private static DateTime PreviousOrSame(DateTime d, DayOfWeek day) => d.AddDays(-(((int)d.DayOfWeek - (int)day + 7) % 7));

        /// <summary>The given weekday in the Monday-based week of <paramref name="d"/>.</summary>
        private static DateTime InWeek(DateTime d, DayOfWeek day)
        {
            int fromMonday = ((int)d.DayOfWeek + 6) % 7;
            int target = ((int)day + 6) % 7;
            return d.AddDays(target - fromMonday);
        }

        /// <summary>last X: the one strictly before; this X: the next on or after; next X: X in the next (Monday-based) week.</summary>
        private static DateTime RelativeWeekday(DateTime anchor, DayOfWeek day, int sign)
        {
            if (sign < 0) { var p = PreviousOrSame(anchor, day); return p == anchor ? p.AddDays(-7) : p; }
            if (sign == 0) return NextOrSame(anchor, day);
            return InWeek(anchor, day).AddDays(7);
        }

        private static DateTime BusinessDay(DateTime d, int dir)
        {
            do d = d.AddDays(dir); while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            return d;
        }

        /// <summary>The weekday relative to the anchor: sign -1 = the previous one, +1 = the next one, 0 = within this week (or the next with ForwardDate).</summary>
        private static DateTime Weekday(DateTime anchor, DayOfWeek day, int sign, DateRecognizerOptions o)
        {
            int delta = (int)day - (int)anchor.DayOfWeek;
            if (sign < 0) { if (delta >= 0) delta -= 7; }
            else if (sign > 0) { if (delta <= 0) delta += 7; }
            else if (o.ForwardDate) { if (delta <= 0) delta += 7; }
            else
            {
                // casual: the closest one, preferring the past half-week
                if (delta > 3) delta -= 7;
                else if (delta < -3) delta += 7;
            }
            return anchor.AddDays(delta);
        }
    }
}
