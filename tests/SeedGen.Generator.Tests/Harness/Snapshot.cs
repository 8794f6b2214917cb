using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace SeedGen.Generator.Tests.Harness
{
    /// <summary>
    /// A small stand-in for Verify.SourceGenerators that keeps its on-disk conventions, so that moving to Verify is a rename:
    /// <c>Snapshots/{Class}.{Method}#{HintName without .cs}.verified.cs</c> per generated source, and
    /// <c>Snapshots/{Class}.{Method}.verified.txt</c> for the diagnostics. On a mismatch (or a missing snapshot) the actual text is
    /// written as <c>*.received.*</c> beside it and the test fails; a snapshot no longer produced fails too. Set
    /// <c>SEEDGEN_ACCEPT=1</c> (like Verify's AutoVerify) to accept what was received.
    /// </summary>
    public static class Snapshot
    {
        public static bool Accept => Environment.GetEnvironmentVariable("SEEDGEN_ACCEPT") == "1";

        public static void Verify(GeneratorRun run, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
        {
            string dir = Path.Combine(Path.GetDirectoryName(SourcePath(sourceFile))!, "Snapshots");
            string cls = Path.GetFileNameWithoutExtension(sourceFile);
            string prefix = cls + "." + method;
            Directory.CreateDirectory(dir);

            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (hint, text) in run.Sources)
            {
                string stem = hint.EndsWith(".cs", StringComparison.Ordinal) ? hint.Substring(0, hint.Length - 3) : hint;
                expected[prefix + "#" + stem + ".verified.cs"] = text;
            }
            expected[prefix + ".verified.txt"] = DescribeDiagnostics(run);

            var failures = new List<string>();
            foreach (var (name, actual) in expected)
            {
                string verified = Path.Combine(dir, name);
                string received = verified.Replace(".verified.", ".received.");
                string normalized = Normalize(actual);
                if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == normalized)
                {
                    if (File.Exists(received)) File.Delete(received);
                    continue;
                }
                if (Accept)
                {
                    File.WriteAllText(verified, normalized, new UTF8Encoding(false));
                    if (File.Exists(received)) File.Delete(received);
                    continue;
                }
                File.WriteAllText(received, normalized, new UTF8Encoding(false));
                failures.Add(File.Exists(verified) ? $"{name} differs: compare with {Path.GetFileName(received)}" : $"{name} is new: see {Path.GetFileName(received)}");
            }
            // snapshots of sources this run no longer generates
            foreach (var stale in Directory.GetFiles(dir, prefix + "#*.verified.cs").Concat(Directory.GetFiles(dir, prefix + ".verified.txt")))
            {
                if (expected.ContainsKey(Path.GetFileName(stale))) continue;
                if (Accept) File.Delete(stale);
                else failures.Add($"{Path.GetFileName(stale)} is no longer generated");
            }
            Assert.True(failures.Count == 0, "Snapshots differ (set SEEDGEN_ACCEPT=1 to accept):\n" + string.Join("\n", failures));
        }

        /// <summary>The test file on disk. Under ContinuousIntegrationBuild (CI=true) the compiler maps source paths to "/_/…",
        /// so the path is rebuilt from the repository root (the folder holding SeedGen.sln above the test assembly).</summary>
        private static string SourcePath(string callerFile)
        {
            if (File.Exists(callerFile)) return callerFile;
            string normalized = callerFile.Replace('\\', '/');
            if (!normalized.StartsWith("/_/", StringComparison.Ordinal)) return callerFile;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
            if (dir == null) throw new InvalidOperationException("cannot find the repository (SeedGen.sln) above " + AppContext.BaseDirectory);
            return Path.Combine(dir.FullName, normalized.Substring(3));
        }

        private static string DescribeDiagnostics(GeneratorRun run)
        {
            var sb = new StringBuilder();
            sb.Append("Generated sources: ").Append(run.Sources.Count).Append('\n');
            sb.Append("Diagnostics:\n");
            foreach (var d in run.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                         .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ThenBy(d => d.Id, StringComparer.Ordinal))
            {
                var span = d.Location.GetLineSpan();
                sb.Append("  ").Append(d.Id).Append(' ').Append(d.Severity).Append(' ')
                  .Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                  .Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }
            return sb.ToString();
        }

        private static string Normalize(string s) => s.Replace("\r\n", "\n").TrimStart('\uFEFF');
    }
}
