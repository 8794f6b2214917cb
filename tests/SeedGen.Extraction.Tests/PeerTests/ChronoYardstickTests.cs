using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Extraction.Tests.PeerTests
{
    /// <summary>
    /// chrono-node's English test suite as an outside yardstick (PeerTests/README.md explains the data). Every dated case runs
    /// with its <c>ref</c> as the anchor and its parser mode (casual, strict, en.GB = day first) and forwardDate option; the
    /// asserted year/month/day of start and end, and the matched text where asserted, must agree. Negatives must give no
    /// date. Every disagreement is printed. Deliberate differences are listed with their reason in chrono-exclusions.yaml; they
    /// count as failures in the rate, an unlisted failure fails the test, and so does a listed case that passes.
    /// </summary>
    public class ChronoYardstickTests
    {
        // the rates the README prints (0.964 = 423/439 dated, 0.991 = 116/117 negatives), asserted as the exact fractions
        private const double DatedFloor = 423.0 / 439;
        private const double NegativeFloor = 116.0 / 117;

        private readonly ITestOutputHelper _out;
        public ChronoYardstickTests(ITestOutputHelper output) => _out = output;

        private static JsonElement Data()
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.Root, "PeerTests", "chrono-en-dates.json")));
            return doc.RootElement.Clone();
        }

        private static DateRecognizerOptions Options(JsonElement c)
        {
            var o = DateRecognizerOptions.Default;
            string parser = c.TryGetProperty("parser", out var p) ? p.GetString() ?? "casual" : "casual";
            if (parser == "strict") o = o with { Strict = true };
            if (parser == "en.GB") o = o with { DayFirst = true };
            if (c.TryGetProperty("ref_time", out var rt) && rt.ValueKind == JsonValueKind.String && TimeSpan.TryParse(rt.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var tod))
                o = o with { AnchorTimeOfDay = tod };
            if (c.TryGetProperty("options", out var opt) && opt.ValueKind == JsonValueKind.Object && opt.TryGetProperty("forwardDate", out var fd) && fd.ValueKind == JsonValueKind.True)
                o = o with { ForwardDate = true };
            return o;
        }

        private static DateValue Anchor(JsonElement c) =>
            c.TryGetProperty("ref", out var r) && r.ValueKind == JsonValueKind.String ? DateValue.ParseIso(r.GetString()) : DateValue.None;

        /// <summary>Compares the asserted fields. A field we leave unknown on purpose is not compared when chrono merely implies it
        /// (PeerTests/README.md: "Treat year/day expectations for year-less or day-less text as chrono's convention"): the day of a
        /// month expression ("September 2012" → chrono implies day 1) and the month and day of a year expression.</summary>
        private static bool Fields(JsonElement expected, DateValue actual, TemporalKind kind, out string why)
        {
            why = "";
            foreach (var (name, value) in new[] { ("year", actual.Year), ("month", actual.Month), ("day", actual.Day) })
            {
                if (!expected.TryGetProperty(name, out var e)) continue;
                bool implied = value == 0 && actual.Year != 0 && (name == "day" && actual.Month != 0 || name != "year" && actual.Month == 0)
                    && kind is TemporalKind.Month or TemporalKind.Year or TemporalKind.Relative or TemporalKind.Range;
                if (implied) continue;
                if (e.GetInt32() != value) { why = $"{name} {value} (expected {e.GetInt32()})"; return false; }
            }
            return true;
        }

        /// <summary>file:line of every excluded case (reason required).</summary>
        private static HashSet<string> Exclusions()
        {
            var yaml = new YamlDotNet.RepresentationModel.YamlStream();
            using (var reader = new StringReader(File.ReadAllText(Path.Combine(TestFiles.Root, "PeerTests", "chrono-exclusions.yaml")))) yaml.Load(reader);
            var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (YamlDotNet.RepresentationModel.YamlMappingNode e in (YamlDotNet.RepresentationModel.YamlSequenceNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("exclusions")])
            {
                string V(string k) => ((YamlDotNet.RepresentationModel.YamlScalarNode)e.Children[new YamlDotNet.RepresentationModel.YamlScalarNode(k)]).Value!;
                Assert.False(string.IsNullOrWhiteSpace(V("reason")));
                set.Add(V("file") + ":" + V("line"));
            }
            return set;
        }

        private void Explained(List<(string Key, string Line)> failures, bool negatives)
        {
            var excluded = Exclusions();
            var data = Data();
            var ownKeys = new HashSet<string>(data.GetProperty(negatives ? "negatives" : "cases").EnumerateArray()
                .Select(c => c.GetProperty("file").GetString() + ":" + c.GetProperty("line").GetInt32()), StringComparer.Ordinal);
            var unexplained = failures.Where(f => !excluded.Contains(f.Key)).Select(f => f.Line).ToList();
            var stale = excluded.Where(k => ownKeys.Contains(k) && !failures.Any(f => f.Key == k)).ToList();
            Assert.True(unexplained.Count == 0, "disagreements not explained in chrono-exclusions.yaml:\n" + string.Join("\n", unexplained));
            Assert.True(stale.Count == 0, "excluded cases that now pass (remove them from chrono-exclusions.yaml): " + string.Join(", ", stale));
        }

        [Fact]
        public void Dated_cases_agree_with_chrono()
        {
            var data = Data();
            int pass = 0, total = 0;
            var failures = new List<string>();
            var keys = new List<(string Key, string Line)>();
            foreach (var c in data.GetProperty("cases").EnumerateArray())
            {
                total++;
                string key = c.GetProperty("file").GetString() + ":" + c.GetProperty("line").GetInt32();
                int before = failures.Count;
                Check(c);
                if (failures.Count > before) keys.Add((key, failures[failures.Count - 1]));
            }
            double rate = (double)pass / total;
            _out.WriteLine($"chrono dated cases: {pass}/{total} = {rate:F3} ({keys.Count(k => Exclusions().Contains(k.Key))} of the failures are listed exclusions)");
            foreach (var f in failures) _out.WriteLine("  " + f);
            Assert.True(rate >= DatedFloor, $"pass rate {rate:F3} below {DatedFloor:F3}");
            Explained(keys, negatives: false);

            void Check(JsonElement c)
            {
                string text = c.GetProperty("text").GetString()!;
                var found = DateRecognizer.Recognize(text, Anchor(c), Options(c));
                int index = c.TryGetProperty("result_index", out var ri) ? ri.GetInt32() : 0;
                string where = $"{c.GetProperty("file").GetString()}:{c.GetProperty("line").GetInt32()} [{c.GetProperty("parser").GetString()}] '{text.Replace("\n", "\\n")}' ref {(c.TryGetProperty("ref", out var rf) ? rf.ToString() : "")}";
                if (found.Count <= index) { failures.Add(where + ": no date"); return; }
                var m = found[index];
                if (!Fields(c.GetProperty("start"), m.Start, m.Kind, out var why)) { failures.Add(where + ": start " + why + $" (got {m.Start.ToIso()})"); return; }
                if (c.TryGetProperty("end", out var end) && end.ValueKind == JsonValueKind.Object && !Fields(end, m.End, m.Kind, out why)) { failures.Add(where + ": end " + why); return; }
                if (c.TryGetProperty("matched", out var mt) && mt.ValueKind == JsonValueKind.String && text.Substring(m.Index, m.Length) != mt.GetString())
                { failures.Add(where + $": matched '{text.Substring(m.Index, m.Length)}' (expected '{mt.GetString()}')"); return; }
                pass++;
            }
        }

        [Fact]
        public void Negatives_give_no_date()
        {
            var data = Data();
            int pass = 0, total = 0;
            var failures = new List<string>();
            var keys = new List<(string Key, string Line)>();
            foreach (var c in data.GetProperty("negatives").EnumerateArray())
            {
                total++;
                string text = c.GetProperty("text").GetString()!;
                var found = DateRecognizer.Recognize(text, Anchor(c), Options(c));
                if (found.Count == 0) { pass++; continue; }
                keys.Add((c.GetProperty("file").GetString() + ":" + c.GetProperty("line").GetInt32(), text));
                failures.Add($"{c.GetProperty("file").GetString()}:{c.GetProperty("line").GetInt32()} '{text.Replace("\n", "\\n")}': found '{text.Substring(found[0].Index, found[0].Length)}' = {found[0].Start.ToIso()}");
            }
            double rate = (double)pass / total;
            _out.WriteLine($"chrono negatives: {pass}/{total} = {rate:F3}");
            foreach (var f in failures) _out.WriteLine("  " + f);
            Assert.True(rate >= NegativeFloor, $"negative pass rate {rate:F3} below {NegativeFloor:F3}");
            Explained(keys, negatives: true);
        }
    }
}
