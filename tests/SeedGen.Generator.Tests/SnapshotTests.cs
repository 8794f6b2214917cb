using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>The generated sources for the seeds, kept as Verify.SourceGenerators would keep them (Snapshots/*.verified.cs).
    /// Review a change by diffing the .received.cs file, then accept it with SEEDGEN_ACCEPT=1.</summary>
    public class SnapshotTests
    {
        [Fact]
        public void Seeds() => Snapshot.Verify(GeneratorHarness.Run(GeneratorHarness.Seeds()));

        [Fact]
        public void Diagnostics_for_bad_input() => Snapshot.Verify(GeneratorHarness.Run(new[]
        {
            ("seeds/empty.txt", ""),
            ("seeds/unquoted.txt", "A headline\n\n\u201CThis quote is never closed, the minister said.\n"),
            ("seeds/seedgen.yaml", "people:\n  - name: [unclosed\n"),
        }));
    }
}
