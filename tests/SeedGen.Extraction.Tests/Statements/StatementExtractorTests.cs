using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    public class StatementExtractorTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Headline\n\n" + body + "\n");

        [Theory]
        [InlineData("\u201CWe are ready to talk,\u201D Foreign Minister Anna Nowak said.")]
        [InlineData("\"We are ready to talk,\" Foreign Minister Anna Nowak said.")]
        [InlineData("\"We are ready to talk,\u201D Foreign Minister Anna Nowak said.")]
        [InlineData("\u00ABWe are ready to talk\u00BB, Foreign Minister Anna Nowak said.")]
        [InlineData("\u201EWe are ready to talk\u201C, Foreign Minister Anna Nowak said.")]
        [InlineData("Foreign Minister Anna Nowak said: \u201CWe are ready to talk.\u201D")]
        [InlineData("\u201CWe are ready to talk,\u201D said Foreign Minister Anna Nowak.")]
        public void Every_quote_style_gives_one_direct_statement_with_its_speaker(string body)
        {
            var s = Assert.Single(X(body).Statements, x => x.Kind == StatementKindModel.Direct);
            Assert.Equal("We are ready to talk", s.Text);
            Assert.Equal("Anna Nowak", s.Speaker);
        }

        [Fact]
        public void Split_quote_is_joined()
        {
            var s = Assert.Single(X("\u201CWe are ready,\u201D Minister Anna Nowak said, \u201Cto host talks.\u201D").Statements);
            Assert.Equal("We are ready to host talks", s.Text);
        }

        [Fact]
        public void Quote_over_paragraphs_is_one_statement()
        {
            var m = X("Minister Anna Nowak spoke first.\n\n\u201CWe are ready.\n\n\u201CWe will host the talks,\u201D she said.");
            var s = Assert.Single(m.Statements, x => x.Kind == StatementKindModel.Direct);
            Assert.Equal("We are ready. We will host the talks", s.Text);
            Assert.Equal("Anna Nowak", s.Speaker);
        }

        [Fact]
        public void Scare_quotes_and_titles_are_not_statements()
        {
            var m = X("Minsk advocates for \u201CHelsinki-2\u201D. The theme \u201CEuropean Security: Stepping Back from the Brink\u201D was chosen. Critics call it a \u2018talking shop\u2019.");
            Assert.Empty(m.Statements);
        }

        [Fact]
        public void Pronoun_resolves_to_the_latest_person_and_role_descriptions_by_role()
        {
            var m = X("President Jan Kowal met Prime Minister Eva Lind on Monday. \u201CThe talks were good,\u201D the prime minister said. \u201CWe agree,\u201D the president said. \u201CSo do I,\u201D she said.");
            var d = m.Statements.Where(x => x.Kind == StatementKindModel.Direct).Select(x => x.Speaker).ToArray();
            Assert.Equal(new[] { "Eva Lind", "Jan Kowal", "Jan Kowal" }, d);
        }

        [Fact]
        public void Reported_speech_forms()
        {
            var m = X("Minister Anna Nowak said that the border would reopen. According to the minister, trade will recover. In her words, the crisis is over. The talks were useful, Nowak told reporters.");
            var texts = m.Statements.Where(x => x.Kind == StatementKindModel.Indirect).Select(x => (x.Speaker, x.Text)).ToArray();
            Assert.Contains(("Anna Nowak", "the border would reopen"), texts);
            Assert.Contains(("Anna Nowak", "trade will recover"), texts);
            Assert.Contains(("Anna Nowak", "the crisis is over"), texts);
            Assert.Contains(("Anna Nowak", "The talks were useful"), texts);
        }

        [Fact]
        public void Hopes_and_summaries_are_not_statements()
        {
            var m = X("Minsk hopes that the talks will resume. President Jan Kowal voiced proposals on trade and extended congratulations to the winner.");
            Assert.Empty(m.Statements);
        }

        [Fact]
        public void Unattributed_quote_is_kept_without_speaker_and_an_info_diagnostic()
        {
            var m = X("\u201CThe situation on the border remains very tense for everyone involved.\u201D");
            var s = Assert.Single(m.Statements);
            Assert.Null(s.Speaker);
            var d = Assert.Single(m.Diagnostics, x => x.Id == DiagnosticIds.NoSpeaker);
            Assert.Equal(DiagnosticSeverityModel.Info, d.Severity);
            Assert.Equal(3, d.Span.Line);
        }

        [Fact]
        public void Unbalanced_quote_gives_an_info_diagnostic()
        {
            var m = X("The minister said \u201Cwe are ready to talk with everyone at any time.");
            Assert.Contains(m.Diagnostics, x => x.Id == DiagnosticIds.UnbalancedQuote);
        }
    }
}
