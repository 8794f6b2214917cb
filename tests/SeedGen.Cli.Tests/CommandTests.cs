using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace SeedGen.Cli.Tests
{
    /// <summary>The commands, their help and the documented exit codes (0 ok, 1 errors in the input, 2 usage).</summary>
    public class CommandTests
    {
        [Fact]
        public void Version_prints_the_assembly_version_and_exits_0()
        {
            var run = CliRun.Of("--version");
            Assert.Equal(0, run.Code);
            string expected = typeof(Cli).Assembly.GetName().Version!.ToString(3);
            Assert.StartsWith(expected, run.Stdout.Trim());
        }

        [Theory]
        [InlineData("extract", "--jsonl")]
        [InlineData("eval", "--gold")]
        [InlineData("dates", "FILE")]
        [InlineData("report", "--output")]
        public void Every_command_has_help_with_its_options_and_the_exit_codes(string command, string mentions)
        {
            var run = CliRun.Of(command, "--help");
            Assert.Equal(0, run.Code);
            Assert.Matches(@"Usage:\s+\S+ " + command + " ", run.Stdout);
            Assert.Contains(mentions, run.Stdout);
            Assert.Contains(ExitCodes.Help, run.Stdout);
        }

        [Fact]
        public void Root_help_lists_the_four_commands()
        {
            var run = CliRun.Of("--help");
            Assert.Equal(0, run.Code);
            foreach (var c in new[] { "extract", "eval", "dates", "report" }) Assert.Contains(c, run.Stdout);
        }

        [Theory]
        [InlineData("")]
        [InlineData("bogus")]
        [InlineData("extract")]
        [InlineData("extract --xml seeds")]
        [InlineData("extract --json --jsonl seeds")]
        [InlineData("eval seeds")]
        [InlineData("report")]
        public void Usage_errors_exit_2_with_a_message_on_stderr(string commandLine)
        {
            var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var run = CliRun.Of(args);
            Assert.Equal(ExitCodes.Usage, run.Code);
            Assert.Contains("error:", run.Stderr);
            Assert.Contains("--help", run.Stderr);
            Assert.Empty(run.StdoutBytes);
        }

        [Fact]
        public void A_missing_file_exits_1()
        {
            var run = CliRun.Of("extract", Path.Combine(Path.GetTempPath(), "no-such-article-" + Guid.NewGuid().ToString("N") + ".txt"));
            Assert.Equal(ExitCodes.InputErrors, run.Code);
            Assert.Contains("no such file or folder", run.Stderr);
        }

        [Fact]
        public void Json_kinds_tell_a_direct_quote_a_partial_quote_and_reported_speech_apart()
        {
            using var dir = Repo.Temp("kinds");
            dir.File("a.txt", "Harbour talks resume\n\n\u201CWe are ready,\u201D Marta Oyelaran said on Monday. "
                + "She said the closure was \u201Ca disaster for the whole coast\u201D and would end soon.\n");
            var run = CliRun.Of("extract", "--json", dir.Path);
            Assert.Equal(ExitCodes.Ok, run.Code);
            using var doc = JsonDocument.Parse(run.StdoutBytes);
            var kinds = doc.RootElement.GetProperty("articles")[0].GetProperty("statements").EnumerateArray()
                .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("text").GetString())).ToList();
            Assert.Contains(("direct", "We are ready"), kinds);
            Assert.Contains(("partial", "a disaster for the whole coast"), kinds);
            Assert.Contains(kinds, k => k.Item1 == "indirect" && k.Item2!.Contains("closure"));
        }

        [Fact]
        public void Diagnostics_go_to_stderr_with_file_line_and_column_and_warnings_do_not_fail_the_run()
        {
            using var dir = Repo.Temp("badyaml");
            dir.File("a.txt", "Talks open in Riga\n\n\u201CWe are ready,\u201D Foreign Minister Edgars Rinkevics said on Monday.\n");
            dir.File("seedgen.yaml", "people:\n  - name: [unclosed\n");
            var run = CliRun.Of("extract", "--json", dir.Path);
            Assert.Equal(ExitCodes.Ok, run.Code);
            Assert.Matches(@"seedgen\.yaml\(\d+,\d+\): warning SG\d+: ", run.Stderr);
            Assert.DoesNotContain("SG", run.Stdout); // standard output stays valid JSON
        }

        [Fact]
        public void Infos_are_counted_in_one_line_unless_verbose_and_warnings_are_always_listed()
        {
            using var dir = Repo.Temp("infos");
            // the seeds have infos (statements without a speaker, years left out), and a broken word list gives a warning
            foreach (var f in Directory.GetFiles(Repo.Seeds, "*.txt")) File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
            dir.File("seedgen.yaml", "people:\n  - name: [unclosed\n");
            var quiet = CliRun.Of("extract", "--json", dir.Path);
            var verbose = CliRun.Of("extract", "--json", "--verbose", dir.Path);
            Assert.Equal(ExitCodes.Ok, quiet.Code);
            Assert.Equal(ExitCodes.Ok, verbose.Code);
            var listed = System.Text.RegularExpressions.Regex.Matches(verbose.Stderr, @"\((\d+),(\d+)\): info (SG\d+): ");
            Assert.True(listed.Count >= 2, verbose.Stderr);
            Assert.DoesNotContain(": info SG", quiet.Stderr);
            // one closing line: how many, by id in ordinal order, and how to see them
            var ids = listed.Select(m => m.Groups[3].Value).GroupBy(x => x).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + ": " + g.Count());
            Assert.Contains($"info: {listed.Count} info diagnostics not listed ({string.Join(", ", ids)}); --verbose lists each", quiet.Stderr);
            Assert.DoesNotContain("not listed", verbose.Stderr);
            Assert.Matches(@"seedgen\.yaml\(\d+,\d+\): warning SG\d+: ", quiet.Stderr);
            Assert.Equal(verbose.StdoutBytes, quiet.StdoutBytes); // the JSON is the same either way
        }

        [Fact]
        public void An_unreadable_article_exits_1_with_its_error()
        {
            // a dangling link is listed with the folder's files but cannot be read (as root too)
            using var dir = Repo.Temp("unreadable");
            dir.File("a.txt", "Talks\n\n\u201CYes,\u201D Anna Example said.\n");
            File.CreateSymbolicLink(Path.Combine(dir.Path, "b.txt"), Path.Combine(dir.Path, "gone", "b.txt"));
            var run = CliRun.Of("extract", dir.Path);
            Assert.Equal(ExitCodes.InputErrors, run.Code);
            Assert.Contains("error: ", run.Stderr);
            Assert.Contains("b.txt", run.Stderr);
        }

        [Fact]
        public void Report_writes_the_same_bytes_to_a_file_and_to_standard_output()
        {
            using var dir = Repo.Temp("report");
            string file = Path.Combine(dir.Path, "r.html");
            var toFile = CliRun.Of("report", Repo.Seeds, "-o", file);
            var toStdout = CliRun.Of("report", Repo.Seeds);
            Assert.Equal(0, toFile.Code);
            Assert.Equal(0, toStdout.Code);
            Assert.Empty(toFile.StdoutBytes);
            Assert.Equal(File.ReadAllBytes(file), toStdout.StdoutBytes);
            Assert.StartsWith("<!DOCTYPE html>", toStdout.Stdout);
        }

        [Fact]
        public void The_seeds_extract_with_exit_0()
        {
            var run = CliRun.Of("extract", Repo.Seeds);
            Assert.Equal(0, run.Code);
            Assert.Contains("== corpus events", run.Stdout);
        }

        [Fact]
        public void Jsonl_has_one_line_per_article_each_the_json_article_object()
        {
            var json = CliRun.Of("extract", "--json", Repo.Seeds, Repo.Wikinews);
            var jsonl = CliRun.Of("extract", "--jsonl", Repo.Seeds, Repo.Wikinews);
            Assert.Equal(0, jsonl.Code);
            using var doc = JsonDocument.Parse(json.StdoutBytes);
            var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
            Assert.EndsWith("\n", jsonl.Stdout);
            var lines = jsonl.Stdout.Split('\n');
            Assert.Equal(articles.Count + 1, lines.Length); // the text ends with a line feed
            Assert.Equal("", lines[^1]);
            Assert.True(articles.Count >= 41);
            for (int i = 0; i < articles.Count; i++)
            {
                using var line = JsonDocument.Parse(lines[i]);
                Assert.Equal(Compact(articles[i]), Compact(line.RootElement));
            }
        }

        private static string Compact(JsonElement e) => JsonSerializer.Serialize(e);

        [Fact]
        public void A_glob_of_files_lists_their_folder_once()
        {
            var files = Repo.SeedFiles;
            var loaded = CorpusLoader.Load(files, TextWriter.Null);
            Assert.Equal(files.Count, loaded.Articles.Count);
            Assert.Equal(1, loaded.FolderListings);
            var both = CorpusLoader.Load(files.Concat(Directory.GetFiles(Repo.Wikinews, "*.txt")), TextWriter.Null);
            Assert.Equal(2, both.FolderListings);
        }

        [Fact]
        public void Files_and_their_folder_give_the_same_json()
        {
            var folder = CliRun.Of("extract", "--json", Repo.Seeds);
            var files = CliRun.Of(new[] { "extract", "--json" }.Concat(Repo.SeedFiles.Reverse()).ToArray());
            Assert.Equal(folder.Stdout, files.Stdout);
        }

        [Fact]
        public void Extraction_on_every_core_gives_the_bytes_of_a_sequential_run()
        {
            var paths = new[] { Repo.Seeds, Repo.Wikinews };
            var one = CorpusLoader.Load(paths, TextWriter.Null, threads: 1);
            var many = CorpusLoader.Load(paths, TextWriter.Null, threads: 4);
            Assert.Equal(one.Articles, many.Articles);
            Assert.Equal(one.Corpus, many.Corpus);
            var a = new MemoryStream();
            var b = new MemoryStream();
            JsonOutput.WriteDocument(one, a);
            JsonOutput.WriteDocument(many, b);
            Assert.Equal(a.ToArray(), b.ToArray());
        }

        [Fact]
        public void A_sidecar_curates_its_article_and_is_not_read_as_a_word_list()
        {
            using var dir = Repo.Temp("sidecar");
            dir.File("a.txt", "Talks open in Riga\n\n\u201CWe are ready,\u201D Foreign Minister Edgars Rinkevics said.\n");
            dir.File("a.seedgen.yaml", "published: 2019-05-06\n");
            var run = CliRun.Of("extract", "--json", Path.Combine(dir.Path, "a.txt"));
            Assert.Equal(0, run.Code);
            using var doc = JsonDocument.Parse(run.StdoutBytes);
            Assert.Equal("2019-05-06", doc.RootElement.GetProperty("articles")[0].GetProperty("published").GetString());
            Assert.DoesNotContain("a.seedgen.yaml(", run.Stderr); // no unknown-key diagnostics from reading it as a lexicon
        }

        [Fact]
        public void The_articles_section_of_seedgen_yaml_curates_the_articles_it_names_as_the_generator_does()
        {
            using var dir = Repo.Temp("corpus-curation");
            dir.File("a.txt", "Talks open in Riga\n\n\u201CWe are ready,\u201D Foreign Minister Edgars Rinkevics said.\n");
            dir.File("b.txt", "Talks close in Riga\n\n\u201CWe are done,\u201D Foreign Minister Edgars Rinkevics said.\n");
            dir.File("seedgen.yaml", "articles:\n  a.txt:\n    published: 2019-05-06\n");
            var run = CliRun.Of("extract", "--json", dir.Path);
            Assert.Equal(0, run.Code);
            using var doc = JsonDocument.Parse(run.StdoutBytes);
            var articles = doc.RootElement.GetProperty("articles");
            Assert.Equal("2019-05-06", articles[0].GetProperty("published").GetString());
            Assert.NotEqual("2019-05-06", articles[1].TryGetProperty("published", out var p) ? p.ToString() : null);
        }

        [Fact]
        public void Dates_is_wired_to_the_dates_command_with_its_files_and_json_flag()
        {
            var run = CliRun.Of("dates", Repo.SeedFiles[0], "--json");
            Assert.Equal(ExitCodes.Ok, run.Code);
            using var doc = JsonDocument.Parse(run.StdoutBytes);
            var file = doc.RootElement.GetProperty("files")[0];
            var timexes = file.GetProperty("timexes");
            Assert.True(timexes.GetArrayLength() > 0, "the seed's dates are listed");
            string text = File.ReadAllText(Repo.SeedFiles[0]).Replace("\r\n", "\n");
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
            foreach (var t in timexes.EnumerateArray())
            {
                int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
                Assert.Equal(t.GetProperty("text").GetString(), text.Substring(start, end - start)); // UTF-16 offsets into the decoded text
                Assert.Contains(t.GetProperty("type").GetString(), new[] { "DATE", "TIME", "DURATION", "SET" });
            }
        }
    }
}
