using System;
using System.IO;
using System.Linq;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Lexicon;
using Xunit;

namespace SeedGen.Extraction.Tests
{
    /// <summary>The YAML examples in the README are real: they load without a single diagnostic.</summary>
    public class ReadmeExamplesTests
    {
        private static string[] YamlBlocks()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
            Assert.NotNull(dir);
            string readme = File.ReadAllText(Path.Combine(dir!.FullName, "README.md")).Replace("\r\n", "\n");
            return readme.Split("```yaml\n").Skip(1).Select(b => b.Substring(0, b.IndexOf("```", StringComparison.Ordinal))).ToArray();
        }

        [Fact]
        public void The_lexicon_example_loads_cleanly_and_takes_effect()
        {
            var blocks = YamlBlocks();
            Assert.Equal(2, blocks.Length);
            var (lexicon, diagnostics) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seeds/seedgen.yaml", blocks[0]) });
            Assert.Empty(diagnostics.Select(d => d.Message));
            Assert.Contains(lexicon.People, p => p.Name == "Vladimir Makei" && p.Aliases.Contains("Makey"));
        }

        [Fact]
        public void The_sidecar_example_loads_cleanly()
        {
            var curation = CurationYaml.ReadSidecar("seeds/x.txt", "seeds/x.seedgen.yaml", YamlBlocks()[1]);
            Assert.Empty(curation.Diagnostics.Select(d => d.Message));
            Assert.Equal(2, curation.StatementFixes.Count + curation.StatementAdditions.Count);
            Assert.Single(curation.Renames);
        }
    }
}
