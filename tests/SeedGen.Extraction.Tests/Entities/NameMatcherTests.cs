using SeedGen.Extraction.Entities;
using Xunit;

namespace SeedGen.Extraction.Tests.Entities
{
    public class NameMatcherTests
    {
        [Theory]
        [InlineData("Alyaksandr Lukashenka", "Aleksandr Lukashenko")]
        [InlineData("Alexander Lukashenka", "Alyaksandr Lukashenka")]
        [InlineData("Lukashenko", "Alyaksandr Lukashenka")]
        [InlineData("Makei", "Makey")]
        [InlineData("Uladzimir Makei", "Vladimir Makey")]
        [InlineData("A. Wess Mitchell", "Wess Mitchell")]
        [InlineData("Mr Mitchell", "A. Wess Mitchell")]
        [InlineData("Sergei Nikolayevich Lebedev", "Sergei Lebedev")]
        [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
        [InlineData("Hugo Chávez", "Hugo Chavez")]
        [InlineData("Erdogan", "Recep Tayyip Erdoğan")]
        [InlineData("Paul Hendrick", "Paul J. Hendrick")]
        [InlineData("P. Hendrick", "Paul J. Hendrick")]
        // a hard c is a k: two transliterations of one name
        [InlineData("Yusuf Omar Bacari", "Yusuf Omar Bakari")]
        [InlineData("Marco Jacobsen", "Marko Jakobsen")]
        public void Same_person(string a, string b) => Assert.True(NameMatcher.SamePerson(a, b));

        [Theory]
        [InlineData("Sergei Lavrov", "Sergei Lebedev")]
        // the name after a patronymic particle is the father's, no surname
        [InlineData("Salim", "Faisal bin Salim")]
        [InlineData("Hamad", "Tamim ibn Hamad")]
        [InlineData("Anna Nowak", "Jan Nowak")]
        [InlineData("Pavel Filip", "Armen Sarkissian")]
        // the same consonants, not the same name: too many letters differ for the names' length
        [InlineData("Putney", "Vladimir Putin")]
        [InlineData("Kerr", "John Kerry")]
        [InlineData("Police", "Janet Place")]
        [InlineData("Hess", "House")]
        [InlineData("Anna Rousseau", "Russia")]
        // a middle initial after another first name: "Paul" is not the "P." of "Simon P. Hendrick"
        [InlineData("Paul Hendrick", "Simon P. Hendrick")]
        // a soft c is no k
        [InlineData("Anna Cellini", "Anna Kellini")]
        public void Different_people(string a, string b) => Assert.False(NameMatcher.SamePerson(a, b));

        [Fact]
        public void Canonical_is_the_fullest_form() =>
            Assert.Equal("A. Wess Mitchell", NameMatcher.Canonical(new[] { "Mitchell", "A. Wess Mitchell", "Wess Mitchell" }));
    }
}
