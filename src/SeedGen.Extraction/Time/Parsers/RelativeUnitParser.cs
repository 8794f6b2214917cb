using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// A unit of time counted from the anchor, at that unit's grain: "last year" (1988), "this week" (1989-W44), "next
    /// month", "last quarter", "last weekend"; "a year ago", "five months ago" (a month, not a day), "three weeks earlier",
    /// "two years later"; "year-earlier", "the year-ago quarter" (the period just spoken of, a year before: completed by
    /// <see cref="Refiners.ReferenceRefiner"/>). A vague quantity ("several years ago") is PAST_REF / FUTURE_REF.
    /// </summary>
    internal static class RelativeUnitParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i) && !c.IsNum(i)) continue;
                UnitAfterWord(c, i, output);
                Offset(c, i, output);
                YearBefore(c, i, output);
                AnchorYear(c, i, output);
                Anaphoric(c, i, output);
            }
        }

        /// <summary>"last year", "this week", "next quarter", "the current quarter".</summary>
        private static void UnitAfterWord(TimexContext c, int i, List<TimexCandidate> output)
        {
            if (!c.IsWord(i) || !c.Lex.RelativeWords.TryGetValue(c.Tokens[i].Text, out int sign)) return;
            if (!c.IsWord(i + 1) || !c.Lex.Units.TryGetValue(c.Tokens[i + 1].Text, out var grain)) return;
            if (grain is TimexGrain.Day or TimexGrain.Hour or TimexGrain.Minute) return; // "next day" needs a reference, not the anchor
            if (c.Tokens[i + 1].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) && grain != TimexGrain.Century) return; // "last years" is no point
            if (c.Is(i + 1, "weekend")) grain = TimexGrain.Weekend;
            int first = c.Is(i - 1, "the") && c.IsAny(i, "current", "following", "previous") ? i - 1 : i;
            // "the last year", "the next month", "the past week": a duration (DurationParser)
            if (c.Is(i - 1, "the") && first == i) return;
            string? value = Value(c, grain, sign);
            if (value == null) return;
            output.Add(new TimexCandidate(first, i + 1, TimexType.Date, value, grain, Priority: 2));
        }

        /// <summary>"a year ago", "five months ago", "two years earlier", "three days later".</summary>
        private static void Offset(TimexContext c, int i, List<TimexCandidate> output)
        {
            int first = i;
            string? mod = null;
            int q = i;
            int nu = c.NumberAt(q, out int n);
            if (nu == 0 || n > 999) return; // "a million years ago" is no calendar date
            bool vague = c.IsAny(q, "several", "few", "couple");
            if (c.IsAny(q, "a") && c.IsAny(q + 1, "few", "couple")) { vague = true; nu = c.Is(q + 2, "of") ? 3 : 2; }
            int u = q + nu;
            if (!c.IsWord(u) || !c.Lex.Units.TryGetValue(c.Tokens[u].Text, out var grain)) return;
            if (grain == TimexGrain.Year && c.IsNum(q) && c.Tokens[q].Length == 4) return;
            int after = u + 1;
            int sign = 0, len;
            if ((len = c.LongestAt(after, c.Lex.OffsetPast)) > 0) sign = -1;
            else if ((len = c.LongestAt(after, c.Lex.OffsetFuture)) > 0) sign = 1;
            if (sign == 0) return;
            // "two days before the vote": counted from an event, not the anchor; only at the end of a clause
            if (c.IsAny(after, "before", "after") && !(after + 1 >= c.Count || c.IsPunct(after + 1, ".,;:!?)\"")) ) return;
            if (c.IsAny(i - 1, "about", "some", "nearly", "almost", "roughly", "around")) { first = i - 1; mod = "APPROX"; }
            int last = after + len - 1;
            if (vague)
            {
                output.Add(new TimexCandidate(first, last, TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", TimexGrain.Ref, Priority: 2));
                return;
            }
            if (grain is TimexGrain.Hour or TimexGrain.Minute)
            {
                if (c.Anchor == null) return;
                output.Add(new TimexCandidate(first, last, TimexType.Time, TimexCalendar.Day(c.Anchor.Value) , TimexGrain.Day, Priority: 2));
                return;
            }
            // "a decade ago", "two centuries earlier": a year, ten or a hundred years away
            if (grain is TimexGrain.Decade or TimexGrain.Century) { n *= grain == TimexGrain.Decade ? 10 : 100; grain = TimexGrain.Year; }
            string? value = Value(c, grain, sign * n);
            if (value == null) return;
            var role = n == 1 && grain == TimexGrain.Year && sign < 0 ? TimexRole.YearBefore : TimexRole.None;
            output.Add(new TimexCandidate(first, last, TimexType.Date, value, grain, Mod: mod, Role: role, Priority: 2));
        }

        /// <summary>"the full year", "the current fiscal year" (lexicon <c>anchor_year_phrases</c>); "the year" after "the end
        /// of", "the rest of", "earlier in": the anchor's year.</summary>
        private static void AnchorYear(TimexContext c, int i, List<TimexCandidate> output)
        {
            int len = c.LongestAt(i, c.Lex.AnchorYearPhrases);
            if (len == 0 && c.Is(i, "the") && c.Is(i + 1, "year") && (c.IsAny(i - 1, "of", "in") && c.IsWord(i - 2) && ModifierEndsAt(c, i - 1))) len = 2;
            if (len == 0 || c.IsPunct(i + len, "-") || c.IsAny(i + len, "ago", "earlier", "before", "later")) return;
            string? value = Value(c, TimexGrain.Year, 0);
            if (value == null) return;
            output.Add(new TimexCandidate(i, i + len - 1, TimexType.Date, value, TimexGrain.Year, Priority: 1));
        }

        /// <summary>"that year", "the following month", "the same day", "the next day": completed by the reference refiner.</summary>
        private static void Anaphoric(TimexContext c, int i, List<TimexCandidate> output)
        {
            foreach (var (words, shift) in c.Lex.Anaphoric)
            {
                if (!c.Matches(i, words)) continue;
                int u = i + words.Length;
                if (!c.IsWord(u) || !c.Lex.Units.TryGetValue(c.Tokens[u].Text, out var grain) || c.Tokens[u].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase)) return;
                if (grain is not (TimexGrain.Day or TimexGrain.Month or TimexGrain.Year)) return;
                if (c.Is(i, "the") && c.Is(i + 1, "next") && grain != TimexGrain.Day) return;
                if (c.Is(u + 1, "of") || c.IsPunct(u + 1, "-")) return; // "that day of mourning", "the same-day"
                output.Add(new TimexCandidate(i, u, TimexType.Date, "", grain, Role: TimexRole.Anaphoric, Priority: 2, Shift: shift));
                return;
            }
        }

        private static bool ModifierEndsAt(TimexContext c, int last)
        {
            foreach (var (words, _) in c.Lex.ModifiersBefore) if (words.Length > 1 && c.Matches(last - words.Length + 1, words)) return true;
            return false;
        }

        /// <summary>"year-earlier", "the year-ago quarter", "the year-earlier period", "the year-ago third quarter".</summary>
        private static void YearBefore(TimexContext c, int i, List<TimexCandidate> output)
        {
            int len = c.LongestAt(i, c.Lex.YearBefore);
            if (len == 0) return;
            string? value = Value(c, TimexGrain.Year, -1);
            if (value == null) return;
            int first = i, last = i + len - 1;
            // "the year-earlier third quarter": that quarter of the year before
            if (c.IsWord(last + 1) && c.Lex.Ordinals.TryGetValue(c.Tokens[last + 1].Text, out int q) && q <= 4 && c.Is(last + 2, "quarter") && c.AnchorValue.HasYear)
            {
                int y = TimexCalendar.YearOfQuarter(c.AnchorValue.Year, c.AnchorValue.Month, q, -1) - 1;
                output.Add(new TimexCandidate(c.Is(i - 1, "the") ? i - 1 : i, last + 2, TimexType.Date, TimexCalendar.Quarter(y, q), TimexGrain.Quarter, Priority: 3));
                return;
            }
            if (c.IsWord(last + 1) && (c.Lex.PeriodWords.Contains(c.Tokens[last + 1].Text) || (c.Lex.Units.TryGetValue(c.Tokens[last + 1].Text, out var g) && g != TimexGrain.Year)))
            {
                last++;
                if (c.Is(i - 1, "the")) first = i - 1;
            }
            output.Add(new TimexCandidate(first, last, TimexType.Date, value, TimexGrain.Year, Role: TimexRole.YearBefore, Priority: 2));
        }

        /// <summary>The anchor moved by n units; a year-only anchor still counts years.</summary>
        internal static string? Value(TimexContext c, TimexGrain grain, int n)
        {
            if (c.Anchor is { } a) return TimexCalendar.Shift(a, grain, n);
            if (c.AnchorValue.HasYear && grain == TimexGrain.Year) return TimexCalendar.Year(c.AnchorValue.Year + n);
            if (c.AnchorValue.HasYear && c.AnchorValue.Month != 0 && grain == TimexGrain.Month)
            {
                int m = c.AnchorValue.Year * 12 + c.AnchorValue.Month - 1 + n;
                return TimexCalendar.Month(m / 12, m % 12 + 1);
            }
            return null;
        }
    }
}
