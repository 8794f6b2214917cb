using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Generator.Tests
{
    /// <summary>
    /// Hostile corpora through the real generator driver: articles and YAML files with deep nesting, huge scalars, invalid
    /// UTF-8, control characters, huge lines, quote storms, mixed encodings, BOMs, lone surrogates and front-matter abuse,
    /// mutated from the seeds or built from scratch, each case deterministic from its number. For every case: the driver
    /// does not throw, no generator exception (CS8784/CS8785), no extraction failure (SG0001), and the output compiles with
    /// zero errors. CI runs a fixed sample of 500; <c>SEEDGEN_FUZZ_CASES=10000 dotnet test tests/SeedGen.Generator.Tests --filter Fuzz</c>
    /// runs more (and <c>SEEDGEN_FUZZ_FIRST=N</c> starts at case N, to replay one).
    /// </summary>
    public class FuzzTests
    {
        private readonly ITestOutputHelper _out;
        public FuzzTests(ITestOutputHelper output) => _out = output;

        public const int CiCases = 500;
        private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(180);

        [Fact]
        public void Fuzz_hostile_corpora_never_crash_and_always_compile()
        {
            int cases = int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_FUZZ_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : CiCases;
            int first = int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_FUZZ_FIRST"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f >= 0 ? f : 0;
            var seeds = GeneratorHarness.Seeds();
            var failures = new System.Collections.Concurrent.ConcurrentBag<(int Case, string Text)>();
            long slowestMs = 0, bytes = 0;
            int slowestCase = -1;
            var sw = Stopwatch.StartNew();
            // Batches of 25 cases, on every core; the generated code of a batch (each case in its own namespace) is compiled as
            // one compilation: the same errors, without a compilation's fixed cost per case.
            var batches = Enumerable.Range(first, cases).GroupBy(c => (c - first) / 25).Select(g => g.ToList()).ToList();
            System.Threading.Tasks.Parallel.ForEach(batches, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, numbers =>
            {
                var batch = new List<(int Case, string Files, GeneratorRun Run)>();
                foreach (int c in numbers)
                {
                    var files = HostileCorpus.Build(c, seeds);
                    System.Threading.Interlocked.Add(ref bytes, files.Sum(x => (long)x.Text.Length));
                    string described = string.Join(", ", files.Select(x => x.Path + " " + x.Text.Length.ToString(CultureInfo.InvariantCulture)));
                    var one = Stopwatch.StartNew();
                    var (run, problem) = Generate(files, "Fuzz" + c.ToString(CultureInfo.InvariantCulture));
                    one.Stop();
                    lock (failures) if (one.ElapsedMilliseconds > slowestMs) { slowestMs = one.ElapsedMilliseconds; slowestCase = c; }
                    // a hang detector, not a speed test (PathologicalInputTests bounds the linear cost): the machine may be shared
                    if (one.Elapsed > HangBound) problem ??= $"took {one.Elapsed.TotalSeconds:F1} s";
                    if (problem != null) failures.Add((c, $"case {c.ToString(CultureInfo.InvariantCulture)} ({described}): {problem}"));
                    else batch.Add((c, described, run!));
                }
                long t0 = Stopwatch.GetTimestamp();
                foreach (var (bc, bf, why) in CompileBatch(batch)) failures.Add((bc, $"case {bc.ToString(CultureInfo.InvariantCulture)} ({bf}): {why}"));
                System.Threading.Interlocked.Add(ref CompileTicks, Stopwatch.GetTimestamp() - t0);
            });
            var slowest = (Case: slowestCase, Ms: slowestMs);
            var failed = failures.OrderBy(x => x.Case).Select(x => x.Text).ToList();
            _out.WriteLine($"{cases} cases from {first}, {bytes / 1024} KB of input, {sw.Elapsed.TotalSeconds:F1} s, slowest case {slowest.Case} ({slowest.Ms} ms), {failed.Count} failed; generating {GenerateTicks * 1000 / Stopwatch.Frequency} ms, compiling {CompileTicks * 1000 / Stopwatch.Frequency} ms");
            foreach (var x in failed.Take(50)) _out.WriteLine(x);
            Assert.True(failed.Count == 0, failed.Count + " of " + cases + " hostile corpora failed:\n" + string.Join("\n", failed.Take(20)));
        }

        /// <summary>The guarantees for one corpus, or what broke.</summary>
        private static long GenerateTicks, CompileTicks;

        /// <summary>Runs the real driver over one corpus: the run, or what broke (a throw, a generator exception, SG0001, no output).</summary>
        internal static (GeneratorRun? Run, string? Problem) Generate(IReadOnlyList<(string Path, string Text)> files, string rootNamespace)
        {
            long t0 = Stopwatch.GetTimestamp();
            try
            {
                var run = GeneratorHarness.Run(files, GeneratorHarness.DefaultGlobals(rootNamespace), trackSteps: false);
                foreach (var r in run.Result.Results)
                    if (r.Exception != null) return (null, "generator exception " + r.Exception);
                var crash = run.GeneratorDiagnostics.FirstOrDefault(d => d.Id is "CS8784" or "CS8785" or "SG0001");
                if (crash != null) return (null, crash.Id + ": " + crash.GetMessage(CultureInfo.InvariantCulture));
                if (!run.Sources.Any()) return (null, "no source generated");
                return (run, null);
            }
            catch (Exception ex) { return (null, "the driver threw " + ex); }
            finally { System.Threading.Interlocked.Add(ref GenerateTicks, Stopwatch.GetTimestamp() - t0); }
        }

        /// <summary>Compiles the generated code of several runs together; the compile errors of each case.</summary>
        internal static IEnumerable<(int Case, string Files, string Problem)> CompileBatch(IReadOnlyList<(int Case, string Files, GeneratorRun Run)> batch)
        {
            if (batch.Count == 0) yield break;
            var owner = new Dictionary<SyntaxTree, int>();
            var trees = new List<SyntaxTree>();
            foreach (var (c, _, run) in batch)
                foreach (var t in run.Result.GeneratedTrees) { owner[t] = c; trees.Add(t); }
            var compilation = batch[0].Run.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            foreach (var (c, files, _) in batch)
            {
                var mine = errors.Where(d => d.Location.SourceTree is { } t ? owner.TryGetValue(t, out var o) && o == c : false).ToList();
                if (mine.Count > 0) yield return (c, files, mine.Count + " compile errors, first: " + mine[0]);
            }
            // an error in no generated tree (e.g. a missing reference) belongs to the whole batch
            var orphan = errors.FirstOrDefault(d => d.Location.SourceTree is null || !owner.ContainsKey(d.Location.SourceTree));
            if (orphan != null) yield return (batch[0].Case, "batch", "compile error outside the generated code: " + orphan);
        }

        [Fact]
        public void Fuzz_cases_are_deterministic_and_hostile()
        {
            var seeds = GeneratorHarness.Seeds();
            for (int c = 0; c < 50; c++)
                Assert.Equal(HostileCorpus.Build(c, seeds), HostileCorpus.Build(c, seeds));
            // the sample covers what it claims: each kind of hostility occurs in the first 500 cases
            var all = Enumerable.Range(0, CiCases).SelectMany(c => HostileCorpus.Build(c, seeds)).ToList();
            Assert.Contains(all, f => f.Text.Contains('\uFFFD') || f.Text.Any(ch => ch >= 0x80 && ch < 0xA0));     // invalid UTF-8 / mixed encodings
            Assert.Contains(all, f => f.Text.Any(ch => char.IsSurrogate(ch)) && !IsWellFormed(f.Text));              // lone surrogates
            Assert.Contains(all, f => f.Text.IndexOf('\0') >= 0);                                                      // control characters
            Assert.Contains(all, f => f.Text.Count(ch => ch == '[') > 1000 && f.Path.EndsWith(".yaml", StringComparison.Ordinal)); // nesting
            Assert.Contains(all, f => f.Text.StartsWith("---", StringComparison.Ordinal) || f.Text.StartsWith("\uFEFF---", StringComparison.Ordinal)); // front matter
            Assert.Contains(all, f => f.Text.IndexOf('\uFEFF') > 0);                                                   // BOMs inside
            Assert.Contains(all, f => f.Text.Split('\n').Any(l => l.Length > 100_000));                                // huge lines
            Assert.Contains(all, f => f.Text.Count(ch => ch is '\u201C' or '\u201D' or '"') > 2000);                   // quote storms
            Assert.Contains(all, f => f.Path.EndsWith(".seedgen.yaml", StringComparison.Ordinal) && f.Path != "seeds/seedgen.yaml"); // sidecars
        }

        private static bool IsWellFormed(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i])) { if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; } return false; }
                if (char.IsLowSurrogate(s[i])) return false;
            }
            return true;
        }
    }

    /// <summary>Builds hostile corpora deterministically from a case number (SplitMix64; no System.Random, whose sequence is not promised).</summary>
    internal static class HostileCorpus
    {
        private sealed class Rng
        {
            private ulong _s;
            public Rng(int seed) => _s = 0x9E3779B97F4A7C15UL * (ulong)(seed + 1);
            public ulong Next()
            {
                ulong z = _s += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
            public int Int(int max) => max <= 0 ? 0 : (int)(Next() % (ulong)max);
            public int Int(int min, int max) => min + Int(max - min);
            public bool Chance(int percent) => Int(100) < percent;
            public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];
            public bool Big { get; set; }
        }

        private static readonly string[] Quotes = { "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "\u2039", "\u203A", "`", "''", "\"\"" };
        private static readonly string[] Controls = { "\0", "\u0001", "\u0007", "\b", "\t", "\u000B", "\f", "\r", "\r\n", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\u200B", "\u200D", "\u202E", "\u2066", "\uFFFE", "\uFFFF" };
        private static readonly string[] Breakers = { "*/", "/*", "</summary>", "<para>", "&amp;", "<![CDATA[", "]]>", "\\", "\\u0041", "{0}", "{{", "}}", "$\"", "@\"", "\"\"\"", "#if X", "#endregion", "// ", "///", "@class", "class", "static", "null", "0x", "1e309", "\U0001F600", "\uD83D", "\uDE00", "\u0130", "\u0131", "ß", "\u0301" };
        private static readonly string[] Words = { "said", "says", "told", "according to", "Minister", "President", "the spokesman", "he", "she", "they", "will", "meeting", "summit", "talks", "forum", "election", "held", "in", "on", "at", "Minsk", "Riga", "Washington", "Belarus", "United States", "OSCE", "NATO", "EU", "Lukashenka", "Makei", "Jan Novak", "Anna Example", "Mr.", "Dr.", "Jr.", "U.S.", "e.g.", "14 June", "June 14", "2019", "2025", "last week", "yesterday", "Monday", "October 30th – November 1st", "from 7 to 9 October 2019", "this year", "next month", "–", "—", "-", ",", ".", "...", "!", "?", ";", ":", "(", ")", "[", "]" };

        /// <summary>A corpus of one to four articles, sometimes with a lexicon, a sidecar and a corpus curation file.</summary>
        public static List<(string Path, string Text)> Build(int seed, IReadOnlyList<(string Path, string Text)> seeds)
        {
            var r = new Rng(seed);
            r.Big = r.Chance(10); // one corpus in ten gets the huge pieces (100 KB lines, 10,000-quote storms); the rest stay fast
            var files = new List<(string Path, string Text)>();
            int articles = r.Int(1, 4);
            var names = new List<string>();
            for (int i = 0; i < articles; i++)
            {
                string name = FileName(r, i);
                names.Add(name);
                files.Add(("seeds/" + name + (r.Chance(85) ? ".txt" : ".md"), Article(r, seeds)));
            }
            if (r.Chance(40)) files.Add(("seeds/seedgen.yaml", Yaml(r, lexicon: true, names)));
            if (r.Chance(25)) files.Add(("seeds/" + r.Pick(names) + ".seedgen.yaml", Yaml(r, lexicon: false, names)));
            if (r.Chance(10)) files.Add(("seeds/extra.seedgen.yaml", Yaml(r, lexicon: true, names)));
            // paths are unique (a file system has one file per path)
            return files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        }

        private static string FileName(Rng r, int i) => r.Int(8) switch
        {
            0 => "class",
            1 => "00" + i.ToString(CultureInfo.InvariantCulture),
            2 => "a b " + i.ToString(CultureInfo.InvariantCulture),
            3 => "Łódź-ünïcödé-" + i.ToString(CultureInfo.InvariantCulture),
            4 => new string('x', r.Int(1, 200)) + i.ToString(CultureInfo.InvariantCulture),
            5 => "2019-10-0" + i.ToString(CultureInfo.InvariantCulture) + "_minsk",
            6 => "{}[]&;'" + i.ToString(CultureInfo.InvariantCulture),
            _ => "article" + i.ToString(CultureInfo.InvariantCulture),
        };

        private static string Article(Rng r, IReadOnlyList<(string Path, string Text)> seeds)
        {
            string text = r.Int(10) switch
            {
                < 5 => Mutate(r, Excerpt(r, r.Pick(seeds).Text)),
                < 8 => Generated(r),
                _ => Mutate(r, Generated(r)),
            };
            if (r.Chance(25)) text = FrontMatter(r) + text;
            if (r.Chance(15)) text = "\uFEFF" + text;
            if (r.Chance(20)) text = Bytes(r, text);
            return text;
        }

        /// <summary>A whole seed now and then, mostly a window of it (the headline and a few paragraphs): real news wording, less code to compile.</summary>
        private static string Excerpt(Rng r, string seed)
        {
            if (r.Chance(10) || seed.Length < 600) return seed;
            int head = seed.IndexOf('\n');
            int start = r.Int(Math.Max(1, seed.Length - 300)), length = Math.Min(seed.Length - start, r.Int(300, 2500));
            return (head > 0 ? seed.Substring(0, head + 1) : "") + seed.Substring(start, length);
        }

        /// <summary>News-like text from scratch: headlines, datelines, quotes, attributions, with hostile pieces in between.</summary>
        private static string Generated(Rng r)
        {
            var sb = new StringBuilder();
            int paragraphs = r.Int(0, 12);
            if (r.Chance(90)) sb.Append(Sentence(r, r.Int(1, 10))).Append('\n');
            if (r.Chance(40)) sb.Append(r.Pick(new[] { "14 June 2019", "Minsk, 7 October (BelTA) –", "By Jan Novak", "Tuesday, October 8, 2019", "2019-10-08", "Updated: 99:99" })).Append("\n\n");
            for (int p = 0; p < paragraphs; p++)
            {
                int kind = r.Int(12);
                switch (kind)
                {
                    case 0: sb.Append(Storm(r)); break;
                    case 1: sb.Append(HugeLine(r)); break;
                    case 2:
                        for (int k = 0, depth = r.Int(1, 200); k < depth; k++) sb.Append(r.Pick(Quotes)).Append(r.Pick(Words)).Append(' ');
                        break;
                    case 3: for (int k = 0; k < r.Int(1, 50); k++) sb.Append(r.Pick(Controls)).Append(r.Pick(Words)); break;
                    default:
                        string q = r.Pick(Quotes), close = r.Chance(70) ? Close(q) : r.Pick(Quotes);
                        sb.Append(q).Append(Sentence(r, r.Int(1, 30))).Append(',').Append(close).Append(' ')
                          .Append(r.Pick(new[] { "said", "told reporters", "according to", "said at the forum", "added" })).Append(' ')
                          .Append(r.Pick(new[] { "Foreign Minister Jan Novak", "the spokesman", "he", "Lukashenka", "Anna Example, the president,", "U.S. Secretary Mike Pompeo", "" })).Append(". ")
                          .Append(Sentence(r, r.Int(0, 40)));
                        break;
                }
                if (r.Chance(10)) sb.Append(r.Pick(Breakers));
                sb.Append(r.Chance(80) ? "\n\n" : r.Chance(50) ? "\n" : "\r\n");
            }
            return sb.ToString();
        }

        private static string Close(string open) => open switch { "\u201C" => "\u201D", "\u2018" => "\u2019", "\u00AB" => "\u00BB", "\u201E" => "\u201C", "\u2039" => "\u203A", _ => open };

        private static string Sentence(Rng r, int words)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < words; i++)
            {
                if (i > 0) sb.Append(' ');
                sb.Append(r.Chance(5) ? r.Pick(Breakers) : r.Pick(Words));
            }
            return sb.ToString();
        }

        private static string Storm(Rng r)
        {
            var sb = new StringBuilder();
            int n = r.Big ? r.Int(2000, 12000) : r.Int(20, 400);
            for (int i = 0; i < n; i++) sb.Append(r.Pick(Quotes)).Append(r.Chance(30) ? " said " : "");
            return sb.ToString();
        }

        private static string HugeLine(Rng r)
        {
            var sb = new StringBuilder();
            int n = r.Big ? r.Int(100_001, 160_000) : r.Int(500, 5000);
            string unit = r.Pick(new[] { "a", "Word ", "said ", "\u201Cx\u201D ", "Minsk. ", "2019 ", "(((", "-", " " });
            while (sb.Length < n) sb.Append(unit);
            return sb.ToString();
        }

        /// <summary>The text with pieces cut, duplicated, swapped or replaced by hostile ones (cuts may split surrogate pairs).</summary>
        private static string Mutate(Rng r, string text)
        {
            var sb = new StringBuilder(text);
            int edits = r.Int(1, 12);
            for (int e = 0; e < edits && sb.Length >= 0; e++)
            {
                int at = r.Int(sb.Length + 1);
                switch (r.Int(9))
                {
                    case 0: sb.Insert(at, r.Pick(Quotes)); break;
                    case 1: sb.Insert(at, r.Pick(Controls)); break;
                    case 2: sb.Insert(at, r.Pick(Breakers)); break;
                    case 3: sb.Remove(at, Math.Min(sb.Length - at, r.Int(1, 500))); break;
                    case 4: { int len = Math.Min(sb.Length - at, r.Int(1, 2000)); sb.Insert(r.Int(sb.Length + 1), sb.ToString(at, len)); break; }
                    case 5: sb.Insert(at, r.Chance(50) ? Storm(r) : HugeLine(r)); break;
                    case 6: sb.Insert(at, r.Chance(50) ? "\uD800" : "\uDFFF"); break; // lone surrogates
                    case 7: sb.Insert(at, "\n---\n" + (r.Chance(50) ? "title: x\n---\n" : "")); break;
                    default: sb.Insert(at, " " + Sentence(r, r.Int(1, 20)) + " "); break;
                }
            }
            return sb.ToString();
        }

        private static string FrontMatter(Rng r)
        {
            var sb = new StringBuilder("---\n");
            switch (r.Int(10))
            {
                case 0: sb.Append("title: ").Append(new string('[', r.Int(60, 30_000))).Append('\n'); break;
                case 1: sb.Append("title: ").Append(Scalar(r, r.Int(1000, 60_000))).Append('\n'); break;
                case 2: sb.Append(AliasBomb(r)); break;
                case 3: sb.Append("published: ").Append(r.Pick(new[] { "99999-99-99", "2019-02-30", "-1", "0000-00-00", "2019-10", "tomorrow", "\"\"", "[2019]", "{a: b}", "2019-10-08T25:61" })).Append('\n'); break;
                case 4: sb.Append("title: a\ntitle: b\n\tpublished: x\n"); break;
                case 5: sb.Append("? [a, b]\n: c\n"); break;
                case 6: sb.Append(Nested(r)); break;
                case 7: sb.Append("title: |\n  \"*/ </summary>\n  ").Append(r.Pick(Controls)).Append('\n'); break;
                case 8: return "---\n" + (r.Chance(50) ? "" : "title: unclosed\n"); // no closing line
                default: sb.Append("title: \"").Append(Sentence(r, 8)).Append("\"\nsource: ").Append(r.Pick(Breakers)).Append('\n'); break;
            }
            return sb.Append(r.Chance(80) ? "---\n" : "...\n").ToString();
        }

        private static string Scalar(Rng r, int length)
        {
            var sb = new StringBuilder();
            while (sb.Length < length) sb.Append(r.Chance(3) ? r.Pick(Controls) : r.Chance(3) ? r.Pick(Quotes) : r.Pick(Words)).Append(' ');
            return sb.ToString().Replace("\n", " ").Replace("\r", " ");
        }

        private static string AliasBomb(Rng r)
        {
            var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            int levels = r.Int(2, 12);
            for (int i = 1; i < levels; i++)
                sb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n");
            return sb.ToString();
        }

        private static string Nested(Rng r)
        {
            int depth = r.Int(10, 200);
            var sb = new StringBuilder();
            switch (r.Int(4))
            {
                case 0: for (int i = 0; i < depth; i++) sb.Append(' ', i * 2).Append('k').Append(i).Append(":\n"); break;
                case 1: sb.Append("people: ").Append(new string('[', depth * 500)).Append(new string(']', r.Chance(50) ? depth * 500 : 0)).Append('\n'); break;
                case 2: sb.Append("people:\n  ").Append(string.Concat(Enumerable.Repeat("- ", depth * 100))).Append("x\n"); break;
                default: sb.Append("people: ").Append(string.Concat(Enumerable.Repeat("{a: ", depth * 100))).Append('\n'); break;
            }
            return sb.ToString();
        }

        private static string Yaml(Rng r, bool lexicon, List<string> articleNames)
        {
            switch (r.Int(12))
            {
                case 0: return Nested(r);
                case 1: return AliasBomb(r);
                case 2: return "note: it is 'fine\npeople: " + new string('[', r.Int(1000, 100_000)) + "\n";
                case 3: return Bytes(r, "people:\n  - name: " + Scalar(r, r.Int(10, 200_000)) + "\n");
                case 4: return "people:\n" + string.Concat(Enumerable.Range(0, r.Int(1, 3000)).Select(i => "  - { name: " + (r.Chance(50) ? "Jan Novak" : "P" + i.ToString(CultureInfo.InvariantCulture)) + ", aliases: [" + r.Pick(Words) + "] }\n"));
                case 5: return "\uFEFF" + "places:\n  - name: \"" + r.Pick(Breakers).Replace("\"", "\\\"") + "\"\n    kind: " + r.Pick(new[] { "city", "planet", "", "[x]" }) + "\n";
                case 6: return Scalar(r, r.Int(10, 5000));
                case 7: return "ids:\n  " + r.Pick(new[] { "MinskDialogue2019", "X", "class" }) + ": " + r.Pick(new[] { "class", "Bad Name", "Events", "All", "_1", "Ünï" }) + "\n";
                case 8:
                    return "statements:\n  - match: \"" + r.Pick(Words) + "\"\n    speaker: " + r.Pick(new[] { "Jan Novak", "", "[a]", "*x" }) + "\n  - add: \"" + r.Pick(Breakers).Replace("\"", "'") + "\"\n    kind: indirect\nevents:\n  - add: " + r.Pick(Words) + "\n    start: " + r.Pick(new[] { "2019-10-07", "99-99", "x" }) + "\n";
                case 9:
                    return "articles:\n  " + r.Pick(articleNames).Replace(":", " ") + ".txt:\n    title: " + r.Pick(Breakers).Replace(":", " ") + "\n    published: 2019-10-08\n    events:\n      - merge: [a, b]\n";
                case 10: return string.Concat(Enumerable.Repeat("? ", r.Int(10, 50_000))) + "x\n";
                default:
                    return lexicon
                        ? "people:\n  - name: " + r.Pick(new[] { "Jan Novak", "Lukashenka", "A", "Mr.", "\"class\"", "\"\"" }) + "\n    role: " + r.Pick(Words) + "\nroles:\n  - title: " + r.Pick(Words) + "\n    implies: president\nboilerplate:\n  - \"" + r.Pick(Words) + "\"\n"
                        : "title: " + r.Pick(Words) + "\npublished: " + r.Pick(new[] { "2019", "2019-13", "x" }) + "\n";
            }
        }

        /// <summary>Encodes the text to bytes, damages them (invalid UTF-8, Latin-1 or UTF-16 pieces, stray BOMs) and decodes
        /// them as the compiler reads an additional file: by BOM, else strict UTF-8, else the Latin-1 fallback.</summary>
        private static string Bytes(Rng r, string text)
        {
            var bytes = new List<byte>(new UTF8Encoding(false, false).GetBytes(text));
            int edits = r.Int(1, 20);
            for (int e = 0; e < edits; e++)
            {
                int at = r.Int(bytes.Count + 1);
                switch (r.Int(6))
                {
                    case 0: bytes.Insert(at, (byte)r.Int(0x80, 0x100)); break;                                    // stray continuation / lead byte
                    case 1: bytes.InsertRange(at, new byte[] { 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF8, 0x88 }); break; // overlong, surrogate, 5-byte
                    case 2: bytes.InsertRange(at, Encoding.Latin1.GetBytes("caf\u00E9 \u00AB\u00BB")); break;     // a Latin-1 piece
                    case 3: bytes.InsertRange(at, Encoding.Unicode.GetBytes("\u201CUTF-16\u201D")); break;        // a UTF-16 piece
                    case 4: bytes.InsertRange(at, new byte[] { 0xEF, 0xBB, 0xBF }); break;                       // a BOM inside
                    default: if (bytes.Count > 0) bytes.RemoveAt(Math.Min(at, bytes.Count - 1)); break;          // cut a sequence
                }
            }
            if (r.Chance(10)) { var u16 = new List<byte> { 0xFF, 0xFE }; u16.AddRange(Encoding.Unicode.GetBytes(text)); if (r.Chance(50)) u16.Add(0x41); bytes = u16; }
            var arr = bytes.ToArray();
            if (arr.Length >= 2 && arr[0] == 0xFF && arr[1] == 0xFE) return Encoding.Unicode.GetString(arr, 2, arr.Length - 2);
            try { return new UTF8Encoding(false, true).GetString(arr); }
            catch (DecoderFallbackException) { return r.Chance(50) ? Encoding.Latin1.GetString(arr) : new UTF8Encoding(false, false).GetString(arr); }
        }
    }
}
