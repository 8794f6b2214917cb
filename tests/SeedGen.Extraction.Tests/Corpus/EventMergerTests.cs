using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Corpus
{
    /// <summary>Corpus-wide event merging keeps every alias and participant once, however many articles report the event.</summary>
    public class EventMergerTests
    {
        [Fact]
        public void Many_reports_of_one_event_give_each_alias_and_participant_once()
        {
            var articles = Enumerable.Range(0, 60).Select(i => ArticleExtractor.Extract($"seeds/a{i:00}.txt",
                "Talks in Vilnius\n\n" + (i % 2 == 0
                    ? "Foreign Minister Gabrielius Landsbergis met with Foreign Minister Zbigniew Rau in Vilnius on 12 March 2021."
                    : "The Vilnius meeting of Gabrielius Landsbergis and Zbigniew Rau took place on 12 March 2021.") + "\n")).ToList();
            var corpus = CorpusBuilder.Build(articles);
            var merged = corpus.Events.Where(e => e.Start.ToIso() == "2021-03-12").ToList();
            Assert.NotEmpty(merged);
            foreach (var e in merged)
            {
                Assert.Equal(e.Aliases.Distinct().Count(), e.Aliases.Count);
                Assert.DoesNotContain(e.Name, e.Aliases);
                Assert.Equal(e.ParticipantIds.Distinct().Count(), e.ParticipantIds.Count);
            }
            Assert.True(merged.Sum(e => e.Aliases.Count) <= 4, string.Join(" | ", merged.SelectMany(e => e.Aliases)));
        }

        private static ArticleModel Article(string file, params EventModel[] events) =>
            new ArticleModel(file, "Title", DateValue.None, null, null, EquatableArray.Create(events), EquatableArray<StatementModel>.Empty,
                EquatableArray<PersonModel>.Empty, EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);

        private static EventModel Summit(string name, DateValue day, string? place) =>
            new EventModel(name, EventKindModel.Summit, day, day, place, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
                EquatableArray.Create(new SourceSpan(0, 6, 1, 1)));

        [Fact]
        public void A_bare_summit_is_the_named_summit_of_that_day_but_not_of_another_day_or_place()
        {
            var day = new DateValue(2024, 5, 3);
            var merged = EventMerger.Merge(new[] { Article("a.txt", Summit("Riga summit of NATO", day, "Riga")), Article("b.txt", Summit("Summit", day, null)) });
            Assert.Equal(2, Assert.Single(merged).Members.Count);
            Assert.Equal(2, EventMerger.Merge(new[] { Article("a.txt", Summit("Riga summit of NATO", day, "Riga")), Article("b.txt", Summit("Summit", new DateValue(2024, 5, 4), null)) }).Count);
            Assert.Equal(2, EventMerger.Merge(new[] { Article("a.txt", Summit("Riga summit of NATO", day, "Riga")), Article("b.txt", Summit("Summit", day, "Vilnius")) }).Count);
        }
    }
}
