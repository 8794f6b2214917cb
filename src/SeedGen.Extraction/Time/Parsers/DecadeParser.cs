using System.Collections.Generic;

namespace SeedGen.Extraction.Time.Parsers
{
    /// <summary>Decades and centuries: "the 1990s", "1980s", "the '80s", "mid-1990s" (the modifier is the refiner's), "the
    /// 20th century", "the twentieth century", "this century". Values 199, 198, 19.</summary>
    internal static class DecadeParser
    {
        public static void Parse(TimexContext c, List<TimexCandidate> output)
        {
            for (int i = 0; i < c.Count; i++)
            {
                // "1990s", "'80s"
                if (c.IsNum(i) && c.Is(i + 1, "s") && c.Adjacent(i, i + 1) && c.Tokens[i].Text.EndsWith("0", System.StringComparison.Ordinal))
                {
                    int n = QuarterParser.Num(c, i);
                    int first = i;
                    int year;
                    if (c.Tokens[i].Length == 4 && n >= 1000 && n <= 2990) year = n;
                    else if (c.Tokens[i].Length == 2 && c.IsPunct(i - 1, "'\u2019") && c.Adjacent(i - 1, i)) { year = 1900 + n; first = i - 1; }
                    else if (c.Tokens[i].Length == 2 && c.Is(i - 1, "the")) year = 1900 + n;
                    else continue;
                    if (c.Is(first - 1, "the")) first--;
                    output.Add(new TimexCandidate(first, i + 1, TimexType.Date, TimexCalendar.Decade(year), TimexGrain.Decade, Priority: 3));
                    continue;
                }
                // "the nineties", "the eighties"
                if (c.IsWord(i) && c.Lex.DecadeWords.TryGetValue(c.Tokens[i].Text, out int dw) && c.Is(i - 1, "the"))
                {
                    output.Add(new TimexCandidate(i - 1, i, TimexType.Date, TimexCalendar.Decade(1900 + 10 * dw), TimexGrain.Decade, Priority: 2));
                    continue;
                }
                if (c.Is(i, "century") && !c.Is(i + 1, "-"))
                {
                    int cent = 0, first = i - 1;
                    // "20th century": the number token is "20" followed by the word "th"
                    if (c.Is(first, "th") || c.Is(first, "st") || c.Is(first, "nd") || c.Is(first, "rd"))
                    {
                        if (c.IsNum(first - 1) && c.Tokens[first - 1].Length <= 2) { cent = QuarterParser.Num(c, first - 1); first--; }
                    }
                    else if (c.IsWord(first) && c.Lex.CenturyOrdinals.TryGetValue(c.Tokens[first].Text, out int o)) cent = o;
                    else if (c.Is(first, "this") && c.AnchorValue.HasYear) { output.Add(new TimexCandidate(first, i, TimexType.Date, TimexCalendar.Century(c.AnchorValue.Year / 100), TimexGrain.Century, Priority: 2)); continue; }
                    if (cent <= 0 || cent > 30) continue;
                    if (c.Is(first - 1, "the")) first--;
                    output.Add(new TimexCandidate(first, i, TimexType.Date, TimexCalendar.Century(cent - 1), TimexGrain.Century, Priority: 2));
                }
            }
        }
    }
}
