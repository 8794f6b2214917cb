using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>Member names are stable: adding an article never renames an existing member, and collisions are broken by
    /// year, place or ordinal, never by hashes.</summary>
    public class StabilityTests
    {
        private static HashSet<string> Members(GeneratorRun run)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var nested in new[] { "Articles", "Events", "Statements", "People", "Places", "Organizations" })
            {
                var type = run.Output.GetTypeByMetadataName("Consumer.Corpus+" + nested);
                Assert.NotNull(type);
                foreach (var m in type!.GetMembers().OfType<IPropertySymbol>().Where(p => p.DeclaredAccessibility == Accessibility.Public))
                    names.Add(nested + "." + m.Name);
            }
            return names;
        }

        private const string Later =
            "Minsk Dialogue opens again\n\n8 October 2020\n\nThe Minsk Dialogue has started today in Minsk. " +
            "\u201CWe are ready to host talks,\u201D Foreign Minister Jan Novak said at the forum.\n";

        // sorts before every seed and has its own statement and event, none wanting a name the seeds use
        private const string First =
            "Nordic ministers meet in Oslo\n\n12 May 2021\n\nForeign Minister Anniken Huitfeldt met with Foreign Minister Pekka Haavisto " +
            "in Oslo on 12 May 2021. \u201CWe discussed security in the Arctic,\u201D Huitfeldt said after the meeting.\n";

        [Fact]
        public void Adding_articles_never_renames_existing_members()
        {
            var seeds = GeneratorHarness.Seeds();
            var before = Members(GeneratorHarness.Run(seeds));
            var after = Members(GeneratorHarness.Run(seeds.Append(("seeds/005_later.txt", Later)).Append(("seeds/aaa_first.txt", First))));
            var lost = before.Where(n => !after.Contains(n)).ToList();
            Assert.True(lost.Count == 0, "renamed or lost: " + string.Join(", ", lost));
            Assert.True(after.Count >= before.Count + 4, "the new articles add their own members"); // two articles, an event, a statement at least
        }

        [Fact]
        public void Collisions_are_broken_by_year_never_by_hashes()
        {
            var seeds = GeneratorHarness.Seeds();
            var names = Members(GeneratorHarness.Run(seeds.Append(("seeds/005_later.txt", Later))));
            Assert.Contains("Events.MinskDialogue2019", names);
            Assert.Contains("Events.MinskDialogue2020", names);
            Assert.DoesNotContain(names, n => System.Text.RegularExpressions.Regex.IsMatch(n, "[0-9a-f]{6,}"));
        }
    }
}
