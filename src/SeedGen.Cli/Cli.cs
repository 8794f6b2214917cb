using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Extraction.Evaluation;

namespace SeedGen.Cli
{
    /// <summary>The commands and their arguments (System.CommandLine); each action returns an <see cref="ExitCodes"/> value.</summary>
    internal sealed class Cli
    {
        private readonly Stream _stdout;
        private readonly TextWriter _out;
        private readonly TextWriter _err;

        private Cli(Stream stdout, TextWriter stderr)
        {
            _stdout = stdout;
            _out = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            _err = stderr;
        }

        /// <summary>Runs one command line; text and bytes go to <paramref name="stdout"/>, diagnostics and usage errors to <paramref name="stderr"/>.</summary>
        public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr)
        {
            var cli = new Cli(stdout, stderr);
            try
            {
                return cli.Invoke(args);
            }
            finally
            {
                cli._out.Flush();
                stdout.Flush();
            }
        }

        private int Invoke(IReadOnlyList<string> args)
        {
            var root = BuildCommands();
            var parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction)
            {
                foreach (var e in parsed.Errors) _err.WriteLine("error: " + e.Message);
                string command = parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";
                _err.WriteLine($"Run 'seedgen {command}--help' for usage.");
                return ExitCodes.Usage;
            }
            try
            {
                return parsed.Invoke(new InvocationConfiguration { Output = _out, Error = _err, EnableDefaultExceptionHandler = false });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _out.Flush();
                _err.WriteLine("error: " + ex.Message);
                return ExitCodes.InputErrors;
            }
        }

        private RootCommand BuildCommands()
        {
            var root = new RootCommand("seedgen: what the SeedGen generator extracts from news articles (*.txt, *.md, with the seedgen YAML beside them), without a build.\n" + ExitCodes.Help);
            // --version: this assembly's version (not the entry assembly's, which differs when the CLI runs inside a host)
            foreach (var v in root.Options.OfType<VersionOption>()) v.Action = new PrintVersion();

            var paths = new Argument<string[]>("PATH") { Description = "Article files or folders (folders are read recursively; seedgen.yaml and NAME.seedgen.yaml beside the files are used).", Arity = ArgumentArity.OneOrMore };
            var json = new Option<bool>("--json") { Description = "Print one JSON document: every article (events with their corpus ids, statements with speaker and event), then the corpus events." };
            var jsonl = new Option<bool>("--jsonl") { Description = "Print JSON Lines: one article object per line, the --json article shape, streamed (for DuckDB, Spark, jq)." };
            var verbose = VerboseOption();
            var extract = new Command("extract", "Extract the articles and print events and statements as a table (default), JSON or JSON Lines; diagnostics go to standard error (infos counted in one line unless --verbose).\n" + ExitCodes.Help)
            {
                paths, json, jsonl, verbose,
            };
            RejectUnknownOptions(paths);
            extract.Validators.Add(r =>
            {
                if (r.GetValue(json) && r.GetValue(jsonl)) r.AddError("--json and --jsonl cannot be used together.");
            });
            extract.SetAction(r => Extract(r.GetValue(paths)!, r.GetValue(json), r.GetValue(jsonl), r.GetValue(verbose)));
            root.Subcommands.Add(extract);

            var gold = new Option<string>("--gold") { Description = "Folder of gold YAML files (one per article, named after it; corpus.yaml for corpus events).", Required = true };
            var evalPaths = new Argument<string[]>("PATH") { Description = "Article files or folders to score.", Arity = ArgumentArity.OneOrMore };
            RejectUnknownOptions(evalPaths);
            var eval = new Command("eval", "Score the extraction against gold YAML and print every miss.\n" + ExitCodes.Help) { gold, evalPaths };
            eval.SetAction(r => Eval(r.GetValue(gold)!, r.GetValue(evalPaths)!));
            root.Subcommands.Add(eval);

            var files = new Argument<string[]>("FILE") { Description = "Article files.", Arity = ArgumentArity.OneOrMore };
            var datesJson = new Option<bool>("--json") { Description = "Print JSON." };
            RejectUnknownOptions(files);
            var dates = new Command("dates", "Print the dates found in the articles.\n" + ExitCodes.Help) { files, datesJson };
            dates.SetAction(r => DatesCommand.Run(r.GetValue(files)!, r.GetValue(datesJson), _out, _err));
            root.Subcommands.Add(dates);

            var reportPaths = new Argument<string[]>("PATH") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
            var output = new Option<string>("--output", "-o") { Description = "The HTML file to write (default: standard output).", HelpName = "FILE" };
            var reportVerbose = VerboseOption();
            RejectUnknownOptions(reportPaths);
            var report = new Command("report", "Write one self-contained HTML page of the corpus: timeline of events, people and their statements, diagnostics. Nothing is fetched from the network.\n" + ExitCodes.Help)
            {
                reportPaths, output, reportVerbose,
            };
            report.SetAction(r => Report(r.GetValue(reportPaths)!, r.GetValue(output), r.GetValue(reportVerbose)));
            root.Subcommands.Add(report);
            return root;
        }

        /// <summary>Infos one line each, as errors and warnings always are; without it they are counted in one line per id.</summary>
        private static Option<bool> VerboseOption() =>
            new("--verbose", "-v") { Description = "List every info diagnostic on standard error (by default they are counted in one line; errors and warnings are always listed)." };

        /// <summary>An unknown option (<c>--xml</c>) is a usage error, not a path that does not exist.</summary>
        private static void RejectUnknownOptions(Argument<string[]> paths) =>
            paths.Validators.Add(r =>
            {
                foreach (var t in r.Tokens)
                    if (t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value))
                        r.AddError($"Unrecognized option '{t.Value}'.");
            });

        private sealed class PrintVersion : SynchronousCommandLineAction
        {
            public override int Invoke(ParseResult parseResult)
            {
                var asm = typeof(Cli).Assembly;
                string version = asm.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                    .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
                    ?? asm.GetName().Version?.ToString() ?? "0.0.0";
                parseResult.InvocationConfiguration.Output.WriteLine(version);
                return ExitCodes.Ok;
            }
        }

        private int Extract(string[] paths, bool json, bool jsonl, bool verbose)
        {
            var loaded = CorpusLoader.Load(paths, _err);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            if (json || jsonl)
            {
                _out.Flush();
                if (json) JsonOutput.WriteDocument(loaded, _stdout); else JsonOutput.WriteLines(loaded, _stdout);
            }
            else TableOutput.Write(loaded, _out);
            _out.Flush();
            _stdout.Flush();
            CorpusLoader.Phase(_err, "write", clock);
            DiagnosticOutput.Write(loaded.Diagnostics, _err, infos: verbose);
            return loaded.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        }

        private int Report(string[] paths, string? output, bool verbose)
        {
            var loaded = CorpusLoader.Load(paths, _err);
            if (output is null || output == "-")
            {
                _out.Flush();
                HtmlReport.Write(loaded, _stdout);
            }
            else
            {
                using var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                HtmlReport.Write(loaded, file);
            }
            DiagnosticOutput.Write(loaded.Diagnostics, _err, infos: verbose);
            return loaded.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        }

        private int Eval(string goldDir, string[] paths)
        {
            var loaded = CorpusLoader.Load(paths, _err);
            var gold = GoldFile.ReadFolder(goldDir);
            var pairs = loaded.Articles.Where(a => gold.ContainsKey(CorpusLoader.FileName(a.File))).Select(a => (gold[CorpusLoader.FileName(a.File)], a)).ToList();
            if (pairs.Count == 0) { _err.WriteLine($"error: no article matches a gold file in {goldDir}"); return ExitCodes.InputErrors; }
            var st = StatementScoring.Score(pairs);
            string corpusPath = Path.Combine(goldDir, "corpus.yaml");
            var corpusGold = File.Exists(corpusPath) ? GoldFile.ReadCorpus(File.ReadAllText(corpusPath)) : new List<GoldCorpusEvent>();
            var ev = EventScoring.Score(pairs, corpusGold, loaded.Corpus);
            _out.WriteLine(SeedGen.Cli.Report.Format(pairs.Count, st, ev));
            return ExitCodes.Ok;
        }
    }
}
