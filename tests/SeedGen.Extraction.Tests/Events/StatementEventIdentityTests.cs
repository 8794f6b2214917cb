using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Statements point to the event they were said at by identity (the event's first mention), not by its name.</summary>
    public class StatementEventIdentityTests
    {
        private static EventModel Event(string name, DateValue start, int offset) =>
            new EventModel(name, EventKindModel.Meeting, start, start, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
                EquatableArray.Create(new SourceSpan(offset, 7, 1, offset + 1)));

        private static ArticleModel Article(params StatementModel[] statements) =>
            new ArticleModel("a.txt", "Title", DateValue.None, null, null,
                EquatableArray.Create(Event("Meeting", new DateValue(2018, 4, 6), 10), Event("Meeting", new DateValue(2018, 5, 9), 200)),
                EquatableArray.Create(statements), EquatableArray<PersonModel>.Empty, EquatableArray<PlaceModel>.Empty,
                EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);

        [Fact]
        public void Of_two_events_with_one_name_the_statement_links_to_the_one_it_was_said_at()
        {
            var second = new StatementModel(StatementKindModel.Direct, "We agree", null, null, "Meeting", new SourceSpan(220, 8, 1, 221)) { EventRef = new SourceSpan(200, 7, 1, 201) };
            var a = Article(second);
            Assert.Equal(1, a.EventIndexOf(second));
            var corpus = CorpusBuilder.Build(new[] { a });
            var refs = corpus.Articles.Single();
            Assert.Equal(refs.EventIds[1], refs.Statements.Single().EventId);
            Assert.NotEqual(refs.EventIds[0], refs.EventIds[1]);
        }

        [Fact]
        public void A_statement_named_to_an_event_by_curation_still_finds_it_by_name_and_none_finds_none()
        {
            var byName = new StatementModel(StatementKindModel.Direct, "We agree", null, null, "Meeting", new SourceSpan(220, 8, 1, 221));
            var none = new StatementModel(StatementKindModel.Direct, "We agree", null, null, null, new SourceSpan(220, 8, 1, 221));
            var a = Article(byName, none);
            Assert.Equal(0, a.EventIndexOf(byName));
            Assert.Equal(-1, a.EventIndexOf(none));
        }

        [Fact]
        public void The_linker_sets_the_events_identity()
        {
            var a = ArticleExtractor.Extract("seeds/t.txt", "---\npublished: 2018-04-06\n---\nHeadline\n\n"
                + "President Lukashenko met with the foreign ministers of the CIS in Minsk on 6 April. “We are ready to cooperate,” Lukashenko said at the meeting.\n");
            var s = a.Statements.First(x => x.Event != null);
            int i = a.EventIndexOf(s);
            Assert.True(i >= 0);
            Assert.Equal(a.Events[i].Span, s.EventRef);
        }
    }
}
