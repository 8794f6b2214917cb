using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>The linked graph and the queries users expect, on the generated seed corpus.</summary>
    public class QueriesTests
    {
        private static readonly Lazy<System.Reflection.Assembly> Generated = new(() => GeneratorHarness.Load(GeneratorHarness.Run(GeneratorHarness.Seeds()).Output));

        private static T Get<T>(string nested, string member) => (T)Generated.Value.GetType("Consumer.Corpus+" + nested)!.GetProperty(member)!.GetValue(null)!;

        [Fact]
        public void Events_between_dates_at_a_place_and_with_a_person()
        {
            var events = Get<IReadOnlyList<SeedGen.Event>>("Events", "All");
            var msc = Get<SeedGen.Event>("Events", "MunichSecurityConferenceCoreGroupMeeting2018");
            var minsk = Get<SeedGen.Place>("Places", "Minsk");
            var lukashenka = Get<SeedGen.Person>("People", "AlyaksandrLukashenka");

            var autumn2018 = events.Between(new DateTime(2018, 10, 1), new DateTime(2018, 11, 30)).ToList();
            Assert.Contains(msc, autumn2018);
            Assert.DoesNotContain(autumn2018, e => e.Start is { Year: 2019 });
            Assert.Contains(msc, events.At(minsk));
            Assert.All(events.At(minsk), e => Assert.Equal("Minsk", e.Location!.Name));
            Assert.Contains(msc, events.With(lukashenka));
            Assert.Same(minsk, msc.Location); // one instance per record
        }

        [Fact]
        public void Statements_by_a_person_and_at_an_event_are_the_linked_instances()
        {
            var statements = Get<IReadOnlyList<SeedGen.Statement>>("Statements", "All");
            var lukashenka = Get<SeedGen.Person>("People", "AlyaksandrLukashenka");
            var by = statements.By(lukashenka).ToList();
            Assert.NotEmpty(by);
            Assert.Equal(lukashenka.Statements.Count, by.Count);
            Assert.All(by, s => Assert.Same(lukashenka, s.Speaker));
            var cis = by.Select(s => s.Event).First(e => e != null)!;
            Assert.All(statements.At(cis), s => Assert.Same(cis, s.Event));
            Assert.Equal(cis.Statements.Count, statements.At(cis).Count());
            Assert.Contains(statements.OfKind(SeedGen.StatementKind.Direct), s => s.Kind == SeedGen.StatementKind.Direct);
        }

        [Fact]
        public void Events_are_listed_chronologically_with_the_undated_last()
        {
            var events = Get<IReadOnlyList<SeedGen.Event>>("Events", "All");
            var dated = events.TakeWhile(e => e.Start != null).ToList();
            Assert.True(dated.Count > 0 && dated.Count < events.Count);
            Assert.All(events.Skip(dated.Count), e => Assert.Null(e.Start));
            for (int i = 1; i < dated.Count; i++) Assert.True(dated[i - 1].Start!.Value <= dated[i].Start!.Value);
        }
    }
}
