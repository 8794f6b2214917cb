using System;
using System.Linq;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Text
{
    /// <summary>The one-pass cue search answers as trying IndexOf(cue, OrdinalIgnoreCase) with each cue does.</summary>
    public class SubstringSetTests
    {
        private static bool Reference(string text, string[] cues) => cues.Any(c => text.IndexOf(c, StringComparison.OrdinalIgnoreCase) >= 0);

        [Theory]
        [InlineData("The delegation TOOK PART in the talks.", true)]
        [InlineData("They attended.", true)]
        [InlineData("Nobody came.", false)]
        [InlineData("took par", false)]
        [InlineData("", false)]
        public void Finds_a_cue_anywhere_ignoring_case(string text, bool expected)
        {
            var cues = new[] { "took part", "attended", "delegation" };
            Assert.Equal(expected, SubstringSet.For(cues).AnyIn(text));
            Assert.Equal(Reference(text, cues), SubstringSet.For(cues).AnyIn(text));
        }

        [Fact]
        public void A_range_is_read_as_its_substring()
        {
            var set = SubstringSet.For(new[] { "took part" });
            const string text = "He took part. She did not.";
            Assert.True(set.AnyIn(text, 0, 13));
            Assert.False(set.AnyIn(text, 0, 11)); // "took pa" only: a cue never runs past the end of the range
            Assert.False(set.AnyIn(text, 4, text.Length));
        }

        [Fact]
        public void Agrees_with_IndexOf_on_random_texts_with_letters_that_fold_to_ascii()
        {
            // dotless i, long s and the Kelvin sign fold as OrdinalIgnoreCase folds them; accents, digits and spaces around
            const string alphabet = "abiIısSſkKK \u00E9\u00C9-.1";
            var cues = new[] { "is", "ski", "k-1", "\u00E9s", "SS", "a a" };
            var set = SubstringSet.For(cues);
            var rnd = new Random(20261202);
            for (int n = 0; n < 5000; n++)
            {
                var chars = new char[rnd.Next(0, 12)];
                for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rnd.Next(alphabet.Length)];
                string text = new string(chars);
                Assert.True(Reference(text, cues) == set.AnyIn(text), $"'{text}'");
            }
        }

        [Fact]
        public void An_empty_cue_is_found_everywhere_as_IndexOf_finds_it()
        {
            Assert.True(SubstringSet.For(new[] { "x", "" }).AnyIn(""));
        }
    }
}
