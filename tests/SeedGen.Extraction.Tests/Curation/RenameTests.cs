using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Curation
{
    public class RenameTests
    {
        private static ArticleModel Article(string file, string title, string eventName, params RenameModel[] renames) => new ArticleModel(
            file, title, DateValue.None, null, null,
            EquatableArray.Create(new EventModel(eventName, EventKindModel.Meeting, new DateValue(2018, 4, 6), DateValue.None, null,
                EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray.Create(new SourceSpan(0, 1, 1, 1)))),
            EquatableArray.Create(new StatementModel(StatementKindModel.Direct, "We are ready", "Anna Example", null, eventName, new SourceSpan(0, 1, 1, 1))),
            EquatableArray<PersonModel>.Empty, EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty)
        { Renames = renames.ToEquatableArray() };

        [Fact]
        public void Renamed_ids_change_everywhere_they_are_referenced()
        {
            var plain = CorpusBuilder.Build(new[] { Article("a.txt", "First", "Talks in Minsk") });
            string oldEvent = plain.Events.Single().Id, oldPerson = plain.People.Single().Id;
            var c = CorpusBuilder.Build(new[] { Article("a.txt", "First", "Talks in Minsk",
                new RenameModel(oldEvent, "MinskTalks", "a.seedgen.yaml", new SourceSpan(0, 0, 2, 3)),
                new RenameModel(oldPerson, "Anna", "a.seedgen.yaml", new SourceSpan(0, 0, 3, 3))) });
            Assert.Empty(c.Diagnostics);
            Assert.Equal("MinskTalks", c.Events.Single().Id);
            Assert.Equal("MinskTalks", c.Articles.Single().EventIds.Single());
            Assert.Equal("MinskTalks", c.Articles.Single().Statements.Single().EventId);
            Assert.Equal("Anna", c.Articles.Single().Statements.Single().SpeakerId);
        }

        [Fact]
        public void Bad_renames_are_diagnostics_at_the_yaml_line()
        {
            var plain = CorpusBuilder.Build(new[] { Article("a.txt", "First", "Talks in Minsk"), Article("b.txt", "Second", "Summit in Riga") });
            var ids = plain.Events.Select(e => e.Id).ToArray();
            var c = CorpusBuilder.Build(new[]
            {
                Article("a.txt", "First", "Talks in Minsk",
                    new RenameModel("NoSuchId", "X", "a.seedgen.yaml", new SourceSpan(0, 0, 4, 3)),
                    new RenameModel(ids[0], ids[1], "a.seedgen.yaml", new SourceSpan(0, 0, 5, 3)),
                    new RenameModel(ids[0], "not valid!", "a.seedgen.yaml", new SourceSpan(0, 0, 6, 3))),
                Article("b.txt", "Second", "Summit in Riga"),
            });
            Assert.Equal(new[] { (DiagnosticIds.CurationUnknownReference, 4), (DiagnosticIds.DuplicateIdentifier, 5), (DiagnosticIds.DuplicateIdentifier, 6) },
                c.Diagnostics.Where(d => d.Id != DiagnosticIds.NameDependsOnOtherArticle) // both articles quote "We are ready": a collision, told as info
                    .Select(d => (d.Id, d.Span.Line)).OrderBy(x => x.Item2).ToArray());
            Assert.Equal(ids, c.Events.Select(e => e.Id).ToArray());
        }
    }
}
