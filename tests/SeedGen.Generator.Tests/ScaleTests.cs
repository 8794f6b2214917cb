using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Extraction;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>No corpus size reaches a compiler limit: article text is data (the data section), not string literals (the
    /// 16 MB user-string heap, CS8103); the number of generated files stays bounded; a look-up builds one record.</summary>
    public class ScaleTests
    {
        /// <summary>The user-string heap holds at most 2^24 bytes (UTF-16, so about 8.4 million characters of literals).</summary>
        private const int UserStringHeapLimit = 1 << 24;

        /// <summary>Articles of random words (so no two strings are shared, as in a real corpus), each with long quotes.</summary>
        internal static List<(string Path, string Text)> RandomArticles(int count, int quotes, int wordsPerQuote, int seed)
        {
            var random = new Random(seed);
            string Word()
            {
                int n = random.Next(3, 10);
                var sb = new StringBuilder(n);
                for (int i = 0; i < n; i++) sb.Append((char)('a' + random.Next(26)));
                return sb.ToString();
            }
            string[] first = { "Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo" };
            string[] last = { "Novak", "Kowalski", "Petrov", "Lindqvist", "Moreau", "Schmidt", "Rossi", "Horvat" };
            var list = new List<(string, string)>(count);
            for (int a = 0; a < count; a++)
            {
                var text = new StringBuilder();
                text.Append("Report ").Append(Word()).Append(' ').Append(Word()).Append("\n\n");
                string speaker = first[random.Next(first.Length)] + " " + last[random.Next(last.Length)];
                text.Append("Foreign Minister ").Append(speaker).Append(" spoke to reporters on Monday.\n\n");
                for (int q = 0; q < quotes; q++)
                {
                    text.Append('\u201C');
                    for (int w = 0; w < wordsPerQuote; w++) text.Append(w == 0 ? "" : " ").Append(Word());
                    text.Append(",\u201D ").Append(speaker.Split(' ')[1]).Append(" said.\n\n");
                }
                list.Add(("seeds/r" + a.ToString("D5") + ".txt", text.ToString()));
            }
            return list;
        }

        [Fact]
        public void A_corpus_whose_strings_exceed_the_user_string_heap_compiles_and_reads_back()
        {
            var files = RandomArticles(count: 900, quotes: 10, wordsPerQuote: 150, seed: 13);
            var expected = files.SelectMany(f => ArticleExtractor.Extract(f.Path, f.Text).Statements.Select(s => s.Text)).ToList();
            // as string literals (the emission before data tables: each statement text once) these need more than the heap holds
            long literalBytes = expected.Sum(t => 2L * t.Length);
            Assert.True(literalBytes > UserStringHeapLimit, $"the corpus is too small to prove anything: {literalBytes:N0} bytes of literals");

            var run = GeneratorHarness.Run(files, trackSteps: false, documentation: DocumentationMode.Parse);
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            using var pe = new MemoryStream();
            var emit = run.Output.Emit(pe);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));

            // the user strings heap holds no article text at all
            pe.Position = 0;
            using (var reader = new PEReader(pe, PEStreamOptions.LeaveOpen))
            {
                int heap = reader.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
                Assert.True(heap < 64 * 1024, $"user strings heap: {heap:N0} bytes");
            }

            pe.Position = 0;
            var alc = new System.Runtime.Loader.AssemblyLoadContext("scale", isCollectible: true);
            var asm = alc.LoadFromStream(pe);
            var all = (IReadOnlyList<SeedGen.Statement>)asm.GetType("Consumer.Corpus+Statements")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(expected, all.Select(s => s.Text).ToList());
            alc.Unload();
        }

        [Fact]
        public void The_number_of_generated_files_is_bounded_whatever_the_corpus_size()
        {
            // 10,000 articles and more records than any real corpus of that size: at most 500 files (IDEs slow down with thousands)
            int files = 1 + 6 + CorpusPlan.ChunkCount("Articles", 10_000) + CorpusPlan.ChunkCount("Events", 100_000)
                + CorpusPlan.ChunkCount("People", 100_000) + CorpusPlan.ChunkCount("Places", 100_000) + CorpusPlan.ChunkCount("Organizations", 100_000);
            Assert.True(files <= 500, files + " files");
            // and records spread: no chunk is asked to hold more than 2^20 records (the packed position's low bits)
            Assert.True(10_000_000 / CorpusPlan.ChunkCount("Events", 10_000_000) < 1 << 20);
            // small corpora stay in one file per scope
            Assert.Equal(1, CorpusPlan.ChunkCount("Articles", 5));
        }

        [Fact]
        public void Generated_file_count_at_200_articles_is_what_the_plan_says()
        {
            var files = RandomArticles(count: 200, quotes: 1, wordsPerQuote: 8, seed: 5);
            var run = GeneratorHarness.Run(files, trackSteps: false);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            int articleChunks = run.Sources.Count(s => s.HintName.StartsWith("SeedGen.Corpus.Articles.", StringComparison.Ordinal) && s.HintName != "SeedGen.Corpus.Articles.g.cs");
            Assert.Equal(CorpusPlan.ChunkCount("Articles", 200), articleChunks);
            Assert.True(articleChunks > 1);
            Assert.True(run.Sources.Count < 200, run.Sources.Count + " files for 200 articles");
        }

        [Fact]
        public void Find_builds_only_the_record_it_returns()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds());
            var asm = GeneratorHarness.Load(run.Output);
            var people = asm.GetType("Consumer.Corpus+People")!;
            var found = (SeedGen.Person)people.GetMethod("Find")!.Invoke(null, new object[] { "ValeryKarbalevich" })!;
            Assert.Equal("Valery Karbalevich", found.Name);

            // the people chunks (a generated class each; its runtime chunk is made on first use): one chunk made, one record in it
            var chunks = asm.GetTypes().Where(t => System.Text.RegularExpressions.Regex.IsMatch(t.Name, "^__P[0-9]+$"))
                .Select(t => t.GetField("c", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)).ToList();
            Assert.NotEmpty(chunks);
            var made = Assert.Single(chunks, c => c != null)!;
            var slots = (object?[])typeof(SeedGen.Internal.PersonChunk).GetField("_records", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(made)!;
            Assert.True(slots.Length > 5);
            Assert.Single(slots, s => s != null);
            // and no event, statement or article chunk was even made for it
            foreach (var type in asm.GetTypes().Where(t => System.Text.RegularExpressions.Regex.IsMatch(t.Name, "^__[EA][0-9]+$")))
                Assert.Null(type.GetField("c", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null));
        }

        [Fact]
        public void Find_returns_every_record_by_its_id_through_the_hash_table_and_null_for_others()
        {
            var files = RandomArticles(count: 120, quotes: 3, wordsPerQuote: 6, seed: 21);
            var run = GeneratorHarness.Run(files, trackSteps: false);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            var asm = GeneratorHarness.Load(run.Output);
            int checkedIds = 0;
            foreach (var scope in new[] { "Articles", "Statements", "Events", "People", "Places", "Organizations" })
            {
                var type = asm.GetType("Consumer.Corpus+" + scope)!;
                var all = ((System.Collections.IEnumerable)type.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
                var find = type.GetMethod("Find")!;
                foreach (var record in all)
                {
                    string id = (string)record.GetType().GetProperty("Id")!.GetValue(record)!;
                    Assert.Same(record, find.Invoke(null, new object[] { id }));
                    checkedIds++;
                }
                Assert.Null(find.Invoke(null, new object?[] { "NoSuchRecord" }));
                Assert.Null(find.Invoke(null, new object?[] { "" }));
                Assert.Null(find.Invoke(null, new object?[] { null }));
            }
            Assert.True(checkedIds > 500, checkedIds + " ids");
        }

        [Fact]
        public void The_data_is_a_few_constants_per_file_not_one_syntax_node_per_value()
        {
            // an array initialiser costs the compiler a node per element (bound twice when analyzers run); a constant is one token
            var files = RandomArticles(count: 100, quotes: 5, wordsPerQuote: 40, seed: 8);
            var run = GeneratorHarness.Run(files, trackSteps: false);
            var trees = run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(trees);
            long nodes = trees.Sum(t => (long)t.GetRoot().DescendantNodes().Count());
            long textChars = files.Sum(f => (long)f.Text.Length);
            Assert.DoesNotContain(trees, t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InitializerExpressionSyntax>().Any(i => i.Expressions.Count > 16));
            // the nodes are the members (about 19,000 here, one per 8 characters of articles); the data adds a few per file, where
            // array tables added a node per 8 bytes of kept text and one per integer of every row
            Assert.True(nodes < textChars / 6, $"{nodes:N0} syntax nodes for {textChars:N0} characters of articles");
        }

        [Fact]
        public void Strings_round_trip_through_the_data_table_exactly()
        {
            var samples = new[]
            {
                "", "plain", "\u201Cquoted\u201D \u00E9\u00E8 \u0411\u0435\u043B", "emoji \U0001F600", "lone \uD800 high", "lone \uDC00 low",
                "\uDBFF\uDFFF max pair", "\u0000 nul \u007F del \uFFFF", new string('x', 10_000),
            };
            var table = new DataTable();
            var indexes = samples.Select(s => table.AddRun(new[] { s })).ToList();
            var bytes = new List<byte>();
            var ends = new List<int>();
            foreach (var s in samples) { DataTable.Encode(s, bytes); ends.Add(bytes.Count); }
            var words = table.Words();
            string packed = table.Packed();
            for (int i = 0; i < samples.Length; i++)
            {
                Assert.Equal(samples[i], DataTable.Decode(words, i == 0 ? 0 : ends[i - 1], ends[i]));
                Assert.Equal(samples[i], DataTable.DecodePacked(packed, i == 0 ? 0 : ends[i - 1], ends[i]));
            }
        }
    }
}

