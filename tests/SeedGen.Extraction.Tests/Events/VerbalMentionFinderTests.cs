using System.Linq;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>Stage 1b: events reported by a verb.</summary>
    public class VerbalMentionFinderTests
    {
        [Fact]
        public void Two_leaders_who_spoke_on_the_phone_had_a_phone_conversation()
        {
            var m = Assert.Single(new EventStageHarness("On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone.").Named(nominal: false));
            Assert.Equal(EventKindModel.Talks, m.Kind);
            Assert.Equal(new[] { "Donald Trump", "Recep Tayyip Erdoğan" }, m.People);
        }

        [Fact]
        public void Spoke_without_a_phone_is_no_call()
        {
            Assert.Empty(new EventStageHarness("President Donald Trump spoke with Prime Minister Theresa May about trade.").Named(nominal: false));
        }

        [Fact]
        public void Visited_a_place_is_a_visit_there()
        {
            var m = Assert.Single(new EventStageHarness("General David Petraeus visited Geneva to discuss security.").Named(nominal: false));
            Assert.Equal(EventKindModel.Visit, m.Kind);
            Assert.Equal("Geneva", m.Place);
            Assert.Equal(new[] { "David Petraeus" }, m.People);
        }

        [Fact]
        public void Signed_an_order_is_its_signing_even_after_a_place_phrase()
        {
            var m = Assert.Single(new EventStageHarness("President Donald Trump signed in the Oval Office a revised executive order on Monday.").Named(nominal: false));
            Assert.Equal(EventKindModel.Ceremony, m.Kind);
            Assert.Equal("Signing of the revised executive order", m.Name);
        }

        [Fact]
        public void Met_with_names_a_meeting_between_both()
        {
            var m = Assert.Single(new EventStageHarness("Foreign Minister Vladimir Makei met with Polish Foreign Minister Jacek Czaputowicz.").Named(nominal: false));
            Assert.Contains("Meeting between Vladimir Makei and Jacek Czaputowicz", m.Aliases);
        }

        [Fact]
        public void The_other_party_after_a_long_title_with_an_abbreviated_mr_is_the_person()
        {
            var m = new EventStageHarness("Luiz Inácio Lula da Silva met with the President of the Republic of Korea Mr. Roh Moo-hyun at 5:30 PM.").Named(nominal: false).Single();
            Assert.Contains("Roh Moo-hyun", m.People);
        }

        [Fact]
        public void A_visit_to_the_capital_in_apposition_and_a_protest_of_an_object_are_placed()
        {
            var v = new EventStageHarness("U.S. General David Petraeus visited the capital, Sana'a, to discuss security.").Named(nominal: false).Single();
            Assert.Equal("Sanaa", v.Place);
            var p = new EventStageHarness("In the West Bank, hundreds protested the Annapolis Conference in conjunction with a funeral in Hebron.").Named(nominal: false).Single();
            Assert.Equal("Protest against the Annapolis Conference in Hebron", p.Name);
        }

        [Fact]
        public void A_titled_document_signed_by_unnamed_signers_is_a_signing_and_an_untitled_one_is_not()
        {
            var m = new EventStageHarness("They signed the Broad Relationship of Cooperation for Common Prosperity in the XXI Century agreement.").Named(nominal: false).Single();
            Assert.Equal(EventKindModel.Ceremony, m.Kind);
            Assert.StartsWith("Signing of the Broad Relationship", m.Name);
            Assert.Empty(new EventStageHarness("They signed the agreement.").Named(nominal: false));
        }
    }
}
