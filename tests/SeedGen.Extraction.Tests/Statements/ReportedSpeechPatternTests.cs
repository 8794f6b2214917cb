using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Statements
{
    /// <summary>One test per way news reports speech without quotation marks (sentences written for these tests).</summary>
    public class ReportedSpeechPatternTests
    {
        private const string Clause = "the harbour will reopen in spring";

        private static ArticleModel X(string body) => ArticleExtractor.Extract("seeds/t.txt", "Harbour works go on\n\nMarta Oyelaran runs the Lagos port.\n\n" + body + "\n");

        private static StatementModel[] Indirect(ArticleModel m) => m.Statements.Where(s => s.Kind == StatementKindModel.Indirect).ToArray();

        private static StatementModel One(string body) => Assert.Single(Indirect(X(body)));

        [Theory]
        [InlineData("Marta Oyelaran said the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran says the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran added that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran warned that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran insisted the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran argues the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran claimed that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran confirmed the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran has acknowledged that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran announced the harbour will reopen in spring.")]
        // in a subordinate clause opening the sentence, the reported clause ends before the main clause
        [InlineData("While Oyelaran said that the harbour will reopen in spring, she gave no date for the ferries.")]
        [InlineData("Although Oyelaran said the harbour will reopen in spring, Asante remained doubtful about it.")]
        public void A_verb_of_saying_with_or_without_that_reports_the_clause(string body)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        [InlineData("She said her neighbours feel the same way about the port.", "her neighbours feel the same way about the port")]
        [InlineData("She said members of the port board shouldn\u2019t weigh in on the dispute.", "members of the port board shouldn\u2019t weigh in on the dispute")]
        [InlineData("She said she\u2019ll leave the quarrels to the politicians.", "she\u2019ll leave the quarrels to the politicians")]
        [InlineData("She said letters from Asante, Mensah, Owusu and Boateng were sent to the board.", "letters from Asante, Mensah, Owusu and Boateng were sent to the board")]
        public void Said_takes_a_clause_even_when_its_verb_has_no_telltale_form(string body, string clause)
        {
            var s = One(body);
            Assert.Equal(clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_clause_reported_in_a_subordinate_clause_keeps_its_own_list_of_names() =>
            Assert.Equal("letters from Asante, Mensah and Owusu were sent", One("While Oyelaran said that letters from Asante, Mensah and Owusu were sent, she heard nothing back.").Text);

        [Theory]
        [InlineData("Oyelaran said she would decide soon when asked whether she would run for mayor of the town.", "whether she would run for mayor of the town")]
        [InlineData("Asked why the harbour closed, Oyelaran said the money for the dredging ran out.", "why the harbour closed")]
        [InlineData("Oyelaran was asked if the ferries would come back before the summer.", "if the ferries would come back before the summer")]
        public void A_question_put_to_the_subject_is_reported_with_no_speaker(string body, string question)
        {
            var q = Assert.Single(Indirect(X(body)), s => s.Text == question);
            Assert.Null(q.Speaker);
        }

        [Fact]
        public void A_question_set_off_between_the_subject_and_its_verb_is_no_statement() =>
            Assert.DoesNotContain(Indirect(X("Oyelaran, when asked whether the port would close, told reporters the ships would keep coming.")), s => s.Text.StartsWith("whether"));

        [Fact]
        public void The_question_put_to_a_speaker_does_not_take_the_voice_of_the_quote_after_it()
        {
            var m = X("\u201CWe will see,\u201D Oyelaran said on the radio when asked what the harbour would look like in ten years.\n\n\u201CNobody can plan that far ahead in this town.\u201D");
            Assert.All(m.Statements.Where(s => s.Kind == StatementKindModel.Direct), s => Assert.Equal("Marta Oyelaran", s.Speaker));
        }

        [Theory]
        [InlineData("Marta Oyelaran said nothing about the harbour.")]
        [InlineData("Marta Oyelaran said a few words at the quay.")]
        [InlineData("Marta Oyelaran said the same about the harbour.")]
        public void Said_with_an_object_reports_no_clause(string body) => Assert.Empty(Indirect(X(body)));

        [Theory]
        [InlineData("Marta Oyelaran told reporters the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran told reporters on Monday that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran told the BBC the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran said on Monday the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran said Tuesday the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran said in a statement that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran said in a statement on Friday, the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran said at a news conference in Lagos that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran announced last week that the harbour will reopen in spring.")]
        public void A_listener_and_adjuncts_stand_between_the_verb_and_its_clause(string body)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        [InlineData("The harbour will reopen in spring, Marta Oyelaran said.")]
        [InlineData("The harbour will reopen in spring, Marta Oyelaran said on Monday.")]
        [InlineData("The harbour will reopen in spring, Marta Oyelaran told reporters.")]
        [InlineData("The harbour will reopen in spring, said Marta Oyelaran.")]
        [InlineData("The harbour will reopen in spring, said Marta Oyelaran, a port official in Lagos.")]
        [InlineData("The harbour will reopen in spring, according to Marta Oyelaran.")]
        [InlineData("The harbour will reopen in spring according to Marta Oyelaran, the port director.")]
        public void An_attribution_after_the_clause_reports_what_came_before(string body)
        {
            var s = One(body);
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        [InlineData("The harbour, Marta Oyelaran said, will reopen in spring.")]
        [InlineData("The harbour, Marta Oyelaran said on Monday, will reopen in spring.")]
        public void An_attribution_inside_the_clause_leaves_one_statement_of_both_parts(string body)
        {
            var s = One(body);
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void According_to_an_organisation_at_the_start_names_it()
        {
            var s = One("According to the Ministry of Transport, the harbour will reopen in spring.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Ministry of Transport", s.Speaker);
        }

        [Fact]
        public void According_to_an_organisation_after_the_clause_names_it()
        {
            var s = One("The harbour will reopen in spring, according to the Nigerian Ports Authority.");
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal("Nigerian Ports Authority", s.Speaker);
        }

        [Theory]
        [InlineData("The harbour will reopen in spring, according to the Nigerian Ports Authority, and the ferries will follow.", "Nigerian Ports Authority")]
        [InlineData("The harbour will reopen in spring, according to the Nigerian Ports Authority - a month later than planned.", "Nigerian Ports Authority")]
        [InlineData("The harbour will reopen in spring according to a count by the Nigerian Ports Authority, but the ferries will wait.", "Nigerian Ports Authority")]
        [InlineData("The harbour will reopen in spring, according to a Lagos Times/Ogun Radio survey.", "Lagos Times/Ogun Radio survey")]
        public void According_to_a_source_that_a_new_clause_follows_names_it(string body, string speaker)
        {
            var s = One(body);
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal(speaker, s.Speaker);
        }

        [Fact]
        public void A_reported_clause_inside_a_relative_between_commas_ends_where_the_sentence_goes_on()
        {
            var s = One("Marta Oyelaran, who said the harbour will reopen in spring, left the meeting early.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_relative_after_a_preposition_is_not_the_sentence_subject_speaking() =>
            Assert.DoesNotContain(Indirect(X("Marta Oyelaran won among fishermen who said the harbour will reopen in spring.")), x => x.Speaker == "Marta Oyelaran");

        [Fact]
        public void A_group_the_relative_stands_for_is_the_source()
        {
            var s = One("Marta Oyelaran won among voters who said the harbour will reopen in spring.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("voters", s.Speaker);
        }

        [Fact]
        public void According_to_a_rule_is_no_source() =>
            Assert.Empty(Indirect(X("The port works according to all procedures, and the ferries follow the same rules.")));

        [Theory]
        [InlineData("The transport ministry said the harbour will reopen in spring.", "transport ministry")]
        [InlineData("State media reported that the harbour will reopen in spring.", "State media")]
        [InlineData("The harbour will reopen in spring, a source said.", "a source")]
        public void An_organisation_or_a_common_noun_source_is_the_speaker(string body, string speaker)
        {
            var s = One(body);
            Assert.EndsWith("harbour will reopen in spring", s.Text, System.StringComparison.OrdinalIgnoreCase);
            Assert.Equal(speaker.StartsWith("a ") ? speaker.Substring(2) : speaker, s.Speaker);
        }

        [Theory]
        [InlineData("Marta Oyelaran urged the shipping lines to return in spring.", "to return in spring")]
        [InlineData("Marta Oyelaran vowed to reopen the harbour in spring.", "to reopen the harbour in spring")]
        [InlineData("Marta Oyelaran told the shipping lines at a meeting to return in spring.", "to return in spring")]
        public void An_infinitive_after_a_verb_of_urging_or_vowing_is_what_was_said(string body, string text)
        {
            var s = One(body);
            Assert.Equal(text, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_second_verb_of_saying_starts_a_second_statement()
        {
            var m = X("Marta Oyelaran said the harbour will reopen in spring but warned that storms could delay the work.");
            Assert.Equal(new[] { Clause, "storms could delay the work" }, Indirect(m).Select(s => s.Text).ToArray());
            Assert.All(Indirect(m), s => Assert.Equal("Marta Oyelaran", s.Speaker));
        }

        [Fact]
        public void A_subordinate_clause_with_its_own_verb_of_saying_ends_the_first_statement()
        {
            var m = X("Marta Oyelaran said the harbour will reopen in spring, although the unions said that the strike goes on.");
            Assert.Equal(Clause, Indirect(m)[0].Text);
        }

        [Fact]
        public void Quoted_as_saying_names_the_one_quoted()
        {
            var s = One("The Lagos Herald quoted Marta Oyelaran as saying the harbour will reopen in spring.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_relative_pronoun_takes_its_antecedent()
        {
            var s = One("The plan was presented by Marta Oyelaran, who added that the harbour will reopen in spring.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_subject_that_names_nobody_keeps_the_statement_without_a_speaker_and_reports_it()
        {
            var m = ArticleExtractor.Extract("seeds/t.txt", "Harbour works go on\n\nThey said that the harbour will reopen in spring.\n");
            var s = Assert.Single(Indirect(m));
            Assert.Equal(Clause, s.Text);
            Assert.Null(s.Speaker);
            Assert.Contains(m.Diagnostics, d => d.Id == "SG0102" && d.Span.Offset == s.Span.Offset);
        }

        [Theory]
        [InlineData("According to a count by the port's own clerks, the harbour will reopen in spring.", "the harbour will reopen in spring")]
        [InlineData("The harbour will reopen in spring, they say.", "The harbour will reopen in spring")]
        public void A_source_that_names_nobody_leaves_the_speaker_null(string body, string text)
        {
            var m = ArticleExtractor.Extract("seeds/t.txt", "Harbour works go on\n\n" + body + "\n");
            var s = Assert.Single(Indirect(m));
            Assert.Equal(text, s.Text);
            Assert.Null(s.Speaker);
            Assert.Contains(m.Diagnostics, d => d.Id == "SG0102" && d.Span.Offset == s.Span.Offset);
        }

        [Fact]
        public void A_trailing_verb_with_an_object_of_its_own_attributes_nothing_before_it()
            => Assert.Empty(Indirect(X("With nearly all votes counted, Marta Oyelaran has claimed victory.")));

        [Theory]
        [InlineData("Marta Oyelaran announced a new timetable for the harbour.")]
        [InlineData("Marta Oyelaran denied reports that the harbour will close.")]
        [InlineData("Marta Oyelaran warned against delays at the harbour.")]
        [InlineData("Marta Oyelaran made the same claim about the harbour.")]
        public void A_noun_phrase_after_the_verb_is_no_reported_clause(string body) => Assert.Empty(Indirect(X(body)));

        [Theory]
        [InlineData("A dock worker who asked not to be named said the harbour will reopen in spring.")]
        [InlineData("A dock worker, who asked to remain anonymous, said the harbour will reopen in spring.")]
        [InlineData("A dock worker who asked not to be identified said the harbour will reopen in spring.")]
        [InlineData("A dock worker who asked not to be named described the harbour as busy.")]
        public void A_sources_terms_of_anonymity_are_no_statement_of_their_own(string body) =>
            Assert.DoesNotContain(Indirect(X(body)), s => s.Text.StartsWith("to ", System.StringComparison.Ordinal));

        [Theory]
        [InlineData("Marta Oyelaran said the night shift never shut the gates, however.", "the night shift never shut the gates, however")]
        [InlineData("Marta Oyelaran said the storm cost the port a week of trade.", "the storm cost the port a week of trade")]
        public void A_clause_whose_verb_is_an_irregular_past_is_reported(string body, string clause)
        {
            Assert.Equal(clause, One(body).Text);
        }
    

        [Theory]
        // the reporter's own words open the clause and a quotation finishes it: reported speech with a partial quote inside
        [InlineData("The harbour will reopen \u201Conce the last dredger has gone,\u201D said Marta Oyelaran.", "The harbour will reopen \u201Conce the last dredger has gone")]
        [InlineData("The harbour will reopen \u201Conce the last dredger has gone,\u201D Oyelaran said.", "The harbour will reopen \u201Conce the last dredger has gone")]
        [InlineData("If the rain holds off, the harbour will reopen \"before the fishing season,\" she added.", "If the rain holds off, the harbour will reopen \"before the fishing season")]
        public void A_clause_finished_by_a_quotation_before_a_trailing_verb_is_reported(string body, string clause)
        {
            var s = One(body);
            Assert.Equal(clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        // "CLAUSE, said X, apposition" / "CLAUSE, said X who …": the source is the name before the apposition or the relative
        [InlineData("The harbour will reopen in spring, said Marta Oyelaran, director of the port authority in Lagos.", "Marta Oyelaran")]
        [InlineData("The harbour will reopen in spring, said a dock engineer who has worked on the new quay for a decade.", "dock engineer")]
        public void A_trailing_source_ends_at_its_apposition_or_relative(string body, string speaker)
        {
            var s = One(body);
            Assert.Equal("The harbour will reopen in spring", s.Text);
            Assert.Equal(speaker, s.Speaker);
        }

        [Fact]
        public void A_subject_with_a_relative_between_commas_is_no_trailing_clause()
        {
            var s = One("Marta Oyelaran, who runs the port, said the ferry company had misled the town.");
            Assert.Equal("the ferry company had misled the town", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }
    

        [Theory]
        // one word of the reporter's before the quotation, or the reporter's words after it, make the clause reported speech too
        [InlineData("Dockers \u201Cwould love to see the cranes move again,\u201D Oyelaran said.", "Dockers \u201Cwould love to see the cranes move again")]
        [InlineData("\u201CThe cranes are fine,\u201D and the dockers went back to the quay on Monday, Oyelaran said.", "\u201CThe cranes are fine,\u201D and the dockers went back to the quay on Monday")]
        public void A_clause_with_the_reporters_words_around_a_quotation_is_reported(string body, string clause)
        {
            var s = One(body);
            Assert.Equal(clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        [InlineData("Oyelaran insists, however, that the harbour will reopen in spring.")]
        [InlineData("Oyelaran replied, though, that the harbour will reopen in spring.")]
        [InlineData("Oyelaran, quoting \u201Cthe old harbour rules,\u201D said the harbour will reopen in spring.")]
        public void An_aside_between_commas_does_not_hide_the_verb_or_its_subject(string body)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }
    

        [Theory]
        // a longer subject that opens the sentence — prepositional phrases, a restrictive relative, a share of a group — speaks
        // as the group it names
        [InlineData("Several crane drivers from the eastern quay in Apapa said the harbour will reopen in spring.", "crane drivers from the eastern quay in Apapa")]
        [InlineData("Many fish sellers who work the early market say the harbour will reopen in spring.", "fish sellers")]
        [InlineData("Two in three licensed crane drivers on the eastern quay said the harbour will reopen in spring.", "Two in three licensed crane drivers on the eastern quay")]
        [InlineData("On the quay, the crane drivers polled by the guild say the harbour will reopen in spring.", "crane drivers polled by the guild")]
        public void A_long_subject_naming_a_group_is_its_speaker(string body, string speaker)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text);
            Assert.Equal(speaker, s.Speaker);
        }

        [Fact]
        public void A_long_subject_describing_one_person_keeps_the_statement_without_a_speaker()
        {
            var m = ArticleExtractor.Extract("seeds/t.txt", "Harbour works go on\n\nThe old crane driver who built the first crane on the eastern quay says the harbour will reopen in spring.\n");
            var s = Assert.Single(Indirect(m));
            Assert.Equal(Clause, s.Text);
            Assert.Null(s.Speaker);
            Assert.Contains(m.Diagnostics, d => d.Id == "SG0102" && d.Span.Offset == s.Span.Offset);
        }
    

        [Theory]
        [InlineData("Marta Oyelaran has insisted for weeks that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran has insisted firmly that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran has since agreed that the harbour will reopen in spring.")]
        [InlineData("Marta Oyelaran told The Quay Gazette of Apapa late on Friday that the harbour will reopen in spring.")]
        public void Adjuncts_of_time_and_manner_and_a_long_listener_stand_between_the_verb_and_its_clause(string body)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_contraction_with_a_curly_apostrophe_opens_a_clause() =>
            Assert.Equal("she\u2019d keep the harbour open in spring", One("Marta Oyelaran told the Quay Gazette she\u2019d keep the harbour open in spring.").Text);

        [Fact]
        public void A_named_source_before_its_apposition_is_the_speaker()
        {
            var s = One("Bright Star Pilots Guild, a union of the port pilots, says that the harbour will reopen in spring.");
            Assert.Equal(Clause, s.Text);
            Assert.Equal("Bright Star Pilots Guild", s.Speaker);
        }

        [Theory]
        [InlineData("Oyelaran said the harbour will reopen in spring and the crane drivers said they would wait.", "the harbour will reopen in spring")]
        [InlineData("Oyelaran said the harbour will reopen in spring, compared with the winter her rival had promised.", "the harbour will reopen in spring")]
        public void A_second_speaker_or_the_reporters_comparison_ends_the_clause(string body, string clause) =>
            Assert.Contains(Indirect(X(body)), s => s.Text == clause && s.Speaker == "Marta Oyelaran");
    

        [Theory]
        [InlineData("The harbour will reopen in spring, according to the Apapa Crane Guild, which speaks for the drivers.", "Apapa Crane Guild")]
        [InlineData("The harbour will reopen in spring, according to Marta Oyelaran, director of the port, leaving the crane drivers puzzled.", "Marta Oyelaran")]
        [InlineData("But according to Marta Oyelaran, the harbour will reopen in spring.", "Marta Oyelaran")]
        public void According_to_a_source_the_reporter_then_describes_attributes_the_clause(string body, string speaker)
        {
            var s = One(body);
            Assert.Equal(Clause, s.Text, ignoreCase: true);
            Assert.Equal(speaker, s.Speaker);
        }

        [Fact]
        public void According_to_a_source_inside_a_predicate_attributes_no_clause_of_its_own() =>
            Assert.Empty(Indirect(X("At the same time, according to dockers in Apapa, the ferries were leaving early, taking the last passengers.")));
    

        [Theory]
        [InlineData("The harbour will reopen in spring, according to the latest quay transcript.", "latest quay transcript")]
        [InlineData("The harbour will reopen in spring, according to harbour board documents.", "harbour board documents")]
        public void A_document_whose_author_goes_unnamed_is_the_source_as_written(string body, string speaker) =>
            Assert.Equal(speaker, One(body).Speaker);
    

        [Fact]
        public void A_relative_whose_clause_a_speaker_reports_is_reported_without_the_relative()
        {
            var s = One("The board adopted a new crane rota, which critics said was too hard on the night shift.");
            Assert.Equal("was too hard on the night shift", s.Text);
            Assert.Equal("critics", s.Speaker);
        }
    

        [Fact]
        public void A_document_a_possessive_attributes_to_someone_else_is_no_source()
        {
            var m = ArticleExtractor.Extract("seeds/t.txt", "Harbour works go on\n\nAccording to its tally, the harbour will reopen in spring.\n");
            Assert.Null(Assert.Single(Indirect(m)).Speaker);
        }
            [Theory]
        [InlineData("At the heart of the delay, according to Marta Oyelaran, was a shortage of cranes.", "At the heart of the delay was a shortage of cranes")]
        [InlineData("The new timetable, according to Marta Oyelaran, will cut waiting times by half.", "The new timetable will cut waiting times by half")]
        [InlineData("The main reason, according to Marta Oyelaran, the port director, is a shortage of cranes.", "The main reason is a shortage of cranes")]
        [InlineData("The new timetable, said Marta Oyelaran, a port official, will cut waiting times by half.", "The new timetable will cut waiting times by half")]
        public void An_attribution_set_off_inside_its_clause_reports_the_clause_around_it(string body, string text)
        {
            var s = One(body);
            Assert.Equal(text, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void An_attribution_inside_a_coordination_reports_only_the_clause_after_it()
        {
            var s = One("The ferry was late and, according to Marta Oyelaran, the cranes had failed twice.");
            Assert.Equal("the cranes had failed twice", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_source_apposition_then_a_second_apposition_is_no_second_part() =>
            Assert.Equal("The harbour will reopen in spring", One("The harbour will reopen in spring, according to Marta Oyelaran, a port official, whose figures the board confirmed.").Text);

        [Fact]
        public void A_subject_with_its_apposition_reports_the_clause_after_its_verb()
        {
            var s = One("Marta Oyelaran, a port official, said ferry crews plan to strike on Monday, hoping to win a pay rise.");
            Assert.StartsWith("ferry crews plan to strike on Monday", s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Theory]
        [InlineData("About 4 in 10 say they want the night ferry back.", "they want the night ferry back")]
        [InlineData("More than half of the deckhands said the rota was unfair.", "the rota was unfair")]
        [InlineData("Crews are tired: 26 percent say they sleep badly.", "they sleep badly")]
        [InlineData("On pay, 42% say they are underpaid, 30% call themselves content.", "they are underpaid")]
        public void A_share_of_a_group_qualified_or_in_figures_reports_its_clause(string body, string text) =>
            Assert.Equal(text, One(body).Text);

        [Fact]
        public void A_figure_after_the_clause_with_no_verb_of_its_own_stays_in_it() =>
            Assert.Equal("the port handled 9,000 ships, 15 percent over the target", One("Marta Oyelaran said the port handled 9,000 ships, 15 percent over the target.").Text);

        [Theory]
        [InlineData("Marta Oyelaran asked how long the new crane would last.", "how long the new crane would last")]
        [InlineData("Marta Oyelaran asked the ferry captain if he had been warned about the storm.", "if he had been warned about the storm")]
        [InlineData("Marta Oyelaran asked Kofi Asante what effect the new rota had on the crews.", "what effect the new rota had on the crews")]
        [InlineData("Marta Oyelaran asked the ferry lines why they did not answer the survey.", "why they did not answer the survey")]
        public void A_verb_of_asking_reports_the_question_after_its_listener(string body, string text)
        {
            var s = One(body);
            Assert.Equal(text, s.Text);
            Assert.Equal("Marta Oyelaran", s.Speaker);
        }

        [Fact]
        public void A_relative_after_the_listener_is_no_question() =>
            Assert.DoesNotContain(Indirect(X("Marta Oyelaran asked the crews who were on strike to return to the quay.")), s => s.Text.StartsWith("who"));

        [Fact]
        public void The_quote_after_a_question_is_the_answer_of_the_one_asked()
        {
            var m = X("Marta Oyelaran asked Kofi Asante how long the new crane would last. \u201CTen years at least, if we look after it,\u201D he said.");
            Assert.Equal("Kofi Asante", Assert.Single(m.Statements, s => s.Kind == StatementKindModel.Direct).Speaker);
        }

        [Fact]
        public void A_team_described_through_its_leader_is_the_source_as_written() =>
            Assert.Equal("Oyelaran's team", One("The vote is close; Oyelaran's team says she will run again.").Speaker);
    }
}
