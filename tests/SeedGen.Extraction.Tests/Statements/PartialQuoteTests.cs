using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>
    /// A quotation standing as a sentence of the speaker's is direct; quoted words inside the reporter's own sentence are a partial
    /// quote (PartialQuotes). Sentences written for these tests.
    /// </summary>
    public class PartialQuoteTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour talks resume\n\n" + body + "\n");

        private static (StatementKindModel Kind, string? Speaker) Quote(string body, string text)
        {
            var s = Assert.Single(X(body).Statements, s => s.Kind != StatementKindModel.Indirect && s.Text == text);
            return (s.Kind, s.Speaker);
        }

        [Theory]
        [InlineData("\u201CThe harbour will reopen in May,\u201D Marta Oyelaran said.", "The harbour will reopen in May")] // opens its sentence
        [InlineData("Marta Oyelaran said: \u201CThe harbour will reopen in May.\u201D", "The harbour will reopen in May")] // after a colon
        [InlineData("Marta Oyelaran said, \u201CThe harbour will reopen in May.\u201D", "The harbour will reopen in May")] // after a comma
        [InlineData("According to Marta Oyelaran, \u201Cthe harbour will reopen in May.\u201D", "the harbour will reopen in May")] // a clause after a comma
        [InlineData("Marta Oyelaran said \u201CThe harbour will reopen in May.\u201D", "The harbour will reopen in May")] // right after the verb
        [InlineData("Marta Oyelaran told the Harbour Ledger \u201CWe will reopen the harbour in May.\u201D", "We will reopen the harbour in May")] // verb, object, quote
        public void A_quotation_that_stands_as_the_speakers_sentence_is_direct(string body, string text)
        {
            Assert.Equal((StatementKindModel.Direct, "Marta Oyelaran"), Quote(body, text));
        }

        [Fact]
        public void The_resumed_half_of_a_split_quote_stays_direct()
        {
            var (kind, speaker) = Quote("\u201CThe harbour will reopen,\u201D Marta Oyelaran said, \u201Cbut not before May.\u201D",
                "The harbour will reopen but not before May");
            Assert.Equal((StatementKindModel.Direct, "Marta Oyelaran"), (kind, speaker));
        }

        [Theory]
        [InlineData("Marta Oyelaran said the closure was \u201Ca disaster for the whole coast\u201D and would end soon.", "a disaster for the whole coast")]
        [InlineData("Marta Oyelaran said on Monday that the new toll was \u201Cunfair to every fisherman in the bay\u201D.", "unfair to every fisherman in the bay")]
        [InlineData("Marta Oyelaran said that any delay would be \u201Cunacceptable\u201D for the town.", "unacceptable")]
        [InlineData("Marta Oyelaran said the talks had been \u201CFrank and useful, as talks go\u201D and left.", "Frank and useful, as talks go")]
        public void Quoted_words_inside_the_reporters_sentence_are_a_partial_quote(string body, string text)
        {
            Assert.Equal((StatementKindModel.Partial, "Marta Oyelaran"), Quote(body, text));
        }

        [Fact]
        public void A_partial_quote_keeps_its_reported_clause_as_an_indirect_statement()
        {
            var m = X("Marta Oyelaran said the closure was \u201Ca disaster for the whole coast\u201D and would end soon.");
            Assert.Contains(m.Statements, s => s.Kind == StatementKindModel.Partial);
            Assert.Contains(m.Statements, s => s.Kind == StatementKindModel.Indirect && s.Speaker == "Marta Oyelaran" && s.Text.Contains("closure"));
        }
    }
}
