using System;
using System.IO;

namespace SeedGen.Extraction.Tests
{
    /// <summary>Paths of the fixtures copied next to the test assembly.</summary>
    internal static class TestFiles
    {
        public static string Root => AppContext.BaseDirectory;
        public static string SeedsDir => Path.Combine(Root, "Seeds");
        public static string SeedGoldDir => Path.Combine(Root, "Gold", "seeds");
        public static string Seed(string name) => File.ReadAllText(Path.Combine(SeedsDir, name));
    }
}
