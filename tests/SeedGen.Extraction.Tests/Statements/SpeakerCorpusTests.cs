using System.Linq;
using SeedGen.Extraction.Corpus;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>One person per real person across articles, and never two people as one (articles written for these tests).</summary>
    public class SpeakerCorpusTests
    {
        [Fact]
        public void A_full_name_does_not_join_another_person_through_a_bare_surname_of_some_article()
        {
            var a = ArticleExtractor.Extract("seeds/a.txt", "Harbour budget passed\n\nGovernor Mary Hendrick signed the harbour budget on Monday. \u201CThis budget keeps the ferries running all year,\u201D Mary Hendrick said.\n");
            var b = ArticleExtractor.Extract("seeds/b.txt", "Ferry fares rise\n\nMr. Hendrick told reporters on Tuesday that fares would rise in spring.\n");
            var c = ArticleExtractor.Extract("seeds/c.txt", "Ferry strike ends\n\n\u201CThe strike is over and the crews are back at work,\u201D said Brian Hendrick, a spokesman for the ferry union.\n");
            var corpus = CorpusBuilder.Build(new[] { a, b, c });
            var names = corpus.People.Select(p => p.Name).ToList();
            Assert.Contains("Mary Hendrick", names);
            Assert.Contains("Brian Hendrick", names);
        }

        [Fact]
        public void Two_people_with_one_surname_stay_two_in_an_article_and_a_bare_surname_goes_to_the_most_named()
        {
            var m = ArticleExtractor.Extract("seeds/f.txt", "Harbour gala\n\nAnna Hendrick opened the harbour gala on Friday. Governor Hendrick spoke after her. "
                + "Later, Mark Hendrick, her husband, said the gala had raised more money than ever.\n");
            var names = m.People.Select(p => p.Name).ToList();
            Assert.Contains("Anna Hendrick", names);
            Assert.Contains("Mark Hendrick", names);
            Assert.DoesNotContain(m.People, p => p.Name == "Anna Hendrick" && p.Aliases.Contains("Mark Hendrick"));
            var other = ArticleExtractor.Extract("seeds/g.txt", "Harbour fees\n\nAnna Hendrick cut the harbour fees. Anna Hendrick also opened a new quay.\n");
            var later = ArticleExtractor.Extract("seeds/h.txt", "Harbour ferry\n\nMs. Hendrick told reporters that the ferries would run all winter.\n");
            var corpus = CorpusBuilder.Build(new[] { m, other, later });
            var person = Assert.Single(corpus.People, p => p.Aliases.Contains("Hendrick") || p.Name == "Hendrick");
            Assert.Equal("Anna Hendrick", person.Name);
        }

        [Fact]
        public void A_participle_opening_a_sentence_is_no_given_name()
        {
            var m = ArticleExtractor.Extract("seeds/d.txt", "Harbour debate\n\nCritics are using the debate to attack the plan. "
                + "Using Peter Lindqvist as an example, the critics said the harbour fees were too high. Lindqvist did not reply.\n");
            Assert.Contains(m.People, p => p.Name == "Peter Lindqvist");
            Assert.DoesNotContain(m.People, p => p.Name.StartsWith("Using", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Than_and_neither_are_no_part_of_a_name()
        {
            var m = ArticleExtractor.Extract("seeds/e.txt", "Harbour debate\n\nThe vote matters More Than Peter Lindqvist thinks, and Neither Maria Holm nor her party agrees.\n");
            Assert.DoesNotContain(m.People, p => p.Name.Contains("Than") || p.Name.Contains("Neither"));
        }
    }
}
