using System;
using System.IO;
using System.Linq;
using Xunit;

namespace SeedGen.Extraction.Tests
{
    /// <summary>The gold the tests score against is the graders' gold as given in ../shared, unedited: a disagreement
    /// between the extractor and the gold is a figure to report, never a gold file to change.</summary>
    public class GoldCopyTests
    {
        private static string Shared()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
            Assert.True(dir != null, "the repository root (SeedGen.sln) above the test binaries");
            return Path.Combine(dir!.Parent!.FullName, "shared");
        }

        private static string Normal(string path) => File.ReadAllText(path).Replace("\r\n", "\n");

        [Theory]
        [InlineData("gold", "seeds")]
        [InlineData("wikinews/gold", "wikinews")]
        public void The_gold_copied_into_the_tests_equals_the_shared_gold(string sharedFolder, string copyFolder)
        {
            string from = Path.Combine(Shared(), sharedFolder);
            Assert.True(Directory.Exists(from), $"{from} (the shared data beside the repository)");
            var files = Directory.GetFiles(from, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(files);
            foreach (var f in files)
            {
                string copy = Path.Combine(TestFiles.Root, "Gold", copyFolder, Path.GetFileName(f));
                Assert.True(File.Exists(copy), $"{copy} is missing");
                Assert.True(Normal(f) == Normal(copy), $"{Path.GetFileName(f)} differs from {f}");
            }
        }
    }
}
