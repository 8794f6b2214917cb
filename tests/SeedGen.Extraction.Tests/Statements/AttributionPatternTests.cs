using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>One test per way news writes a quotation and its attribution (sentences written for these tests).</summary>
    public class AttributionPatternTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour talks resume\n\n" + body + "\n");

        private static StatementModel Direct(ArticleModel m) => Assert.Single(m.Statements, s => s.Kind == StatementKindModel.Direct);

        [Theory]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D said Marta Oyelaran, a port official in Lagos.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D said Marta Oyelaran of the Lagos port authority.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D Ms. Oyelaran of the port authority said. Marta Oyelaran spoke first.")]
        [InlineData("Marta Oyelaran leads the port. \u201CThe harbour will reopen in spring,\u201D Ms. Oyelaran of the port authority said.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D Marta Oyelaran, the port\u2019s director, said.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D Marta Oyelaran, who runs the port, told reporters.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D said Sen. Marta Oyelaran of Ogun, the committee\u2019s senior member.")]
        [InlineData("''The harbour will reopen in spring,'' said Marta Oyelaran, a port official.")]
        [InlineData("``The harbour will reopen in spring,'' said Marta Oyelaran, a port official.")]
        [InlineData("Marta Oyelaran warned: \u201CThe harbour will reopen in spring.\u201D")]
        [InlineData("Marta Oyelaran, the port director, spoke after the vote, saying, \u201CThe harbour will reopen in spring.\u201D")]
        [InlineData("Marta Oyelaran runs the port. \u201CThe harbour will reopen in spring,\u201D she later said.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D declares Marta Oyelaran, a port official.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D insists Marta Oyelaran.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D agreed Marta Oyelaran.")]
        [InlineData("Or, as Marta Oyelaran, the port director, put it: \u201CThe harbour will reopen in spring.\u201D")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D Marta Oyelaran then added.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D the port\u2019s director, Marta Oyelaran, said.")]
        [InlineData("\u201CThe harbour will reopen in spring,\u201D her deputy, Marta Oyelaran, wrote on Monday.")]
        public void Attribution_with_post_modifiers_names_the_head_person(string body)
        {
            var s = Direct(X(body));
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_title_inside_the_attribution_does_not_stop_the_quote_that_goes_on()
        {
            var s = Direct(X("\u201CThe harbour will reopen in spring,\u201D Marta Oyelaran said on the station\u2019s \u201CMorning Show\u201D on Sunday. \u201CThe boats will be back by May.\u201D"));
            Assert.Equal("Marta Oyelaran", s.Speaker);
            Assert.StartsWith("The harbour will reopen in spring", s.Text);
            Assert.EndsWith("The boats will be back by May", s.Text);
        }

        [Fact]
        public void A_quote_split_by_its_attribution_resumes_after_the_speaker_apposition()
        {
            var s = Direct(X("\u201CThe harbour will reopen in spring,\u201D said Marta Oyelaran, the port\u2019s director, \u201Cand the boats will be back by May.\u201D"));
            Assert.Equal("Marta Oyelaran", s.Speaker);
            Assert.Contains("boats will be back", s.Text);
            Assert.StartsWith("The harbour will reopen", s.Text);
        }

        [Fact]
        public void A_quote_in_the_paragraph_after_its_colon_cue_has_that_speaker()
        {
            var s = Direct(X("Port director Marta Oyelaran warned:\n\n\u201CThe harbour will not reopen before the spring storms are over.\u201D"));
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_quote_continued_in_the_next_sentence_is_one_statement()
        {
            var s = Direct(X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran, who runs the port. \u201CThe ships will be back in spring.\u201D"));
            Assert.Equal("The harbour will reopen The ships will be back in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_second_quote_with_its_own_attribution_stays_a_statement_of_its_own()
        {
            var m = X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran. \u201CNot before May,\u201D replied Kwame Asante.");
            var d = m.Statements.Where(s => s.Kind == StatementKindModel.Direct).Select(s => (s.Speaker, s.Text)).ToArray();
            Assert.Equal(new (string?, string)[] { ("Marta Oyelaran", "The harbour will reopen"), ("Kwame Asante", "Not before May") }, d);
        }

        [Fact]
        public void Doubled_apostrophes_over_paragraphs_are_one_quote()
        {
            var s = Direct(X("Marta Oyelaran spoke at the opening.\n\n''The harbour will reopen.\n\n''The ships will be back in spring,'' she said."));
            Assert.Equal("The harbour will reopen. The ships will be back in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void The_quote_after_the_attribution_of_a_quote_over_paragraphs_goes_on_in_that_voice()
        {
            var m = X("Marta Oyelaran spoke at the opening.\n\n\u201CThe harbour will reopen in the spring, when the new cranes arrive.\n\n" +
                "\u201CThe ships will be back before the summer,\u201D Oyelaran said. \u201CI am sure of it. The town has waited long enough.\u201D");
            var s = Direct(m);
            Assert.Equal("Marta Oyelaran", s.Speaker);
            Assert.EndsWith("The town has waited long enough", s.Text);
        }

        [Fact]
        public void Transcript_turns_are_not_quotations()
        {
            var m = X("The interview went as follows:\n\n\"OYELARAN: The harbour will reopen in spring, and the ships will come back.\n\n\"ASANTE: Not before the storms are over, I think.");
            Assert.DoesNotContain(m.Statements, s => s.Kind == StatementKindModel.Direct);
        }

        [Fact]
        public void Text_without_quotation_marks_is_never_a_direct_quote()
        {
            var m = X("Marta Oyelaran said the harbour would reopen in spring. The ships will be back, she added.");
            Assert.DoesNotContain(m.Statements, s => s.Kind == StatementKindModel.Direct);
            Assert.Equal(2, m.Statements.Count(s => s.Kind == StatementKindModel.Indirect && s.Speaker == "Marta Oyelaran"));
        }

        [Fact]
        public void An_organisation_speaks_as_written()
        {
            var s = Direct(X("\u201CThe harbour will reopen in spring,\u201D the State Department said."));
            Assert.Equal("State Department", s.Speaker);
        }

        [Theory]
        [InlineData("Twitter")]
        [InlineData("Facebook")]
        public void A_platform_that_is_no_name_of_a_person_still_speaks_as_a_company(string company)
        {
            var s = Direct(X($"Users left {company} last year. \u201CThe harbour will reopen in spring,\u201D {company} said in a statement."));
            Assert.Equal(company, s.Speaker);
        }

        [Fact]
        public void According_to_and_reported_speech_after_a_name_with_particles()
        {
            var m = X("According to Luiz Carlos da Costa, the harbour will reopen in spring. Ana van der Berg said the ships would return.");
            var i = m.Statements.Where(s => s.Kind == StatementKindModel.Indirect).Select(s => (s.Speaker, s.Text)).ToArray();
            Assert.Contains(("Luiz Carlos da Costa", "the harbour will reopen in spring"), i);
            Assert.Contains(("Ana van der Berg", "the ships would return"), i);
        }

        [Fact]
        public void Unresolved_description_is_null_with_SG0102_not_a_person_without_that_role()
        {
            // the tempting case: the only person named has no role; "the spokesman" is not him
            var m = X("Kwame Asante opened the new terminal on Monday.\n\n\u201CThe harbour will reopen in spring after the storms,\u201D the spokesman said.");
            var s = Direct(m);
            Assert.Null(s.Speaker);
            Assert.Contains(m.Diagnostics, d => d.Id == "SG0102");
        }

        [Fact]
        public void A_description_resolves_to_the_person_with_that_role()
        {
            var m = X("Port spokesman Kwame Asante opened the new terminal on Monday.\n\n\u201CThe harbour will reopen in spring after the storms,\u201D the spokesman said.");
            Assert.Equal("Kwame Asante", Direct(m).Speaker);
        }

        [Fact]
        public void A_pronoun_resolves_across_paragraphs()
        {
            var m = X("Marta Oyelaran opened the terminal.\n\nThe storms had closed it for a month.\n\n\u201CThe harbour will reopen in spring,\u201D she said.");
            Assert.Equal("Marta Oyelaran", Direct(m).Speaker);
        }
    }
}
