using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>"today", "yesterday", "tomorrow" (and their possessives): the anchor's day moved by the lexicon's offset;
    /// "tonight", "this morning", "yesterday afternoon", "last night" are TIMEs of that day. Nothing without a complete anchor.</summary>
    internal static class RelativeDayParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            if (c.Anchor is not { } a) return;
            for (int i = 0; i < c.Count; i++)
            {
                if (!c.IsWord(i)) continue;
                if (c.Lex.RelativeDays.TryGetValue(c.Tokens[i].Text, out int off))
                {
                    var day = a.AddDays(off);
                    if (c.Is(i, "tonight")) { output.Add(new TimexCandidate(i, i, TimexType.Time, TimexCalendar.Day(day) + "TNI", TimexGrain.Day, Priority: 2)); continue; }
                    if (c.IsWord(i + 1) && c.Lex.PartsOfDay.TryGetValue(c.Tokens[i + 1].Text, out var part))
                    {
                        output.Add(new TimexCandidate(i, i + 1, TimexType.Time, TimexCalendar.Day(day) + "T" + part, TimexGrain.Day, Priority: 2));
                        continue;
                    }
                    output.Add(new TimexCandidate(i, i, TimexType.Date, TimexCalendar.Day(day), TimexGrain.Day, Priority: 2));
                    continue;
                }
                // "this morning", "last night"
                if ((c.Is(i, "this") || c.Is(i, "last")) && c.IsWord(i + 1) && c.Lex.PartsOfDay.TryGetValue(c.Tokens[i + 1].Text, out var p2))
                {
                    var day = c.Is(i, "last") && p2 == "NI" ? a.AddDays(-1) : a;
                    if (c.Is(i, "last") && p2 != "NI") continue;
                    output.Add(new TimexCandidate(i, i + 1, TimexType.Time, TimexCalendar.Day(day) + "T" + p2, TimexGrain.Day, Priority: 2));
                }
            }
        }
    }
}
