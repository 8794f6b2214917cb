using System.Linq;
using SeedGen.Extraction.Lexicon;
using Xunit;
using Lex = SeedGen.Extraction.Lexicon.Lexicon;

namespace SeedGen.Extraction.Tests.LexiconFiles
{
    /// <summary>The embedded YAML is parsed once per process; a lexicon with user files starts from a copy of it and reads
    /// as a single pass over all files would (the last definition of a name wins, at its first definition's place).</summary>
    public class LexiconCreateTests
    {
        [Fact]
        public void Without_user_files_it_is_the_built_in_lexicon()
        {
            var (lex, diags) = Lex.Create(System.Array.Empty<LexiconFile>());
            Assert.Same(Lex.Default, lex);
            Assert.Empty(diags);
        }

        [Fact]
        public void A_user_file_overrides_a_built_in_entry_in_place_and_adds_its_own_words_and_entries()
        {
            var builtIn = Lex.Default;
            var first = builtIn.Places[0];
            string yaml = $"places:\n  - name: {first.Name.ToUpperInvariant()}\n    kind: other\n  - name: Zyxwvut Harbour\n    kind: city\n" +
                          "words:\n  not_name: [Qwertyuiop]\n";
            var (lex, diags) = Lex.Create(new[] { new LexiconFile("seedgen.yaml", yaml) });
            Assert.Empty(diags);
            Assert.Equal(builtIn.Places.Count + 1, lex.Places.Count);
            Assert.Equal(first.Name.ToUpperInvariant(), lex.Places[0].Name);
            Assert.Equal("Zyxwvut Harbour", lex.Places[lex.Places.Count - 1].Name);
            Assert.Equal(builtIn.WordList("not_name").Concat(new[] { "Qwertyuiop" }), lex.WordList("not_name"));
            // the built-in lexicon is not changed by it
            Assert.Equal(first, Lex.Default.Places[0]);
            Assert.DoesNotContain("Qwertyuiop", Lex.Default.WordList("not_name"));
            Assert.NotEqual(Lex.Default, lex);
            Assert.Equal(lex, Lex.Create(new[] { new LexiconFile("seedgen.yaml", yaml) }).Lexicon);
        }
    }
}
