using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Evaluation;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary><c>seedgen</c>: what the generator would emit, without a build. A thin shell over SeedGen.Extraction.</summary>
    internal static class Program
    {
        private const string Usage =
            "usage:\n" +
            "  seedgen extract PATH... [--json]      extract articles (files or folders); --json prints the machine-readable form\n" +
            "  seedgen eval --gold DIR PATH...       score an extraction against gold YAML (see shared/gold/SCHEMA.md)\n" +
            "  seedgen dates FILE... [--json]        every time expression (TIMEX3 type and value) of each file\n";

        private static int Main(string[] args)
        {
            Console.OutputEncoding = Encoding.UTF8;
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help") { Console.Out.Write(Usage); return args.Length == 0 ? 2 : 0; }
            try
            {
                switch (args[0])
                {
                    case "extract": return Extract(args.Skip(1).ToList());
                    case "eval": return Eval(args.Skip(1).ToList());
                    case "dates": return DatesCommand.Run(args.Skip(1).Where(a => a != "--json").ToList(), args.Contains("--json"), Console.Out, Console.Error);
                    default: Console.Error.Write("unknown command '" + args[0] + "'\n" + Usage); return 2;
                }
            }
            catch (IOException ex) { Console.Error.WriteLine("error: " + ex.Message); return 1; }
            catch (UnauthorizedAccessException ex) { Console.Error.WriteLine("error: " + ex.Message); return 1; }
        }

        private sealed record Loaded(List<ArticleModel> Articles, CorpusModel Corpus, List<DiagnosticModel> Diagnostics);

        /// <summary>Reads the articles (*.txt, *.md) under the paths, the seedgen YAML beside them, extracts and links them.</summary>
        private static Loaded Load(IEnumerable<string> paths)
        {
            var articleFiles = new List<string>();
            var yamlFiles = new List<string>();
            foreach (var p in paths)
            {
                if (Directory.Exists(p))
                {
                    foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)) Classify(f, articleFiles, yamlFiles);
                }
                else if (File.Exists(p)) { Classify(p, articleFiles, yamlFiles); AddYamlBeside(p, yamlFiles); }
                else throw new FileNotFoundException($"no such file or folder: {p}");
            }
            articleFiles = articleFiles.Distinct().OrderBy(f => Rel(f), StringComparer.Ordinal).ToList();
            yamlFiles = yamlFiles.Distinct().OrderBy(f => Rel(f), StringComparer.Ordinal).ToList();
            var (lexicon, lexDiags) = Lexicon.Create(yamlFiles.Select(f => new LexiconFile(Rel(f), File.ReadAllText(f))));
            var articles = new List<ArticleModel>();
            foreach (var f in articleFiles)
            {
                string rel = Rel(f);
                string sidecar = Path.Combine(Path.GetDirectoryName(f) ?? ".", Path.GetFileNameWithoutExtension(f) + ".seedgen.yaml");
                ArticleCuration? curation = File.Exists(sidecar) ? CurationYaml.ReadSidecar(rel, Rel(sidecar), File.ReadAllText(sidecar)) : null;
                articles.Add(ArticleExtractor.Extract(rel, File.ReadAllText(f), lexicon, curation));
            }
            var corpus = CorpusBuilder.Build(articles);
            var diagnostics = lexDiags.Concat(articles.SelectMany(a => a.Diagnostics)).Concat(corpus.Diagnostics).ToList();
            return new Loaded(articles, corpus, diagnostics);
        }

        private static void Classify(string f, List<string> articles, List<string> yaml)
        {
            string name = Path.GetFileName(f);
            if (name.Equals("seedgen.yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".seedgen.yaml", StringComparison.OrdinalIgnoreCase)) yaml.Add(f);
            else if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) articles.Add(f);
        }

        private static void AddYamlBeside(string file, List<string> yaml)
        {
            string dir = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
            foreach (var f in Directory.EnumerateFiles(dir, "*.yaml")) Classify(f, new List<string>(), yaml);
        }

        /// <summary>The path as the generator names it: from the seeds/ folder when there is one, else the file name.</summary>
        private static string Rel(string f)
        {
            string full = Path.GetFullPath(f).Replace('\\', '/');
            int seeds = full.LastIndexOf("/seeds/", StringComparison.OrdinalIgnoreCase);
            return seeds >= 0 ? full.Substring(seeds + 1) : Path.GetFileName(full);
        }

        private static void PrintDiagnostics(IEnumerable<DiagnosticModel> diagnostics)
        {
            foreach (var d in diagnostics)
                Console.Error.WriteLine($"{d.File}({d.Span.Line},{d.Span.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}");
        }

        private static int Extract(List<string> args)
        {
            bool json = args.Remove("--json");
            if (args.Count == 0 || args.Any(a => a.StartsWith("--", StringComparison.Ordinal))) { Console.Error.Write(Usage); return 2; }
            var loaded = Load(args);
            if (json) WriteJson(loaded, Console.OpenStandardOutput());
            else WriteTable(loaded);
            PrintDiagnostics(loaded.Diagnostics);
            return loaded.Diagnostics.Any(d => d.Severity == DiagnosticSeverityModel.Error) ? 1 : 0;
        }

        private static void WriteJson(Loaded loaded, Stream output)
        {
            var placeName = loaded.Corpus.Places.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var a in loaded.Articles)
            {
                var r = loaded.Corpus.Article(a.File);
                w.WriteStartObject();
                w.WriteString("file", FileName(a.File));
                w.WriteString("title", a.Title);
                WriteDate(w, "published", a.Published);
                w.WriteStartArray("events");
                for (int i = 0; i < a.Events.Count; i++)
                {
                    var e = a.Events[i];
                    w.WriteStartObject();
                    w.WriteString("id", r != null && i < r.EventIds.Count ? r.EventIds[i] : "");
                    w.WriteString("name", e.Name);
                    w.WriteString("kind", e.Kind.ToString().ToLowerInvariant());
                    WriteDate(w, "start", e.Start);
                    WriteDate(w, "end", e.End);
                    if (e.Location is null) w.WriteNull("location"); else w.WriteString("location", e.Location);
                    w.WriteStartArray("participants");
                    foreach (var p in e.Participants) w.WriteStringValue(p);
                    w.WriteEndArray();
                    w.WriteNumber("line", e.Span.Line);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("statements");
                for (int i = 0; i < a.Statements.Count; i++)
                {
                    var s = a.Statements[i];
                    var sr = r != null && i < r.Statements.Count ? r.Statements[i] : null;
                    var speaker = sr?.SpeakerId is { } sid ? loaded.Corpus.People.FirstOrDefault(p => p.Id == sid)?.Name : s.Speaker;
                    w.WriteStartObject();
                    w.WriteString("id", sr?.Id ?? "");
                    if (speaker is null) w.WriteNull("speaker"); else w.WriteString("speaker", speaker);
                    w.WriteString("kind", s.Kind == StatementKindModel.Direct ? "direct" : "indirect");
                    w.WriteString("text", s.Text);
                    if (s.Event is null) w.WriteNull("event"); else w.WriteString("event", s.Event);
                    w.WriteNumber("line", s.Span.Line);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in loaded.Corpus.Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("kind", e.Kind.ToString().ToLowerInvariant());
                WriteDate(w, "start", e.Start);
                WriteDate(w, "end", e.End);
                if (e.LocationId != null && placeName.TryGetValue(e.LocationId, out var pn)) w.WriteString("location", pn); else w.WriteNull("location");
                w.WriteStartArray("articles");
                foreach (var f in e.ArticleFiles) w.WriteStringValue(FileName(f));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            output.WriteByte((byte)'\n');
        }

        private static string FileName(string rel) => rel.Substring(rel.LastIndexOf('/') + 1);

        private static void WriteDate(Utf8JsonWriter w, string name, DateValue d)
        {
            if (d.ToIso() is { } iso) w.WriteString(name, iso); else w.WriteNull(name);
        }

        private static void WriteTable(Loaded loaded)
        {
            foreach (var a in loaded.Articles)
            {
                Console.WriteLine($"== {a.File}: {a.Title}" + (a.Published.IsNone ? "" : $" (published {a.Published.ToIso()})"));
                foreach (var e in a.Events)
                    Console.WriteLine($"   event  {e.Kind.ToString().ToLowerInvariant(),-10} {(e.Start.ToIso() ?? "?"),-10} {(e.End.ToIso() ?? ""),-10} {e.Location ?? "?",-12} {e.Name}  (line {e.Span.Line})");
                foreach (var s in a.Statements)
                    Console.WriteLine($"   {(s.Kind == StatementKindModel.Direct ? "direct  " : "indirect")} {s.Speaker ?? "(unknown)",-24} {Short(s.Text, 90)}  (line {s.Span.Line})");
            }
            Console.WriteLine();
            Console.WriteLine("== corpus events");
            foreach (var e in loaded.Corpus.Events)
                Console.WriteLine($"   {e.Id,-50} {(e.Start.ToIso() ?? "?"),-10} {(e.End.ToIso() ?? ""),-10} {string.Join(", ", e.ArticleFiles.Select(FileName))}");
        }

        private static string Short(string s, int n) => s.Length <= n ? s : s.Substring(0, n - 1) + "\u2026";

        private static int Eval(List<string> args)
        {
            int g = args.IndexOf("--gold");
            if (g < 0 || g + 1 >= args.Count) { Console.Error.Write(Usage); return 2; }
            string goldDir = args[g + 1];
            args.RemoveRange(g, 2);
            if (args.Count == 0) { Console.Error.Write(Usage); return 2; }
            var loaded = Load(args);
            var gold = GoldFile.ReadFolder(goldDir);
            var pairs = loaded.Articles.Where(a => gold.ContainsKey(FileName(a.File))).Select(a => (gold[FileName(a.File)], a)).ToList();
            if (pairs.Count == 0) { Console.Error.WriteLine($"no article matches a gold file in {goldDir}"); return 1; }
            var st = StatementScoring.Score(pairs);
            string corpusPath = Path.Combine(goldDir, "corpus.yaml");
            var corpusGold = File.Exists(corpusPath) ? GoldFile.ReadCorpus(File.ReadAllText(corpusPath)) : new List<GoldCorpusEvent>();
            var ev = EventScoring.Score(pairs, corpusGold, loaded.Corpus);
            Console.WriteLine(Report.Format(pairs.Count, st, ev));
            return 0;
        }
    }
}
