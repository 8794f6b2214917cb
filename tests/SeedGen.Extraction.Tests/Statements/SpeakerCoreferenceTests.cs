using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>Which person a pronoun, a phrase with two names or a described source is (sentences written for these tests).</summary>
    public class SpeakerCoreferenceTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour vote held\n\n" + body + "\n");

        private static StatementModel[] Directs(ArticleModel m) => m.Statements.Where(s => s.Kind == StatementKindModel.Direct).ToArray();

        private static StatementModel Said(ArticleModel m, string textStart) => Assert.Single(m.Statements, s => s.Text.StartsWith(textStart, System.StringComparison.Ordinal));

        [Fact]
        public void He_after_a_name_in_the_possessive_is_the_speaker_of_that_sentence()
        {
            var m = X("Tendai Moyo leads the harbour party. Grace Banda spoke in the capital.\n\n"
                + "Meanwhile, Moyo said his party values Grace Banda's support. \u201CIt is something we hold very dear,\u201D he said.");
            Assert.Equal("Tendai Moyo", Said(m, "It is something").Speaker);
        }

        [Fact]
        public void He_in_a_later_clause_is_the_subject_of_the_sentence_not_the_person_named_after_it()
        {
            var m = X("Tendai Moyo had been the only rival facing Grace Banda in the runoff, before he announced on Sunday that he was withdrawing from the race.");
            Assert.Equal("Tendai Moyo", Said(m, "he was withdrawing").Speaker);
        }

        [Theory]
        [InlineData("Sen. Marta Oyelaran opened the debate on the harbour on Monday.", "the senator")]
        [InlineData("Gov. Marta Oyelaran opened the debate on the harbour on Monday.", "the governor")]
        public void An_abbreviated_title_gives_the_role_a_later_description_resolves_to(string intro, string description)
        {
            var m = X(intro + " \u201CThe harbour tax will not pass this year, not while I am here,\u201D " + description + " said.");
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(m)).Speaker);
        }

        [Fact]
        public void A_possessive_determiner_opens_no_subject()
        {
            var m = X("Peter Lindqvist won the vote against Maria Holm. In his victory speech, Lindqvist stressed his support for the fishermen, and reiterated that he plans to cut harbour fees.");
            Assert.Equal("Peter Lindqvist", Said(m, "he plans").Speaker);
        }

        [Fact]
        public void A_name_that_modifies_a_title_is_not_the_head_of_the_subject()
        {
            var m = X("Grace Banda denied the report. Banda spokeswoman Lindiwe Phiri said the claims were invented by rivals.");
            Assert.Equal("Lindiwe Phiri", Said(m, "the claims were").Speaker);
        }

        [Fact]
        public void A_second_name_after_a_verb_is_not_the_head_of_the_subject()
        {
            var m = X("Tom Okafor says Grace Banda phoned him on Friday and said she would never leave the race for the harbour seat.");
            Assert.Equal("Tom Okafor", Said(m, "she would never").Speaker);
        }

        [Fact]
        public void A_source_described_through_a_named_person_is_that_description_not_the_person()
        {
            var m = X("The kidnappers still hold Ana Petrescu. Petrescu's father, who is a senator from the Liberal Party, urged the parliament to act quickly. "
                + "He said, \u201CIf we do not act now, we will be mourning a daughter.\u201D");
            Assert.Equal("Petrescu's father", Said(m, "If we do not").Speaker);
            Assert.DoesNotContain(m.Statements, s => s.Speaker == "Ana Petrescu" || s.Speaker == "Liberal Party");
        }

        [Fact]
        public void An_unnamed_party_member_is_the_speaker_as_written_and_no_person()
        {
            var m = X("\u201CThe polls are wrong about this state again,\u201D said an Oregon Democrat.\n\n\u201CShe needs to win by more than that.\u201D\n\n"
                + "\u201CNobody expected the turnout to be this low,\u201D one veteran Republican said.");
            Assert.Equal("Oregon Democrat", Said(m, "The polls").Speaker);
            Assert.Equal("Oregon Democrat", Said(m, "She needs").Speaker); // the next quote paragraph goes on in that voice
            Assert.Equal("one veteran Republican", Said(m, "Nobody expected").Speaker);
            var corpus = CorpusBuilder.Build(new[] { m });
            Assert.DoesNotContain(corpus.People, p => p.Name.Contains("Democrat") || p.Name.Contains("Republican"));
        }

        [Fact]
        public void A_quote_goes_on_in_the_voice_of_the_one_before_past_a_name_in_its_attribution()
        {
            var d = Directs(X("\u201CThe harbour will reopen in spring,\u201D said Marta Oyelaran, speaking of Kwame Asante's plan.\n\n"
                + "\u201CWe have waited long enough for the ships to come back.\u201D"));
            Assert.Equal(2, d.Length);
            Assert.All(d, s => Assert.Equal("Marta Oyelaran", s.Speaker));
        }

        [Fact]
        public void A_spokesman_of_a_described_ministry_is_the_speaker_as_written()
        {
            var m = X("The Italian Interior Ministry's spokesman expressed his surprise and declared that the ferries would sail again on Monday.");
            Assert.Equal("Italian Interior Ministry's spokesman", Said(m, "the ferries").Speaker); // not "Interior Ministry's"
            var n = X("Italy's Interior Ministry spokesman denied the report, saying that \u201Cthe ferries will sail again on Monday as planned\u201D.");
            Assert.Equal("Italy's Interior Ministry spokesman", Said(n, "the ferries").Speaker);
        }

        [Fact]
        public void A_name_and_a_past_tense_verb_after_the_quote_name_its_speaker_not_the_one_before()
        {
            var m = X("Ruth Calloway and Dennis Ambrose, both senators, questioned the port director. \u201CEvery time you say that, you lose more of our trust,\u201D Calloway said.\n\n"
                + "\u201CWhy should this harbour get another loan from the state at all?\u201D Ambrose demanded.");
            Assert.Equal("Ruth Calloway", Said(m, "Every time").Speaker);
            Assert.Equal("Dennis Ambrose", Said(m, "Why should").Speaker);
        }

        [Fact]
        public void He_never_refers_to_an_organisation()
        {
            var m = X("Anna Berg met the press in the harbour town. The Fisheries Ministry said the quotas would not change. "
                + "\u201CWe will not back down on this question,\u201D he said.");
            Assert.NotEqual("Fisheries Ministry", Said(m, "We will not back down").Speaker);
        }
    }
}
