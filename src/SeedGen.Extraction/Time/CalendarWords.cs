using System;
using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Time
{
    /// <summary>The calendar recogniser's word lists (<see cref="DateRecognizer"/>), read from the <c>calendar:</c> section of
    /// <c>Lexicon/time.yaml</c>. All look-ups are case-insensitive.</summary>
    internal sealed class CalendarWords
    {
        private static readonly StringComparer Cmp = StringComparer.OrdinalIgnoreCase;

        /// <summary>Weekday names and abbreviations.</summary>
        public readonly Dictionary<string, DayOfWeek> Weekdays = new(Cmp);
        public readonly Dictionary<string, int> Numbers = new(Cmp);
        public readonly Dictionary<string, int> Ordinals = new(Cmp);
        /// <summary>Unit word to code: s, min, h, d, w, f, mo, q, y.</summary>
        public readonly Dictionary<string, string> Units = new(Cmp);
        public readonly HashSet<string> PartsOfDay = new(Cmp);
        public readonly HashSet<string> Zones = new(Cmp);
        public readonly HashSet<string> AfterDayAlone = new(Cmp);
        public readonly HashSet<string> StartWords = new(Cmp);

        /// <param name="weekdays">The full weekday names of the lexicon (the abbreviations name one of them).</param>
        internal static CalendarWords Parse(YamlMappingNode node, IReadOnlyDictionary<string, DayOfWeek> weekdays)
        {
            var w = new CalendarWords();
            foreach (var kv in weekdays) w.Weekdays[kv.Key] = kv.Value;
            foreach (var e in node.Children)
            {
                string key = ((YamlScalarNode)e.Key).Value ?? "";
                var v = e.Value;
                switch (key)
                {
                    case "weekday_abbreviations":
                        foreach (var a in ((YamlMappingNode)v).Children)
                        {
                            string full = ((YamlScalarNode)a.Value).Value ?? "";
                            if (!weekdays.TryGetValue(full, out var day)) throw new InvalidOperationException("time.yaml calendar: unknown weekday '" + full + "'");
                            w.Weekdays[((YamlScalarNode)a.Key).Value ?? ""] = day;
                        }
                        break;
                    case "numbers": Ints(v, w.Numbers); break;
                    case "ordinals": Ints(v, w.Ordinals); break;
                    case "units":
                        foreach (var u in ((YamlMappingNode)v).Children)
                            foreach (var name in Scalars(u.Value)) w.Units[name] = ((YamlScalarNode)u.Key).Value ?? "";
                        break;
                    case "parts_of_day": foreach (var x in Scalars(v)) w.PartsOfDay.Add(x); break;
                    case "zones": foreach (var x in Scalars(v)) w.Zones.Add(x); break;
                    case "after_day_alone": foreach (var x in Scalars(v)) w.AfterDayAlone.Add(x); break;
                    case "start_words": foreach (var x in Scalars(v)) w.StartWords.Add(x); break;
                    default: throw new InvalidOperationException("unknown key in the calendar section of the time lexicon: " + key);
                }
            }
            return w;
        }

        private static void Ints(YamlNode n, Dictionary<string, int> into)
        {
            foreach (var e in ((YamlMappingNode)n).Children)
                into[((YamlScalarNode)e.Key).Value ?? ""] = int.Parse(((YamlScalarNode)e.Value).Value ?? "0", CultureInfo.InvariantCulture);
        }

        private static IEnumerable<string> Scalars(YamlNode n)
        {
            foreach (var c in ((YamlSequenceNode)n).Children)
                if (c is YamlScalarNode cs && !string.IsNullOrEmpty(cs.Value)) yield return cs.Value!;
        }
    }
}
