using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>Speakers from context: quotes with no attribution of their own, appositions, organisations and acronyms as
    /// speakers (sentences written for these tests).</summary>
    public class SpeakerContextTests
    {
        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour talks resume\n\n" + body + "\n");

        /// <summary>The quotations, whole (direct) or partial: speaker resolution is the same for both.</summary>
        private static StatementModel[] Directs(ArticleModel m) => m.Statements.Where(s => s.Kind != StatementKindModel.Indirect).ToArray();

        [Fact]
        public void A_quote_sentence_after_a_reported_statement_goes_on_in_that_voice()
        {
            var d = Directs(X("Port director Marta Oyelaran said the harbour would reopen in spring. \u201CWe have waited long enough for the ships to come back to this town.\u201D"));
            Assert.Equal("Marta Oyelaran", Assert.Single(d).Speaker);
        }

        [Theory]
        [InlineData("Marta Oyelaran agreed. \u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("Lagos Port Authority\u2019s Marta Oyelaran agreed. \u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("Reuters' Marta Oyelaran agreed. \u201CWe have waited long enough for the ships to come back.\u201D")]
        public void A_quote_after_a_sentence_of_narration_is_its_subject_even_behind_an_institution_possessive(string body) =>
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(X(body))).Speaker);

        [Theory]
        [InlineData("Some Democrats said the harbour tax would hurt the fishermen of the town.", "Democrats")]
        [InlineData("Many prominent Republicans have said the harbour tax would hurt the town.", "prominent Republicans")]
        [InlineData("Several senior strategists said the harbour tax would hurt the town.", "senior strategists")]
        [InlineData("Republicans said the harbour tax would hurt the fishermen of the town.", "Republicans")]
        public void A_plural_group_of_party_members_or_of_a_role_speaks_as_a_group(string body, string speaker) =>
            Assert.Equal(speaker, Assert.Single(X(body).Statements, s => s.Kind == StatementKindModel.Indirect).Speaker);

        [Fact]
        public void An_indefinite_description_is_someone_new_not_the_person_named_before()
        {
            var d = Directs(X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran, a professor of economics.\n\n\u201CWe will see,\u201D said a longtime shipping expert."));
            Assert.Equal("Marta Oyelaran", d[0].Speaker);
            Assert.Equal("longtime shipping expert", d[1].Speaker);
        }

        [Fact]
        public void A_relative_clause_after_a_verb_first_speaker_is_not_part_of_the_speaker()
        {
            var d = Assert.Single(Directs(X("\u201CWe will see,\u201D said a shipping expert who has worked for two of the port\u2019s rivals.")));
            Assert.Equal("shipping expert", d.Speaker);
        }

        [Theory]
        [InlineData("Marta Oyelaran: \u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("Sen. Marta Oyelaran (D-Ohio): \u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("The port has been closed for a year \u2014 Marta Oyelaran: \u201CWe have waited long enough for the ships to come back.\u201D")]
        public void A_name_alone_before_a_colon_labels_the_quote(string body) =>
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(X(body))).Speaker);

        [Theory]
        [InlineData("In response to the storm, port director Marta Oyelaran issued the following statement:\n\n\u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("\u201CWe have waited long enough for the ships to come back,\u201D said her deputy at the port, Marta Oyelaran, who spoke first.")]
        [InlineData("\u201CWe have waited long enough for the ships to come back,\u201D said the mayor\u2019s chief of staff, Marta Oyelaran.")]
        [InlineData("Former port director of Lagos Marta Oyelaran: \u201CWe have waited long enough for the ships to come back.\u201D")]
        [InlineData("\u201CWhy have we waited so long for the ships to come back?\u201D reacted Marta Oyelaran.")]
        public void A_description_around_the_name_leaves_the_name_the_speaker(string body) =>
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(X(body))).Speaker);

        [Fact]
        public void A_quote_paragraph_after_a_statement_goes_on_in_that_voice_when_nobody_else_is_named()
        {
            var d = Directs(X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran.\n\nThe port has been closed since the storm.\n\n\u201CWe have waited long enough for the ships to come back to this town.\u201D"));
            Assert.All(d, s => Assert.Equal("Marta Oyelaran", s.Speaker));
            Assert.Equal(2, d.Length);
        }

        [Fact]
        public void A_quote_paragraph_after_another_person_is_named_stays_without_a_speaker()
        {
            var m = X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran.\n\nKwame Asante, the mayor, visited the port on Monday.\n\n\u201CWe have waited long enough for the ships to come back to this town.\u201D");
            var d = Directs(m);
            Assert.Null(d.Last().Speaker);
            Assert.Contains(m.Diagnostics, x => x.Id == "SG0102");
        }

        [Fact]
        public void A_quote_with_an_unresolved_attribution_is_not_given_the_previous_speaker()
        {
            var d = Directs(X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran. \u201CWe have waited long enough for the ships to come back,\u201D one fisherman on the quay said."));
            Assert.Null(d.Last().Speaker);
        }

        [Fact]
        public void A_quoted_fragment_inside_a_reported_clause_has_the_clause_speaker()
        {
            var m = X("Marta Oyelaran, the port director, told reporters that the closure was \u201Ca disaster for the whole coast\u201D and would end soon.");
            var d = Assert.Single(Directs(m));
            Assert.Equal("a disaster for the whole coast", d.Text);
            Assert.Equal("Marta Oyelaran", d.Speaker);
            Assert.Equal(StatementKindModel.Partial, d.Kind);
        }

        [Fact]
        public void According_to_after_the_quote_names_the_speaker()
        {
            var d = Assert.Single(Directs(X("\u201CThe harbour will reopen in spring,\u201D according to a statement on Monday by port director Marta Oyelaran.")));
            Assert.Equal("Marta Oyelaran", d.Speaker);
        }

        [Fact]
        public void A_name_in_apposition_after_a_possessive_role_is_the_speaker()
        {
            var m = X("Mayor Kwame Asante met the press. Kwame Asante\u2019s spokeswoman, Marta Oyelaran, said the harbour would reopen \u201Cbefore the first ships of spring arrive\u201D.");
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(m)).Speaker);
        }

        [Fact]
        public void An_acronym_speaker_is_the_name_the_article_spells_out()
        {
            var m = X("The Coastal Fisheries Union (CFU) met on Monday. \u201CThe harbour must reopen before the season starts,\u201D said the CFU.");
            Assert.Equal("Coastal Fisheries Union", Assert.Single(Directs(m)).Speaker);
        }

        [Fact]
        public void It_refers_back_to_the_organisation_that_spoke_last()
        {
            var m = X("The Coastal Fisheries Union (CFU) met on Monday. \u201CThe harbour must reopen before the season starts,\u201D said the CFU. \u201CEvery week of waiting costs the town its boats,\u201D it added.");
            Assert.All(Directs(m), s => Assert.Equal("Coastal Fisheries Union", s.Speaker));
        }

        [Fact]
        public void A_spokesperson_for_an_organisation_speaks_for_it()
        {
            var m = X("A spokesperson for the shipping company Maersk said \u201Cthe harbour must reopen before the season starts for the town to survive.\u201D");
            Assert.Equal("Maersk", Assert.Single(Directs(m)).Speaker);
        }

        [Fact]
        public void Words_inside_a_quotation_are_never_the_speaker_of_the_text_around_it()
        {
            var m = X("\u201CThe CFU boats stayed in port and the CFU crews went home,\u201D said Marta Oyelaran. \u201CWe will not wait another winter,\u201D she added.");
            Assert.All(Directs(m), s => Assert.Equal("Marta Oyelaran", s.Speaker));
        }
            [Theory]
        [InlineData("Senator Marta Oyelaran spoke on local radio, \u201CThe harbour must reopen before the season starts.\u201D")]
        [InlineData("Marta Oyelaran, also on local radio, defended the plan: \u201CThe harbour must reopen before the season starts.\u201D")]
        [InlineData("On Monday, Marta Oyelaran defended the plan, \u201CThe harbour must reopen before the season starts.\u201D")]
        public void The_subject_of_a_sentence_introducing_a_quote_after_a_comma_is_the_speaker(string body)
        {
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(X(body))).Speaker);
        }

        [Theory]
        [InlineData("\u201CThe harbour belongs to all of us, and we will keep it open,\u201D sang Marta Oyelaran at the rally.")]
        [InlineData("\u201CThe harbour belongs to all of us, and we will keep it open!\u201D yelled Marta Oyelaran from the quay.")]
        [InlineData("Marta Oyelaran stood on the quay, chanting \u201CThe harbour belongs to all of us, and we will keep it open.\u201D")]
        public void Singing_yelling_and_chanting_attribute_a_quote_as_saying_does(string body)
        {
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(X(body))).Speaker);
        }

        [Fact]
        public void A_name_in_an_object_position_does_not_introduce_a_quote()
        {
            var d = Assert.Single(Directs(X("The talks with Marta Oyelaran ended late, \u201Cthe harbour must reopen before the season starts\u201D was on every banner.")));
            Assert.Null(d.Speaker);
        }

        [Fact]
        public void A_subject_pronoun_after_an_adverbial_is_resolved()
        {
            var d = Directs(X("Marta Oyelaran met the fishermen. On local television she said, \u201CThe harbour must reopen before the season starts.\u201D"));
            Assert.Equal("Marta Oyelaran", Assert.Single(d).Speaker);
        }

        [Fact]
        public void A_group_head_with_one_modifier_is_the_speaker_as_written()
        {
            var d = Directs(X("The joint statement said: \u201CThe harbour will reopen before the season starts.\u201D"));
            Assert.Equal("joint statement", Assert.Single(d).Speaker);
        }

        [Fact]
        public void An_unknown_outlet_the_article_capitalises_mid_sentence_is_a_speaker_as_written()
        {
            var m = X("Reporters from Portwatch visited the quay. Portwatch said: \u201CThe harbour will reopen before the season starts.\u201D");
            Assert.Equal("Portwatch", Assert.Single(Directs(m)).Speaker);
            Assert.DoesNotContain(m.People, p => p.Name == "Portwatch");
        }

        [Fact]
        public void A_sentence_opening_adverb_is_no_speaker()
        {
            var d = Directs(X("Marta Oyelaran spoke first. Kwame Asante spoke next. Further adding, \u201CThe harbour will reopen before the season starts.\u201D"));
            Assert.NotEqual("Further", Assert.Single(d).Speaker);
        }
            [Fact]
        public void Initials_alone_are_no_person()
        {
            var m = X("Marta Oyelaran flew to Charlotte, N.C. on Monday. The E.P. office said nothing.");
            Assert.DoesNotContain(m.People, p => p.Name.StartsWith("N.", System.StringComparison.Ordinal) || p.Name.StartsWith("E.", System.StringComparison.Ordinal));
            Assert.Contains(m.People, p => p.Name == "Marta Oyelaran");
        }
            [Theory]
        [InlineData("A friend commented: \u201CThe harbour will reopen before the season starts.\u201D", "friend")]
        [InlineData("An anonymous port source told reporters, \u201CThe harbour will reopen before the season starts.\u201D", "anonymous port source")]
        public void An_indefinite_source_is_named_by_its_description(string body, string expected)
        {
            Assert.Equal(expected, Assert.Single(Directs(X(body))).Speaker);
        }

        [Fact]
        public void An_indefinite_phrase_with_a_preposition_is_no_description_speaker()
        {
            var d = Assert.Single(Directs(X("One of the fishermen said: \u201CThe harbour will reopen before the season starts.\u201D")));
            Assert.NotEqual("One of the fishermen", d.Speaker);
        }

        [Fact]
        public void A_predicate_description_is_no_speaker()
        {
            var m = X("Marta Oyelaran, who is a senator from the coast, spoke first. She said, \u201CThe harbour will reopen before the season starts.\u201D");
            Assert.Equal("Marta Oyelaran", Assert.Single(Directs(m)).Speaker);
        }
            [Fact]
        public void A_sentence_opening_verb_of_saying_is_followed_by_its_speaker()
        {
            var d = Assert.Single(Directs(X("Kwame Asante spoke first. Said Marta Oyelaran: \u201CThe harbour will reopen before the season starts.\u201D")));
            Assert.Equal("Marta Oyelaran", d.Speaker);
        }

        [Fact]
        public void A_description_with_a_number_after_the_verb_keeps_its_name()
        {
            var d = Assert.Single(Directs(X("\u201CThe harbour will reopen before the season starts,\u201D said 9/11 widow Marta Oyelaran.")));
            Assert.Equal("Marta Oyelaran", d.Speaker);
        }

        [Fact]
        public void The_quote_after_an_attribution_with_a_participle_goes_on_in_that_voice()
        {
            var d = Directs(X("\u201CThe harbour will reopen,\u201D said Marta Oyelaran, speaking of the storm. \u201CThe ships will be back in spring and the town with them.\u201D"));
            Assert.All(d, s => Assert.Equal("Marta Oyelaran", s.Speaker));
        }
            [Fact]
        public void A_one_word_fragment_inside_a_reported_clause_is_a_statement_of_the_clause_speaker()
        {
            var m = X("Marta Oyelaran welcomed the plan but said that any delay would be \u201Cunacceptable\u201D for the town.");
            var d = Assert.Single(Directs(m));
            Assert.Equal(("unacceptable", "Marta Oyelaran", StatementKindModel.Partial), (d.Text, d.Speaker, d.Kind));
        }

        [Fact]
        public void A_short_fragment_outside_reported_speech_stays_a_scare_quote()
        {
            Assert.Empty(Directs(X("The so-called \u201Cgreen harbour\u201D plan was approved on Monday by the council.")));
        }
            [Fact]
        public void A_definite_description_no_role_resolves_is_the_speaker_as_written()
        {
            var d = Assert.Single(Directs(X("As the film ended, the narrator said: \u201CThe harbour will reopen before the season starts.\u201D")));
            Assert.Equal("narrator", d.Speaker);
        }
            [Fact]
        public void A_plural_definite_description_is_no_speaker_of_its_own()
        {
            var m = X("Marta Oyelaran met Kwame Asante in Lagos.\n\nThe sides agreed that the harbour needs a new quay.");
            Assert.DoesNotContain(m.Statements, s => s.Speaker == "sides");
        }
    }
}
