using System.Linq;
using SeedGen.Extraction.Curation;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Curation
{
    public class CuratorTests
    {
        private const string Article = "Talks in Minsk\n\nThe meeting was held in Minsk on 6 April.\n\n\u201CWe are ready to host talks,\u201D the minister said.\n\nShe added that the region needs calm.\n";

        private static ArticleModel Model() => new(
            "seeds/a.txt", "Talks in Minsk", DateValue.None, null, null,
            EquatableArray.Create(new EventModel("Meeting in Minsk", EventKindModel.Meeting, new DateValue(0, 4, 6), new DateValue(0, 4, 6), "Minsk",
                EquatableArray<string>.Empty, EquatableArray.Create("the meeting"), EquatableArray.Create(new SourceSpan(20, 11, 3, 1)))),
            EquatableArray.Create(new StatementModel(StatementKindModel.Direct, "We are ready to host talks", null, "the minister", null, new SourceSpan(60, 26, 5, 2))),
            EquatableArray<PersonModel>.Empty, EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);

        private static ArticleModel Apply(string yaml) =>
            Curator.Apply(Model(), CurationYaml.ReadSidecar("seeds/a.txt", "seeds/a.seedgen.yaml", yaml), Article);

        [Fact]
        public void Published_title_and_speaker_can_be_set()
        {
            var m = Apply("published: 2018-04-06\ntitle: Better title\nstatements:\n  - match: ready to host\n    speaker: Anna Example\n    event: the meeting\n");
            Assert.Equal(new DateValue(2018, 4, 6), m.Published);
            Assert.Equal("Better title", m.Title);
            Assert.Equal("Anna Example", m.Statements[0].Speaker);
            Assert.Equal("Meeting in Minsk", m.Statements[0].Event);
            Assert.Empty(m.Diagnostics);
        }

        [Fact]
        public void A_curated_addition_of_a_statement_the_extraction_found_replaces_it_instead_of_duplicating_it()
        {
            var m = Apply("statements:\n  - add: We are ready to host talks\n    kind: direct\n    speaker: Anna Example\n");
            var s = Assert.Single(m.Statements);
            Assert.Equal("Anna Example", s.Speaker);
            Assert.Equal("We are ready to host talks", s.Text);
        }

        [Fact]
        public void A_curated_addition_of_another_kind_over_the_same_words_stands_beside_the_extracted_one()
        {
            var m = Apply("statements:\n  - add: We are ready to host talks\n    kind: indirect\n    speaker: Anna Example\n");
            Assert.Equal(2, m.Statements.Count());
        }

        [Fact]
        public void A_missed_statement_can_be_added_when_it_occurs_in_the_text()
        {
            var m = Apply("statements:\n  - add: the region needs calm\n    kind: indirect\n    speaker: Anna Example\n");
            var added = Assert.Single(m.Statements, s => s.Kind == StatementKindModel.Indirect);
            Assert.Equal(7, added.Span.Line);
            Assert.Equal("Anna Example", added.Speaker);
        }

        [Fact]
        public void A_curated_quote_that_is_not_in_the_text_is_an_error_at_its_yaml_line()
        {
            var m = Apply("title: ok\nstatements:\n  - add: words nobody wrote\n    speaker: X\n");
            var d = Assert.Single(m.Diagnostics);
            Assert.Equal((DiagnosticIds.CurationQuoteNotInText, "seeds/a.seedgen.yaml", 3), (d.Id, d.File, d.Span.Line));
            Assert.Single(m.Statements);
        }

        [Fact]
        public void Unknown_references_are_errors_at_their_yaml_line()
        {
            var m = Apply("statements:\n  - match: not there\n    speaker: X\nevents:\n  - match: No such event\n    start: 2018-04-06\n");
            Assert.Equal(new[] { 2, 5 }, m.Diagnostics.Where(d => d.Id == DiagnosticIds.CurationUnknownReference).Select(d => d.Span.Line).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void An_event_can_be_split_into_several()
        {
            var m = Apply("events:\n  - split: Meeting in Minsk\n    into:\n      - { name: Meeting of ministers, start: 2018-04-06 }\n      - { name: Talks in Minsk, kind: talks }\n");
            Assert.Empty(m.Diagnostics.Select(d => d.Message));
            Assert.Contains(m.Events, e => e.Name == "Meeting of ministers" && e.Start.ToIso() == "2018-04-06");
            var talks = Assert.Single(m.Events, e => e.Name == "Talks in Minsk");
            Assert.Equal(EventKindModel.Talks, talks.Kind);
            Assert.Equal(1, talks.Span.Line); // found in the headline
            Assert.DoesNotContain(m.Events, e => e.Name == "Meeting in Minsk");
        }

        [Fact]
        public void A_split_needs_two_named_parts_and_an_existing_event()
        {
            var m = Apply("events:\n  - split: Meeting in Minsk\n    into:\n      - { name: Only one }\n  - split: No such event\n    into:\n      - { name: A }\n      - { name: B }\n");
            Assert.Contains(m.Diagnostics, d => d.Id == DiagnosticIds.YamlSyntax && d.Span.Line == 2);
            Assert.Contains(m.Diagnostics, d => d.Id == DiagnosticIds.CurationUnknownReference && d.Span.Line == 5);
        }

        [Fact]
        public void Events_can_be_fixed_added_merged_and_suppressed()
        {
            var m = Apply("events:\n  - match: Meeting in Minsk\n    start: 2018-04-06\n    name: Meeting of ministers\n  - add: Talks in Minsk\n    kind: talks\n    location: Minsk\n  - merge: [Meeting of ministers, Talks in Minsk]\n");
            var e = Assert.Single(m.Events);
            Assert.Equal("Meeting of ministers", e.Name);
            Assert.Equal(new DateValue(2018, 4, 6), e.Start);
            Assert.Contains("Talks in Minsk", e.Aliases);
            var s = Apply("statements:\n  - match: ready\n    suppress: true\nevents:\n  - match: the meeting\n    suppress: true\n");
            Assert.Empty(s.Events);
            Assert.Empty(s.Statements);
        }

        [Fact]
        public void Id_renames_travel_with_the_article()
        {
            var m = Apply("ids:\n  MeetingInMinsk: MinistersMeeting\n");
            var r = Assert.Single(m.Renames);
            Assert.Equal(("MeetingInMinsk", "MinistersMeeting", 2), (r.From, r.To, r.Span.Line));
        }

        [Fact]
        public void Unknown_curation_keys_are_warnings_naming_the_key()
        {
            var m = Apply("pubished: 2018\n");
            var d = Assert.Single(m.Diagnostics);
            Assert.Equal(DiagnosticIds.YamlUnknownKey, d.Id);
            Assert.Contains("pubished", d.Message);
        }

        [Fact]
        public void Sidecar_names_map_to_articles()
        {
            Assert.Equal("000_x", CurationYaml.SidecarStem("seeds/000_x.seedgen.yaml"));
            Assert.Null(CurationYaml.SidecarStem("seeds/seedgen.yaml"));
            Assert.Equal("seeds/000_x.seedgen.yaml", Curator.SidecarPathFor("seeds/000_x.txt"));
        }

        [Fact]
        public void Corpus_file_curates_by_article_name()
        {
            var list = CurationYaml.ReadCorpusFile("seeds/seedgen.yaml", "people:\n  - name: A B\narticles:\n  a.txt:\n    published: 2018-04\n");
            var c = Assert.Single(list);
            Assert.Equal("a.txt", c.File);
            Assert.Equal(new DateValue(2018, 4, 0), c.Published);
        }
    }
}
