using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>
    /// Durations and sets, so that they are never read as dates: "two days", "the past three months", "the first nine
    /// months", "nearly 18 months", "a two-year contract" (P2D, P3M, P9M, P18M, P2Y; "several years" PXY), "the past
    /// year", "the next month" (P1Y, P1M); "recent months" (PXM); "every week", "each year", "annually" (SET P1W, P1Y).
    /// A duration's leading preposition ("for", "within") is not in its span; "the past", "the first" and quantifiers are.
    /// </summary>
    internal static class DurationParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i) && !c.IsNum(i)) continue;
                Quantity(c, i, output);
                TheUnit(c, i, output);
                Set(c, i, output);
            }
        }

        /// <summary>N unit(s), with a quantifier before and "the past"/"the first" before that.</summary>
        private static void Quantity(TimexContext c, int i, List<TimexCandidate> output)
        {
            int nu = c.NumberAt(i, out int n);
            if (nu == 0) return;
            if (c.IsNum(i) && c.Tokens[i].Length == 4 && !c.IsPunct(i + 1, "-")) return; // "1990 years" is rare; a year more often
            bool vague = c.IsAny(i, "several", "few", "couple");
            if (c.IsAny(i, "a", "an") && c.IsAny(i + 1, "few", "couple")) { vague = true; nu = 2; if (c.Is(i + 2, "of")) nu = 3; }
            int u = i + nu;
            // "two-year", "30-year": a hyphenated adjective
            bool hyphen = c.IsPunct(u, "-") && c.Adjacent(u - 1, u) && c.IsWord(u + 1) && c.Adjacent(u, u + 1);
            if (hyphen) u++;
            // "two to three weeks", "two or three years"
            int range = 0;
            if (!hyphen && c.IsAny(u, "to", "or") && c.NumberAt(u + 1, out _) is int ru && ru > 0) { range = ru; u = u + 1 + ru; }
            if (!c.IsWord(u) || !c.Lex.Units.TryGetValue(c.Tokens[u].Text, out var grain)) return;
            if (c.IsAny(i, "a", "an") && hyphen) return;
            int first = i;
            int lead = LeadBefore(c, i);
            first -= lead;
            output.Add(new TimexCandidate(first, u, TimexType.Duration, TimexCalendar.Duration(grain, vague || range > 0 ? 0 : n), grain, Priority: 1));
        }

        /// <summary>"the past year", "the next month", "the last week", "recent months", "the coming years".</summary>
        private static void TheUnit(TimexContext c, int i, List<TimexCandidate> output)
        {
            if (!c.IsWord(i) || !c.Lex.Units.TryGetValue(c.Tokens[i].Text, out var grain)) return;
            int lead = LeadBefore(c, i);
            bool plural = c.Tokens[i].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase);
            if (lead == 0 && plural && c.Is(i - 1, "recent")) lead = 1;
            if (lead == 0) return;
            // only "the …" leads: "for year" is not English, "over week" neither
            if (!c.Is(i - lead, "the") && !c.Is(i - lead, "recent")) return;
            output.Add(new TimexCandidate(i - lead, i, TimexType.Duration, TimexCalendar.Duration(grain, plural ? 0 : 1), grain, Priority: 1));
        }

        /// <summary>"every week", "each year", "per month", "annually", "weekly".</summary>
        private static void Set(TimexContext c, int i, List<TimexCandidate> output)
        {
            if (!c.IsWord(i) || !c.Lex.SetLead.Contains(c.Tokens[i].Text)) return;
            if (c.IsWord(i + 1) && c.Lex.Units.TryGetValue(c.Tokens[i + 1].Text, out var grain))
            {
                output.Add(new TimexCandidate(i, i + 1, TimexType.Set, TimexCalendar.Duration(grain, 1), grain, Priority: 1));
                return;
            }
            if (c.IsWord(i + 1) && c.Lex.Weekdays.ContainsKey(c.Tokens[i + 1].Text))
            {
                output.Add(new TimexCandidate(i, i + 1, TimexType.Set, "XXXX-WXX-" + (((int)c.Lex.Weekdays[c.Tokens[i + 1].Text] + 6) % 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), TimexGrain.Day, Priority: 1));
                return;
            }
            string w = c.Lex.Units.ContainsKey(c.Tokens[i].Text) ? "" : c.Tokens[i].Text.ToLowerInvariant();
            string? v = w switch { "annually" or "yearly" => "P1Y", "monthly" => "P1M", "weekly" => "P1W", "daily" => "P1D", _ => null };
            if (v != null) output.Add(new TimexCandidate(i, i, TimexType.Set, v, TimexGrain.None, Priority: 1));
        }

        /// <summary>How many tokens of a duration lead ("the past", "more than", "nearly") end just before token i; prepositions are not counted.</summary>
        private static int LeadBefore(TimexContext c, int i)
        {
            int len = c.LongestEndingAt(i - 1, c.Lex.DurationLead);
            if (len == 0) return 0;
            if (len == 1 && c.IsAny(i - 1, "for", "within", "over", "during")) return 0;
            int inner = c.LongestEndingAt(i - 1 - len, c.Lex.DurationLead);
            if (inner > 0 && !c.IsAny(i - 1 - len, "for", "within", "over", "during")) len += inner;
            return len;
        }
    }
}
