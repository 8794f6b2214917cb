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
        public void Curated_article() => Snapshot.Verify(GeneratorHarness.Run(new[]
        {
            ("seeds/talks.txt", "Talks in Minsk\n\nMINSK, 6 April 2018 \u2013 Foreign Minister Vladimir Makei met with Polish Foreign Minister Jacek Czaputowicz in Minsk.\n\n" +
                "\u201CWe are ready to host a summit,\u201D the minister said.\n\nThe sides agreed that the region needs calm.\n"),
            ("seeds/talks.seedgen.yaml", "statements:\n  - match: ready to host\n    speaker: Vladimir Makei\n  - add: the region needs calm\n    kind: indirect\n    speaker: Jacek Czaputowicz\n" +
                "  - add: words nobody wrote\n    speaker: Vladimir Makei\nids:\n  TalksInMinsk: MinskTalks\n"),
        }));

        [Fact]
        public void Collisions() => Snapshot.Verify(GeneratorHarness.Run(new[]
        {
            ("seeds/a.txt", "Minsk Dialogue\n\n7 October 2019\n\nThe Minsk Dialogue forum has started today in Minsk.\n"),
            ("seeds/b.txt", "Minsk Dialogue\n\n8 October 2020\n\nThe Minsk Dialogue forum has started today in Minsk.\n"),
            ("seeds/c.txt", "class\n\nForeign Minister Vladimir Makei met with Foreign Minister Vladimir Makei in Minsk.\n"),
            ("seeds/d.txt", "Two ministers\n\nEconomy Minister Ivan Petrov and Energy Minister Pyotr Petrov held talks in Minsk on 3 May 2019.\n"),
        }));

        [Fact]
        public void Diagnostics_for_bad_input() => Snapshot.Verify(GeneratorHarness.Run(new[]
        {
            ("seeds/empty.txt", ""),
            ("seeds/unquoted.txt", "A headline\n\n\u201CThis quote is never closed, the minister said.\n"),
            ("seeds/seedgen.yaml", "people:\n  - name: [unclosed\n"),
        }));
    }
}
