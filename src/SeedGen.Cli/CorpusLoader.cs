using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using SeedGen.Extraction;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary>The articles, their linked corpus and every diagnostic (lexicon, articles, corpus), in file order.</summary>
    internal sealed record LoadedCorpus(IReadOnlyList<ArticleModel> Articles, CorpusModel Corpus, IReadOnlyList<DiagnosticModel> Diagnostics)
    {
        /// <summary>How many folder listings the load made (one per folder argument, one per distinct folder of file arguments).</summary>
        public int FolderListings { get; init; }

        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverityModel.Error);
    }

    /// <summary>Reads the articles (*.txt, *.md) under the paths and the seedgen YAML beside them, extracts and links them,
    /// as the generator would. Each folder is listed once, however many of its files are named (a shell glob of N files
    /// lists its folder once, not N times).</summary>
    internal static class CorpusLoader
    {
        /// <summary>Set SEEDGEN_TIMINGS=1 to have the phases' wall-clock times printed on standard error.</summary>
        internal static readonly bool Timings = Environment.GetEnvironmentVariable("SEEDGEN_TIMINGS") == "1";

        /// <summary>Threads for extraction: every core, or SEEDGEN_THREADS (1 = sequential).</summary>
        private static int Parallelism =>
            int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_THREADS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0
                ? n : Environment.ProcessorCount;

        public static LoadedCorpus Load(IEnumerable<string> paths, TextWriter stderr, int? threads = null)
        {
            var clock = Stopwatch.StartNew();
            var articleFiles = new List<string>();
            var yamlFiles = new List<string>();
            var listedFolders = new HashSet<string>(StringComparer.Ordinal);
            int listings = 0;
            foreach (var p in paths)
            {
                if (Directory.Exists(p))
                {
                    listings++;
                    foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)) Classify(Path.GetFullPath(f), articleFiles, yamlFiles);
                }
                else if (File.Exists(p))
                {
                    string full = Path.GetFullPath(p);
                    Classify(full, articleFiles, yamlFiles);
                    string dir = Path.GetDirectoryName(full) ?? ".";
                    // the YAML beside a named file: one listing per distinct folder
                    if (listedFolders.Add(dir))
                    {
                        listings++;
                        foreach (var f in Directory.EnumerateFiles(dir, "*.yaml")) ClassifyYaml(Path.GetFullPath(f), yamlFiles);
                    }
                }
                else throw new FileNotFoundException($"no such file or folder: {p}");
            }
            var articles0 = Sorted(articleFiles);
            var yaml = Sorted(yamlFiles);
            Phase(stderr, "list", clock);

            var articleStems = new HashSet<string>(articles0.Select(a => Stem(a.Full)), StringComparer.OrdinalIgnoreCase);
            var sidecarOf = new Dictionary<string, (string Full, string Rel)>(StringComparer.OrdinalIgnoreCase);
            var lexiconFiles = new List<LexiconFile>();
            var corpusCurations = new List<ArticleCuration>();
            foreach (var (full, rel) in yaml)
            {
                // NAME.seedgen.yaml beside NAME.txt curates that article only; every other seedgen YAML is a word list (as in the generator)
                if (CurationYaml.SidecarStem(full) is { } s && articleStems.Contains(Path.Combine(Path.GetDirectoryName(full) ?? ".", s)))
                    sidecarOf[Path.Combine(Path.GetDirectoryName(full) ?? ".", s)] = (full, rel);
                else
                {
                    string text = File.ReadAllText(full);
                    lexiconFiles.Add(new LexiconFile(rel, text));
                    // its `articles:` section curates the articles it names, as in the generator (a sidecar takes precedence)
                    if (text.IndexOf("articles:", StringComparison.Ordinal) >= 0)
                        corpusCurations.AddRange(CurationYaml.ReadCorpusFile(rel, text));
                }
            }
            var (lexicon, lexDiags) = Lexicon.Create(lexiconFiles);
            Phase(stderr, "lexicon", clock);

            // Articles are extracted independently (the extraction is pure and the lexicon read-only), so on every core at once;
            // each result goes to its file's slot, so the order, and the output, are those of a sequential run.
            var extracted = new ArticleModel[articles0.Count];
            // the per-article half of the corpus step (tokens of event names, surname keys, identifiers) runs in the same loop
            var facts = new ArticleFacts[articles0.Count];
            try
            {
                Parallel.For(0, articles0.Count, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Parallelism }, i =>
                {
                    var (full, rel) = articles0[i];
                    ArticleCuration? curation = sidecarOf.TryGetValue(Stem(full), out var sc) ? CurationYaml.ReadSidecar(rel, sc.Rel, File.ReadAllText(sc.Full)) : CurationYaml.ForArticle(corpusCurations, rel);
                    extracted[i] = ArticleExtractor.Extract(rel, ReadText(full), lexicon, curation);
                    facts[i] = ArticleFacts.Of(extracted[i]);
                });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // an unreadable file is an input error like any other: report the first, unwrapped
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
            var articles = new List<ArticleModel>(extracted);
            Phase(stderr, "extract", clock);
            var corpus = CorpusBuilder.Build(facts);
            Phase(stderr, "corpus", clock);
            var diagnostics = lexDiags.Concat(articles.SelectMany(a => a.Diagnostics)).Concat(corpus.Diagnostics).ToList();
            return new LoadedCorpus(articles, corpus, diagnostics) { FolderListings = listings };
        }

        private static readonly System.Text.UTF8Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>What <see cref="File.ReadAllText(string)"/> reads (UTF-8 unless a byte order mark says otherwise, the mark
        /// dropped, invalid bytes as U+FFFD), with one buffer for the bytes and the string: the framework's reader decodes
        /// through a stream, a char buffer and a StringBuilder, about a tenth of what the CLI allocated. A UTF-16 or UTF-32
        /// mark goes to the framework's reader.</summary>
        internal static string ReadText(string path)
        {
            byte[] b = File.ReadAllBytes(path);
            if (b.Length >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) return File.ReadAllText(path);
            if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return File.ReadAllText(path);
            int skip = b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0;
            return Utf8.GetString(b, skip, b.Length - skip);
        }

        internal static void Phase(TextWriter stderr, string name, Stopwatch clock)
        {
            if (!Timings) return;
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            // what the garbage collector did so far (allocation is most of what the extraction costs beside its own work)
            stderr.WriteLine($"timing {name}: {clock.Elapsed.TotalMilliseconds.ToString("F0", inv)} ms (process so far: {(GC.GetTotalAllocatedBytes() / 1e6).ToString("F0", inv)} MB allocated, " +
                             $"GCs {GC.CollectionCount(0).ToString(inv)}/{GC.CollectionCount(1).ToString(inv)}/{GC.CollectionCount(2).ToString(inv)}, pause {GC.GetTotalPauseDuration().TotalMilliseconds.ToString("F0", inv)} ms, " +
                             $"CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString("F0", inv)} ms)");
            stderr.Flush();
            clock.Restart();
        }

        /// <summary>Distinct full paths with their generator names, in the generator's order (ordinal by name).</summary>
        private static List<(string Full, string Rel)> Sorted(List<string> files) =>
            files.Distinct(StringComparer.Ordinal).Select(f => (Full: f, Rel: Rel(f))).OrderBy(x => x.Rel, StringComparer.Ordinal).ThenBy(x => x.Full, StringComparer.Ordinal).ToList();

        private static string Stem(string path)
        {
            string dir = Path.GetDirectoryName(path) ?? ".";
            return Path.Combine(dir, Path.GetFileNameWithoutExtension(path));
        }

        private static void Classify(string f, List<string> articles, List<string> yaml)
        {
            string name = Path.GetFileName(f);
            if (IsSeedGenYaml(name)) yaml.Add(f);
            else if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) articles.Add(f);
        }

        private static void ClassifyYaml(string f, List<string> yaml)
        {
            if (IsSeedGenYaml(Path.GetFileName(f))) yaml.Add(f);
        }

        private static bool IsSeedGenYaml(string name) =>
            name.Equals("seedgen.yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".seedgen.yaml", StringComparison.OrdinalIgnoreCase);

        /// <summary>The path as the generator names it: from the seeds/ folder when there is one, else the file name.</summary>
        public static string Rel(string f)
        {
            string full = Path.GetFullPath(f).Replace('\\', '/');
            int seeds = full.LastIndexOf("/seeds/", StringComparison.OrdinalIgnoreCase);
            return seeds >= 0 ? full.Substring(seeds + 1) : Path.GetFileName(full);
        }

        /// <summary>The file name of a generator path (what --json prints as <c>file</c>).</summary>
        public static string FileName(string rel) => rel.Substring(rel.LastIndexOf('/') + 1);
    }
}
