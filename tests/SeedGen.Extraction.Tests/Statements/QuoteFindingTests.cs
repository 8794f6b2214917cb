using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>Which quoted spans are statements: quotation styles, titles, exclamations (sentences written for these tests).</summary>
    public class QuoteFindingTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour talks resume\n\n" + body + "\n");

        private static string[] Directs(ArticleModel m) =>
            m.Statements.Where(s => s.Kind == StatementKindModel.Direct).Select(s => s.Text).ToArray();

        [Theory]
        [InlineData("Dock workers marching past the gates chanted \"What strike?\" and kept going until dawn.", "What strike?")]
        [InlineData("The crowd outside the port office shouted, \u201CNo more delays!\u201D", "No more delays!")]
        [InlineData("Fishermen waved banners saying \u201COur harbour\u201D in front of the town hall.", "Our harbour")]
        [InlineData("The harbour master barked \u201CGet off the pier!\u201D at the crowd.", "Get off the pier!")]
        public void A_short_quotation_right_after_a_verb_of_saying_is_a_statement(string body, string text)
        {
            Assert.Equal(new[] { text }, Directs(X(body)));
        }

        [Theory]
        // three marks: the single one closes the inner quotation, the last two this one; the quotation goes on after the attribution
        [InlineData("Marta Oyelaran spoke at the opening. ''The captains keep telling us, 'The harbour is too shallow,''' Ms. Oyelaran said. ''We dredged it twice last year.''",
            "The captains keep telling us, 'The harbour is too shallow,'", "We dredged it twice last year")]
        // three marks open a quotation that opens with a quotation
        [InlineData("'''Sir, the harbour is closed,' the guard told me, and I went home,'' Marta Oyelaran said.", "'Sir, the harbour is closed,'", "and I went home")]
        public void Doubled_apostrophes_next_to_an_inner_quotation_mark_open_and_close_there(string body, string first, string last)
        {
            var s = Assert.Single(X(body).Statements, s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("Marta Oyelaran", s.Speaker);
            Assert.StartsWith(first, s.Text);
            Assert.EndsWith(last, s.Text);
        }

        [Fact]
        public void A_short_quotation_with_no_verb_before_it_stays_a_scare_quote()
        {
            Assert.Empty(Directs(X("The so-called \u201Charbour tax\u201D has been paid by every ship since May.")));
        }

        [Theory]
        [InlineData("On this week\u2019s edition of \u201CHarbour Morning Hour,\u201D port director Marta Oyelaran said the ships would return in May.")]
        [InlineData("Appearing on Radio Lagos\u2019s \u201CMorning Harbour,\u201D port director Marta Oyelaran said the ships would return in May.")]
        [InlineData("In her 2010 book, ''Ships of the Southern Coast,'' port director Marta Oyelaran said the ships would return in May.")]
        [InlineData("Speaking on Radio Lagos’s “State of the Harbour” on Sunday, port director Marta Oyelaran said the ships would return in May.")]
        [InlineData("In her memoir “Tides: A Life on the Docks of the Southern Coast,” port director Marta Oyelaran said the ships would return in May.")]
        public void A_title_inside_a_noun_phrase_is_not_a_statement_even_when_an_attribution_follows(string body)
        {
            var m = X(body);
            Assert.Empty(Directs(m));
            Assert.Contains(m.Statements, s => s.Kind == StatementKindModel.Indirect && s.Speaker == "Marta Oyelaran");
        }

        [Theory]
        [InlineData("The port authority\u2019s new advertisement, titled \u201CBroken Promises,\u201D shows the empty docks at night.")]
        [InlineData("Marta Oyelaran wrote an essay entitled \u201CWhy the harbour must reopen before the storms\u201D last spring.")]
        public void A_quotation_after_titled_or_entitled_names_a_work(string body)
        {
            Assert.Empty(Directs(X(body)));
        }

        [Fact]
        public void A_title_case_quotation_that_opens_its_sentence_with_an_attribution_is_kept()
        {
            var s = Assert.Single(X("\u201CNever Again,\u201D said Marta Oyelaran after the storm.").Statements, s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void Curly_quotations_inside_an_unclosed_straight_excerpt_are_read()
        {
            var m = X("The report describes the scene:\n\n\"Kwame Asante walked onto the pier, chanting \u201COpen the port! Open the port!\u201D\n\n\u201CWe waited a year,\u201D Marta Oyelaran said to the crowd.");
            var d = m.Statements.Where(s => s.Kind == StatementKindModel.Direct).Select(s => (s.Speaker, s.Text)).ToArray();
            Assert.Equal(new (string?, string)[] { ("Kwame Asante", "Open the port! Open the port!"), ("Marta Oyelaran", "We waited a year") }, d);
        }

        [Fact]
        public void A_straight_quotation_holding_a_curly_one_is_one_quotation()
        {
            var s = Assert.Single(X("\"The vote was close, and I will read you the question: \u201CShould the harbour reopen?\u201D Forty percent said yes,\" Marta Oyelaran said.").Statements,
                s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("Marta Oyelaran", s.Speaker);
            Assert.EndsWith("Forty percent said yes", s.Text);
        }

        [Fact]
        public void Straight_quotes_nested_in_straight_quotes_stay_inside_the_quotation()
        {
            var s = Assert.Single(X("Marta Oyelaran criticised the plan. \"The so-called \"temporary\" closure of the harbour has lasted a year. Nobody believes it any more.\" Kwame Asante replied later.").Statements,
                s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("The so-called \"temporary\" closure of the harbour has lasted a year. Nobody believes it any more", s.Text);
        }

        [Fact]
        public void A_quote_that_the_next_paragraph_reopens_with_another_mark_is_not_continued()
        {
            var m = X("\"The harbour has been closed for a year and the ships are gone\n\n\u201CWe waited long enough,\u201D Marta Oyelaran said.");
            Assert.Equal(new[] { "We waited long enough" }, Directs(m));
        }

        [Fact]
        public void A_stage_direction_before_a_transcript_turn_is_not_a_quotation()
        {
            var m = X("The interview went as follows:\n\n\"(CROSSTALK.)\n\n\"OYELARAN: If I may, the harbour will reopen in spring, and the ships will come back.");
            Assert.DoesNotContain(m.Statements, s => s.Kind == StatementKindModel.Direct);
        }

        [Fact]
        public void A_title_after_the_attribution_of_a_quote_is_not_joined_to_it()
        {
            var d = X("“The ships will be back in May,” Marta Oyelaran said on Radio Lagos’s “State of the Harbour” last week.").Statements
                .Where(s => s.Kind == StatementKindModel.Direct).Select(s => (s.Speaker, s.Text)).ToArray();
            Assert.Equal(new (string?, string)[] { ("Marta Oyelaran", "The ships will be back in May") }, d);
        }

        [Fact]
        public void A_headline_with_its_by_line_is_not_a_statement()
        {
            var m = X("DOCKS — “Harbour museum to close at the end of the year after a long decline,” by the Ledger’s Marta Oyelaran.");
            Assert.Empty(Directs(m));
        }

        [Fact]
        public void Reported_after_a_quotation_attributes_it()
        {
            var s = Assert.Single(X("Ship traffic fell again. This is “the lowest figure in twenty years,” reported the Harbour Ledger.").Statements, s => s.Kind != StatementKindModel.Indirect);
            Assert.Equal("Harbour Ledger", s.Speaker);
            Assert.Equal(StatementKindModel.Partial, s.Kind); // the quoted words stand inside the reporter's sentence ("This is …")
        }

        [Fact]
        public void An_opening_curly_mark_typed_as_the_closing_one_closes_the_quote()
        {
            var s = Assert.Single(X("\u201CThe harbour will reopen in spring,\u201C said Marta Oyelaran, the port director. The ships stayed away.").Statements,
                s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_person_named_in_the_attribution_does_not_take_over_the_next_quote()
        {
            var d = X("\u201CThe harbour will reopen in spring,\u201D Marta Oyelaran said after meeting the transport minister, Kwame Asante. She did not give a date. \u201CThe ships will come back once the storms are over.\u201D").Statements
                .Where(s => s.Kind == StatementKindModel.Direct).Select(s => s.Speaker).ToArray();
            Assert.Equal(new string?[] { "Marta Oyelaran", "Marta Oyelaran" }, d);
        }

        [Fact]
        public void A_quote_after_a_paragraph_closed_by_a_colon_is_the_subject_s()
        {
            var s = Assert.Single(X("Marta Oyelaran made the following statement:\n\n\u201CThe harbour will reopen in spring, and the ships will come back once the storms are over.\u201D").Statements,
                s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_quote_continued_after_a_semicolon_and_the_attribution_is_one_statement()
        {
            var s = Assert.Single(X("\"The harbour will reopen in spring,\" said Oyelaran; \"I do not think the storms will stop the ships this year.\"").Statements,
                s => s.Kind == StatementKindModel.Direct);
            Assert.Equal("The harbour will reopen in spring I do not think the storms will stop the ships this year", s.Text);
            Assert.Equal("Oyelaran", s.Speaker);
        }
    }
}
