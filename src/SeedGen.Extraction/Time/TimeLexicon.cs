using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using SeedGen.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Time
{
    /// <summary>The word lists of the news time-expression recogniser, read once from the embedded <c>Lexicon/time.yaml</c>.
    /// Immutable after construction; every look-up is case-insensitive (Ordinal).</summary>
    /// <summary>When a holiday falls: a fixed day, the first given weekday on or after a day of the month, or days from Easter.</summary>
    internal readonly record struct HolidayRule(int Month, int Day, DayOfWeek? Weekday, int FromDay, bool FromEaster, int EasterOffset)
    {
        public DateTime In(int year)
        {
            if (FromEaster) return Easter(year).AddDays(EasterOffset);
            if (Weekday is { } wd)
            {
                var d = new DateTime(year, Month, Math.Max(1, FromDay), 0, 0, 0, DateTimeKind.Unspecified);
                return d.AddDays(((int)wd - (int)d.DayOfWeek + 7) % 7);
            }
            return new DateTime(year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified);
        }

        /// <summary>Easter Sunday (Gregorian; the anonymous algorithm).</summary>
        public static DateTime Easter(int y)
        {
            int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateTime(y, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        }
    }

    internal sealed class TimeLexicon
    {
        private static readonly Lazy<TimeLexicon> LazyDefault = new Lazy<TimeLexicon>(Load);

        /// <summary>The built-in lexicon.</summary>
        public static TimeLexicon Default => LazyDefault.Value;

        private static readonly StringComparer Cmp = StringComparer.OrdinalIgnoreCase;

        public readonly Dictionary<string, int> Months = new(Cmp);
        public readonly HashSet<string> FullMonthNames = new(Cmp);
        public readonly Dictionary<string, DayOfWeek> Weekdays = new(Cmp);
        public readonly Dictionary<string, string> Seasons = new(Cmp);
        public readonly Dictionary<string, string> PartsOfDay = new(Cmp);
        public readonly List<string[]> PresentRef = new();
        public readonly List<string[]> PastRef = new();
        public readonly List<string[]> FutureRef = new();
        public readonly Dictionary<string, int> RelativeDays = new(Cmp);
        public readonly Dictionary<string, int> RelativeWords = new(Cmp);
        public readonly Dictionary<string, TimexGrain> Units = new(Cmp);
        public readonly List<string[]> OffsetPast = new();
        public readonly List<string[]> OffsetFuture = new();
        public readonly List<string[]> DurationLead = new();
        public readonly HashSet<string> SetLead = new(Cmp);
        public readonly Dictionary<string, int> Ordinals = new(Cmp);
        public readonly Dictionary<string, int> NumberWords = new(Cmp);
        public readonly Dictionary<string, int> CenturyOrdinals = new(Cmp);
        public readonly List<(string[] Words, string Mod)> ModifiersBefore = new();
        public readonly List<string[]> ReferenceQuarter = new();
        public readonly List<string[]> YearBefore = new();
        public readonly HashSet<string> PeriodWords = new(Cmp);
        public readonly List<string[]> FutureCues = new();
        /// <summary>What reads a weekday forward: the future cues and the timetable cues, in one list (longest first).</summary>
        public readonly List<string[]> ForwardCues = new();
        public readonly List<string[]> PastCues = new();
        public readonly List<string[]> PresentCues = new();
        public readonly HashSet<string> NotPast = new(Cmp);
        public readonly HashSet<string> AgentMarkers = new(Cmp);
        public readonly HashSet<string> NotYearBefore = new(Cmp);
        public readonly HashSet<string> NotYearAfter = new(Cmp);
        public readonly HashSet<string> Abbreviations = new(Cmp);
        public readonly Dictionary<string, string> VaguePlural = new(Cmp);
        public readonly List<string[]> AnchorYearPhrases = new();
        public readonly Dictionary<string, int> DecadeWords = new(Cmp);
        public readonly HashSet<string> ReportingVerbs = new(Cmp);
        public readonly HashSet<string> PresentProgressive = new(Cmp);
        public readonly HashSet<string> ReportingVerbsPast = new(Cmp);
        public readonly List<(string[] Words, int Shift)> Anaphoric = new();
        /// <summary>The calendar recogniser's words (the <c>calendar:</c> section).</summary>
        internal CalendarWords Calendar = new();
        /// <summary>Holiday names (as tokens, longest first) and their rule.</summary>
        public readonly List<(string[] Words, HolidayRule Rule)> Holidays = new();

        private static TimeLexicon Load()
        {
            var asm = typeof(TimeLexicon).GetTypeInfo().Assembly;
            using var s = asm.GetManifestResourceStream("SeedGen.Extraction.Time.time.yaml")
                ?? throw new InvalidOperationException("the embedded time lexicon is missing");
            using var r = new StreamReader(s, Encoding.UTF8);
            return Parse(r.ReadToEnd());
        }

        /// <summary>Reads the lexicon from YAML text (the built-in file; tests may pass their own).</summary>
        public static TimeLexicon Parse(string yaml)
        {
            // the one guarded YAML parse (depth, anchors, aliases, size), as for every other YAML file
            var stream = YamlGuard.Load(yaml, out var problem)
                ?? throw new InvalidOperationException("time.yaml: " + problem?.Reason + " (line " + problem?.Line + ")");
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var lex = new TimeLexicon();
            foreach (var e in root.Children)
            {
                string key = ((YamlScalarNode)e.Key).Value ?? "";
                var v = e.Value;
                switch (key)
                {
                    case "months":
                        int m = 0;
                        foreach (var item in ((YamlSequenceNode)v).Children)
                        {
                            m++;
                            bool first = true;
                            foreach (var name in Scalars(item))
                            {
                                lex.Months[name] = m;
                                if (first) lex.FullMonthNames.Add(name);
                                first = false;
                            }
                        }
                        break;
                    case "weekdays":
                        int d = 0;
                        foreach (var name in Scalars(v)) lex.Weekdays[name] = (DayOfWeek)((++d) % 7);
                        break;
                    case "seasons": Map(v, lex.Seasons); break;
                    case "parts_of_day": Map(v, lex.PartsOfDay); break;
                    case "present_ref": Phrases(v, lex.PresentRef); break;
                    case "past_ref": Phrases(v, lex.PastRef); break;
                    case "future_ref": Phrases(v, lex.FutureRef); break;
                    case "relative_days": IntMap(v, lex.RelativeDays); break;
                    case "relative_words": IntMap(v, lex.RelativeWords); break;
                    case "units":
                        foreach (var u in ((YamlMappingNode)v).Children)
                        {
                            var grain = (TimexGrain)Enum.Parse(typeof(TimexGrain), ((YamlScalarNode)u.Key).Value ?? "", true);
                            foreach (var name in Scalars(u.Value)) lex.Units[name] = grain;
                        }
                        break;
                    case "offset_past": Phrases(v, lex.OffsetPast); break;
                    case "offset_future": Phrases(v, lex.OffsetFuture); break;
                    case "duration_lead": Phrases(v, lex.DurationLead); break;
                    case "set_lead": foreach (var x in Scalars(v)) lex.SetLead.Add(x); break;
                    case "ordinals": IntMap(v, lex.Ordinals); break;
                    case "number_words": IntMap(v, lex.NumberWords); break;
                    case "century_ordinals": IntMap(v, lex.CenturyOrdinals); break;
                    case "modifiers_before":
                        foreach (var mo in ((YamlMappingNode)v).Children)
                            lex.ModifiersBefore.Add((Words(((YamlScalarNode)mo.Key).Value ?? ""), ((YamlScalarNode)mo.Value).Value ?? ""));
                        // longest first, so that "the end of" is tried before a shorter phrase
                        lex.ModifiersBefore.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                        break;
                    case "reference_quarter": Phrases(v, lex.ReferenceQuarter); break;
                    case "year_before": Phrases(v, lex.YearBefore); break;
                    case "period_words": foreach (var x in Scalars(v)) lex.PeriodWords.Add(x); break;
                    case "future_cues": Phrases(v, lex.FutureCues); Phrases(v, lex.ForwardCues); break;
                    case "timetable_cues": Phrases(v, lex.ForwardCues); break;
                    case "past_cues": Phrases(v, lex.PastCues); break;
                    case "present_cues": Phrases(v, lex.PresentCues); break;
                    case "not_past": foreach (var x in Scalars(v)) lex.NotPast.Add(x); break;
                    case "agent_markers": foreach (var x in Scalars(v)) lex.AgentMarkers.Add(x); break;
                    case "not_year_before": foreach (var x in Scalars(v)) lex.NotYearBefore.Add(x); break;
                    case "not_year_after": foreach (var x in Scalars(v)) lex.NotYearAfter.Add(x); break;
                    case "abbreviations": foreach (var x in Scalars(v)) lex.Abbreviations.Add(x); break;
                    case "vague_plural": Map(v, lex.VaguePlural); break;
                    case "anchor_year_phrases": Phrases(v, lex.AnchorYearPhrases); break;
                    case "decade_words": IntMap(v, lex.DecadeWords); break;
                    case "holidays":
                        foreach (var h in ((YamlMappingNode)v).Children)
                        {
                            var m2 = (YamlMappingNode)h.Value;
                            int Get(string k) => m2.Children.TryGetValue(new YamlScalarNode(k), out var n) ? int.Parse(((YamlScalarNode)n).Value ?? "0", System.Globalization.CultureInfo.InvariantCulture) : 0;
                            DayOfWeek? wd = m2.Children.TryGetValue(new YamlScalarNode("weekday"), out var w) && lex.Weekdays.TryGetValue(((YamlScalarNode)w).Value ?? "", out var d2) ? d2 : (DayOfWeek?)null;
                            bool easter = m2.Children.ContainsKey(new YamlScalarNode("easter"));
                            lex.Holidays.Add((Words(((YamlScalarNode)h.Key).Value ?? ""), new HolidayRule(Get("month"), Get("day"), wd, Get("from_day"), easter, Get("easter"))));
                        }
                        lex.Holidays.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                        break;
                    case "anaphoric":
                        foreach (var an in ((YamlMappingNode)v).Children)
                            lex.Anaphoric.Add((Words(((YamlScalarNode)an.Key).Value ?? ""), int.Parse(((YamlScalarNode)an.Value).Value ?? "0", System.Globalization.CultureInfo.InvariantCulture)));
                        lex.Anaphoric.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
                        break;
                    case "reporting_verbs_past": foreach (var x in Scalars(v)) lex.ReportingVerbsPast.Add(x); break;
                    case "present_progressive": foreach (var x in Scalars(v)) lex.PresentProgressive.Add(x); break;
                    case "reporting_verbs": foreach (var x in Scalars(v)) lex.ReportingVerbs.Add(x); break;
                    case "calendar": lex.Calendar = CalendarWords.Parse((YamlMappingNode)v, lex.Weekdays); break;
                    default: throw new InvalidOperationException("unknown key in the time lexicon: " + key);
                }
            }
            return lex;
        }

        private static IEnumerable<string> Scalars(YamlNode n)
        {
            if (n is YamlScalarNode s) { if (!string.IsNullOrEmpty(s.Value)) yield return s.Value!; yield break; }
            foreach (var c in ((YamlSequenceNode)n).Children)
                if (c is YamlScalarNode cs && !string.IsNullOrEmpty(cs.Value)) yield return cs.Value!;
        }

        private static void Map(YamlNode n, Dictionary<string, string> into)
        {
            foreach (var e in ((YamlMappingNode)n).Children) into[((YamlScalarNode)e.Key).Value ?? ""] = ((YamlScalarNode)e.Value).Value ?? "";
        }

        private static void IntMap(YamlNode n, Dictionary<string, int> into)
        {
            foreach (var e in ((YamlMappingNode)n).Children)
                into[((YamlScalarNode)e.Key).Value ?? ""] = int.Parse(((YamlScalarNode)e.Value).Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static void Phrases(YamlNode n, List<string[]> into)
        {
            foreach (var p in Scalars(n)) into.Add(Words(p));
            into.Sort((a, b) => b.Length.CompareTo(a.Length)); // longest first
        }

        /// <summary>A phrase as the tokens <see cref="TimexTokenizer"/> makes of it.</summary>
        private static string[] Words(string phrase)
        {
            var toks = TimexTokenizer.Tokenize(phrase);
            var w = new string[toks.Count];
            for (int i = 0; i < toks.Count; i++) w[i] = toks[i].Text;
            return w;
        }
    }
}