namespace SeedGen.Generator.Tests
{
    /// <summary>Beyond the 65,535 methods .NET allows one type, statements are reached through All and Find (SG0902), so the
    /// assembly still loads (a 10,000-article corpus has about 76,000 statements).</summary>
    public class MemberLimitTests
    {
        [Fact]
        public void Over_the_member_limit_statements_have_no_member_but_keep_their_rows()
        {
            var seeds = GeneratorHarness.Seeds();
            var models = seeds.Select(s => SeedGen.Extraction.ArticleExtractor.Extract(s.Path, s.Text)).ToList();
            var options = new GeneratorOptions("Consumer", "Corpus", true, null);
            var emit = Steps.ProjectAll(models, options);
            var chunk = CorpusPlan.Articles(options, emit).Single();
            Assert.True(chunk.Members);
            Assert.Contains("public static global::SeedGen.Statement ", Emitter.EmitArticles(chunk));

            string limited = Emitter.EmitArticles(chunk with { Members = false });
            Assert.DoesNotContain("public static global::SeedGen.Statement ", limited);
            Assert.Contains("public static global::SeedGen.Article ", limited);
            Assert.Equal(Emitter.EmitArticles(chunk).Split("private static class")[1], limited.Split("private static class")[1]); // same data
            Assert.True(65_535 > CorpusPlan.MaxMembers + 10);
        }
    }
}
