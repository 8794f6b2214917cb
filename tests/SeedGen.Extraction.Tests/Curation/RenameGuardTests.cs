using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Curation
{
    /// <summary>A curated rename can never produce a member the generated class already has (found by the fuzz run: CS0102).</summary>
    public class RenameGuardTests
    {
        [Theory]
        [InlineData("All")]
        [InlineData("Find")]
        [InlineData("Events")]
        [InlineData("ToString")]
        public void Renaming_to_a_reserved_member_is_refused(string to)
        {
            var a = new ArticleModel("a.txt", "First", DateValue.None, null, null,
                EquatableArray.Create(new EventModel("Talks in Minsk", EventKindModel.Meeting, new DateValue(2018, 4, 6), DateValue.None, null,
                    EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray.Create(new SourceSpan(0, 1, 1, 1)))),
                EquatableArray<StatementModel>.Empty, EquatableArray<PersonModel>.Empty, EquatableArray<PlaceModel>.Empty,
                EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);
            string id = CorpusBuilder.Build(new[] { a }).Events.Single().Id;
            var c = CorpusBuilder.Build(new[] { a with { Renames = EquatableArray.Create(new RenameModel(id, to, "a.seedgen.yaml", new SourceSpan(0, 0, 2, 3))) } });
            Assert.Equal(id, c.Events.Single().Id);
            var d = Assert.Single(c.Diagnostics);
            Assert.Equal((DiagnosticIds.DuplicateIdentifier, 2), (d.Id, d.Span.Line));
        }
    }
}
