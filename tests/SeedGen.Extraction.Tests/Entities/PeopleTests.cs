using System.Linq;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Lexicon;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Entities
{
    /// <summary>People are people: names with particles and without titles; places, seas, countries, organisations, party
    /// adjectives, headline fragments and CamelCase never become persons (sentences written for these tests).</summary>
    public class PeopleTests
    {
        private static ArticleModel X(string title, string body) => ArticleExtractor.Extract("seeds/t.txt", title + "\n\n" + body + "\n");
        private static string[] People(ArticleModel m) => m.People.Select(p => p.Name).ToArray();

        [Theory]
        [InlineData("President Luiz Carlos da Costa met the press.", "Luiz Carlos da Costa")]
        [InlineData("Federal President Alexander Van der Hoek met the press.", "Alexander Van der Hoek")]
        [InlineData("Crown Prince Faisal bin Tariq met the press.", "Faisal bin Tariq")]
        [InlineData("Prime Minister Haidar al-Nouri met the press.", "Haidar al-Nouri")]
        [InlineData("Mayor Bill de Marco met the press.", "Bill de Marco")]
        [InlineData("Chancellor Greta Lindqvist met the press.", "Greta Lindqvist")]
        [InlineData("Editor Hamid Almasri met the press.", "Hamid Almasri")]
        [InlineData("Rep. Elias Cummings of Maryland met the press.", "Elias Cummings")]
        [InlineData("Mr. Tomas Ferreira met the press.", "Tomas Ferreira")]
        [InlineData("Coach Marek Nowicki met the press.", "Marek Nowicki")]
        public void Names_keep_particles_and_lose_titles(string body, string name) =>
            Assert.Contains(name, People(X("Press conference", body)));

        [Theory]
        [InlineData("Mark Cuban met the press.", "Mark Cuban")]
        [InlineData("Ryan English met the press.", "Ryan English")]
        public void A_given_name_then_a_peoples_adjective_is_a_person(string body, string name) =>
            Assert.Contains(name, People(X("Press conference", body)));

        [Theory]
        [InlineData("Vermonter Jane Roe met the press.")]
        [InlineData("Ohioan Jane Roe met the press.")]
        [InlineData("Californian Jane Roe met the press.")]
        [InlineData("Floridian Jane Roe met the press.")]
        [InlineData("Floridians Jane Roe and the mayor met the press.")]
        // an auxiliary, a gerund or a sentence adverb before a name is no given name either
        [InlineData("Q: Does Jane Roe still back the plan? A: She does.")]
        [InlineData("Q: Has Jane Roe met the mayor? A: Not yet.")]
        [InlineData("Voters ask: Using Jane Roe as a foil? That works.")]
        [InlineData("Certainly Jane Roe knew the risks.")]
        public void A_word_for_the_people_of_a_place_before_a_name_is_no_given_name(string body) =>
            Assert.Equal(new[] { "Jane Roe" }, People(X("Press conference", body)));

        [Fact]
        public void A_peoples_adjective_before_another_name_word_stays_no_surname() =>
            Assert.Empty(People(X("Press conference", "The Christian Democratic Union met the press.")));

        [Fact]
        public void Places_seas_countries_organisations_and_party_adjectives_are_not_people()
        {
            var m = X("Talks in the region", "Ships crossed the Black Sea to South Korea. The Supreme Court ruled on Monday. The Social Democratic deputies walked out. " +
                "East Mediterranean gas was discussed in Montevideo, Brasilia and Riyadh. Brazilians and Mexicans voted. Kwame Asante spoke.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
            Assert.Contains(m.Places, p => p.Name == "Black Sea");
            Assert.Contains(m.Places, p => p.Name == "South Korea");
            Assert.Contains(m.Places, p => p.Name == "Montevideo");
        }

        [Fact]
        public void Headline_fragments_and_CamelCase_are_not_people()
        {
            var m = X("Absurd Double Standard Asante Faces Critics", "Kwame Asante answered his critics. The CombatCrime unit and SteppingBack group were named.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void A_name_in_an_institution_is_not_a_person()
        {
            var m = X("Analysts doubt the deal", "\u201CThe deal will not hold,\u201D said Aaron David Moller of the Woodrow Kaminski Center.");
            Assert.Equal(new[] { "Aaron David Moller" }, People(m));
            Assert.Equal("Aaron David Moller", Assert.Single(m.Statements).Speaker);
        }

        [Fact]
        public void A_role_comes_from_next_to_the_name_never_across_a_conjunction()
        {
            var m = X("Leaders meet", "The talks between Brazilian President Luiz Carlos da Costa and Argentine President Javier Montoya began.");
            var montoya = Assert.Single(m.People, p => p.Name == "Javier Montoya");
            Assert.Equal("Argentine President", montoya.Role);
            Assert.Equal("Argentina", montoya.Country);
            Assert.Equal("Brazilian President", Assert.Single(m.People, p => p.Name == "Luiz Carlos da Costa").Role);
        }

        [Fact]
        public void A_place_that_is_also_a_name_is_a_name_next_to_a_name()
        {
            var m = X("Visit", "Jordan Whitfield flew to Jordan and met George Washington Carter in Amman.");
            Assert.Contains("Jordan Whitfield", People(m));
            Assert.Contains("George Washington Carter", People(m));
            Assert.Contains(m.Places, p => p.Name == "Jordan");
        }

        [Fact]
        public void One_person_across_diacritics_transliterations_and_partial_names()
        {
            var a = X("Visit", "President Hugo Ch\u00E1vez spoke. Recep Tayyip Erdo\u011Fan listened.");
            var b = X("Visit", "President Hugo Chavez spoke. Erdogan listened. Recep Tayyip Erdogan left.");
            var (people, map) = PeopleMerger.Merge(a.People.Concat(b.People), new[] { "Erdogan", "the State Department" });
            Assert.Single(people, p => p.Name.StartsWith("Hugo", System.StringComparison.Ordinal));
            Assert.Single(people, p => p.Name.StartsWith("Recep", System.StringComparison.Ordinal));
            Assert.Equal(map["Recep Tayyip Erdogan"], map["Erdogan"]);
            Assert.DoesNotContain(people, p => p.Name == "the State Department"); // a speaker that is no person makes no person
        }

        [Fact]
        public void Foreign_newspapers_parties_and_squares_are_not_people()
        {
            var m = X("Protest", "Crowds filled Plaza Dorrego and Taksim Meydani, the Partido Verdadero marched, and the Ankara Gazetesi and the " +
                "Kieler Zeitung reported it. Kwame Asante and Tal Berger watched.");
            Assert.Equal(new[] { "Kwame Asante", "Tal Berger" }, People(m).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void Places_and_buildings_with_a_foreign_prefix_are_not_people()
        {
            var m = X("Fighting in the north", "Rebels shelled Tell Hamdan and Ain Qadir on Monday. Ministers later met at the Palacio de Oriente " +
                "and the Palatul Cotroceni, and pilgrims prayed at Masjid Al-Nour and Hagia Irene. Kwame Asante confirmed the shelling.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void Organisations_by_their_head_or_first_word_are_not_people()
        {
            var m = X("Sanctions", "The Northern Shield Brigades and the Revolutionary Defence Corps were listed, with the People's Defence Units, " +
                "Kestrel Air, Deutsche Kraftwerk, Harlow Energy Trust and the Dayton Post-Gazette. Kwame Asante welcomed the list.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void Operations_days_and_title_case_phrases_of_common_words_are_not_people()
        {
            var m = X("Treaty signed", "Operation Desert Hammer began on Christmas Day. The two leaders signed the Mutual Friendship Treaty, " +
                "a Charter for Shared Prosperity and a pledge on Religious Freedom and a Plan to Combat Crime, and spoke of the \u201CStar Wars\u201D plan and of \u201CStepping Back from the Brink\u201D. " +
                "Kwame Asante signed for Ghana.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void A_given_name_that_is_a_common_word_still_makes_a_name()
        {
            var m = X("Campaign", "Hope Winter and Frank Stone campaigned in the winter for the stone workers. Park Min-seo spoke in the park. " +
                "The company Tomas Kral founded grew.");
            Assert.Contains("Hope Winter", People(m));
            Assert.Contains("Frank Stone", People(m));
            Assert.Contains("Park Min-seo", People(m));
            Assert.Contains("Tomas Kral", People(m));
        }

        [Fact]
        public void Examples_of_organisations_are_not_people()
        {
            var m = X("Land deals", "The report named private groups, such as Keren Tikvat and Ohel Ramot, that bought land. Kwame Asante denied it.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void A_titles_of_complement_stays_with_the_title()
        {
            var m = X("Visit", "The premier of New Avalon Gregory Dunn met the Minister of Agriculture Tomas Kral in the capital.");
            Assert.Equal(new[] { "Gregory Dunn", "Tomas Kral" }, People(m).OrderBy(x => x).ToArray());
            Assert.Equal("premier of New Avalon", Assert.Single(m.People, p => p.Name == "Gregory Dunn").Role);
            Assert.Equal("Minister of Agriculture", Assert.Single(m.People, p => p.Name == "Tomas Kral").Role);
        }

        [Fact]
        public void Dates_and_weekdays_are_never_part_of_a_role()
        {
            var m = X("Visit", "This Friday Dutch Foreign Minister Pieter Vos met the press.");
            Assert.Equal("Dutch Foreign Minister", Assert.Single(m.People, p => p.Name == "Pieter Vos").Role);
        }

        [Fact]
        public void A_possessive_ends_a_name()
        {
            var m = X("Envoy", "Kwame Asante met Okafor's Special Presidential Envoy Marta Lindqvist in Accra.");
            Assert.Equal(new[] { "Kwame Asante", "Marta Lindqvist" }, People(m).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void A_lexicon_person_written_two_ways_is_one_person()
        {
            var m = X("Visit", "Vice President Pence met Kwame Asante. President Lula arrived later; Luiz In\u00E1cio Lula da Silva spoke first.");
            Assert.Contains("Mike Pence", People(m));
            Assert.Single(m.People, p => p.Name == "Luiz In\u00E1cio Lula da Silva");
        }

        [Fact]
        public void A_name_phrase_that_goes_on_with_a_thing_word_is_no_person()
        {
            var m = X("Health law", "The Granite Care Act passed. Doctors at Millbrook Naval Hospital and researchers at the Institute for Coastal " +
                "Impact Research backed it, as did Redstone Energy, Hollis Partners and the Tamworth Morning Show. Kwame Asante moved to Fort Darlow.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
        }

        [Fact]
        public void A_sentence_opener_written_in_lower_case_elsewhere_is_no_given_name()
        {
            var m = X("Questions", "Kwame Asante spoke on Monday. Did Asante mislead the panel? He said he did not. Will Oduya said he believed him.");
            Assert.DoesNotContain("Did Asante", People(m));
            Assert.Contains("Kwame Asante", People(m));
            Assert.Contains("Will Oduya", People(m));
        }

        [Fact]
        public void Common_words_around_a_known_surname_are_no_new_person()
        {
            var m = X("Rally", "Crowds chanted \u201CStop Merkel\u201D, waved \u201CMerkel Victory\u201D signs and read \u201CWhatever Happened\u201D. Angela Merkel spoke.");
            Assert.Equal(new[] { "Angela Merkel" }, People(m));
        }

        [Fact]
        public void Cut_names_compounds_and_plural_titles_are_no_people()
        {
            var m = X("Lawsuit", "The Coastal Protection Agency\u2019s rules and the 1998 Crime Bill were cited. Brothers Piotr K. and Marek J. Nowicki, " +
                "an Oxford-trained economist and the Trans-Caspian Partnership were named. Senators Gregory Dunn and Tomas Kral objected.");
            Assert.Equal(new[] { "Gregory Dunn", "Marek J. Nowicki", "Tomas Kral" }, People(m).OrderBy(x => x).ToArray());
        }

        [Theory]
        // a conjunction after a name, a place, an institution or a pronoun ends the role written before the name
        [InlineData("The talks between Parliament and President Kwame Asante began.", "Kwame Asante", "President")]
        [InlineData("Senator Piotr Nowak of Ohio and Senator Kwame Asante objected.", "Kwame Asante", "Senator")]
        [InlineData("The former governor and Kwame Asante objected.", "Kwame Asante", null)]
        // an office's own "and" stays in the role
        [InlineData("Minister of Fisheries and Agriculture Kwame Asante objected.", "Kwame Asante", "Minister of Fisheries and Agriculture")]
        [InlineData("Party leader and Prime Minister Kwame Asante objected.", "Kwame Asante", "Party leader and Prime Minister")]
        // an apposition ends at the clause after it, and a list of more people is none
        [InlineData("The plan was backed by Kwame Asante, the former trade minister who resigned in May.", "Kwame Asante", "former trade minister")]
        [InlineData("The question for Kwame Asante, Piotr Nowak and Tomas Kral is whether the senator will run.", "Kwame Asante", null)]
        [InlineData("The plan was backed by Kwame Asante, President Nowak and others.", "Kwame Asante", null)]
        [InlineData("Kwame Asante, Ghana's former Foreign Minister, arrived.", "Kwame Asante", "Ghana's former Foreign Minister")]
        // an honorific before the name is no part of the role
        [InlineData("Ghana's Emir Sheikh Kwame Asante arrived.", "Kwame Asante", "Ghana's Emir")]
        [InlineData("The Ghanaian envoy Sir Kwame Asante arrived.", "Kwame Asante", "Ghanaian envoy")]
        public void A_role_is_next_to_the_name_and_stops_at_a_conjunction_or_clause(string body, string name, string? role) =>
            Assert.Equal(role, Assert.Single(X("Talks", body).People, p => p.Name == name).Role);

        [Fact]
        public void A_lexicon_name_is_a_name_even_with_a_word_ruled_out_of_names()
        {
            var m = X("Visit", "UN chief Ban Ki-moon arrived in Doha on Monday. Ban urged both sides to stop. The ban on flights stays.");
            Assert.Equal(new[] { "Ban Ki-moon" }, People(m));
        }

        [Fact]
        public void Storms_spacecraft_festivals_films_and_companies_are_not_people()
        {
            var m = X("Storm season", "Tropical Storm Olga and Hurricane Bertil hit the coast while the Keppler Space Telescope and the Vesta " +
                "Reconnaissance Orbiter watched. The Bramley Folk Festival and the Ostend Grand Prix were cancelled, the film Silver Harbour " +
                "opened and General Dynamics lost a contract at Seaview Beach. Pope Clement XIV and Kwame Asante said nothing. Results show Tomas Kral ahead.");
            Assert.Equal(new[] { "Clement XIV", "Kwame Asante", "Tomas Kral" }, People(m).OrderBy(x => x).ToArray());
        }

        [Fact]
        public void Parties_and_armed_groups_of_the_world_are_organisations()
        {
            var m = X("Election", "Sinn Féin, Fianna Fáil and Golden Dawn lost seats while Jemaah Islamiyah and the Muslim Brotherhood were banned. Kwame Asante won.");
            Assert.Equal(new[] { "Kwame Asante" }, People(m));
            Assert.Contains(m.Organizations, o => o.Name == "Sinn Féin");
            Assert.Contains(m.Organizations, o => o.Name == "Jemaah Islamiyah");
        }

        [Fact]
        public void The_lexicon_knows_the_world()
        {
            var lx = Lexicon.Lexicon.Default;
            Assert.True(lx.Countries.Count >= 193, $"{lx.Countries.Count} countries");
            foreach (var c in new[] { "Brazil", "Mexico", "Egypt", "Saudi Arabia", "Australia", "South Korea", "Uruguay", "Tuvalu" })
                Assert.Contains(lx.Countries, x => x.Name == c);
            int cities = lx.Countries.Count(c => c.Capital != null) + lx.Places.Count(p => p.Kind == PlaceKindModel.City);
            Assert.True(cities >= 500, $"{cities} capitals and cities");
            Assert.Contains(lx.Places, p => p.Name == "Montevideo" || p.Aliases.Contains("Montevideo")
                || lx.Countries.Any(c => c.Capital == "Montevideo"));
            foreach (var o in new[] { "African Union", "Arab League", "Mercosur", "World Health Organization", "State Department" })
                Assert.Contains(lx.Organizations, x => x.Name == o);
            Assert.DoesNotContain(lx.Places.SelectMany(p => p.Aliases), a => a.StartsWith("the ", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_user_lexicon_extends_the_word_lists()
        {
            var body = "Kwame Asante met Lorem Ipsum in Accra.";
            Assert.Contains("Lorem Ipsum", People(X("Visit", body)));
            var (lex, diags) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seedgen.yaml", "words:\n  not_name: [Lorem]\n") });
            Assert.Empty(diags);
            var m = ArticleExtractor.Extract("seeds/t.txt", "Visit\n\n" + body + "\n", lex);
            Assert.DoesNotContain("Lorem Ipsum", m.People.Select(p => p.Name));
            Assert.Contains("Kwame Asante", m.People.Select(p => p.Name));
        }

        [Fact]
        public void Bad_word_lists_are_diagnostics()
        {
            var (_, diags) = Lexicon.Lexicon.Create(new[] { new LexiconFile("seedgen.yaml", "words: [a, b]\n") });
            Assert.Contains(diags, d => d.Message.Contains("'words' must be a mapping"));
        }

        [Theory]
        [InlineData("Farmers along the Amu Darya asked for more water.")]
        [InlineData("The talks on the Kura Basin ended late.")]
        [InlineData("Traders crossed the Rio Verde at dawn.")]
        public void A_capitalised_run_after_the_article_the_names_a_thing_not_a_person(string body) =>
            Assert.Empty(People(X("Water talks", body)));

        [Fact]
        public void A_given_name_or_a_title_after_the_article_keeps_its_person()
        {
            Assert.Contains("Kwame Asante", People(X("Campaign", "Kwame Asante spoke in Ohio. Reporters followed the Kwame Asante campaign to Ohio.")));
            Assert.Contains("Greta Lindqvist", People(X("Press conference", "Reporters met the Chancellor Greta Lindqvist in Oslo.")));
        }

        [Fact]
        public void A_lexicon_persons_one_word_alias_is_that_person_once_named_in_full()
        {
            // the lexicon's "Xi" for Xi Jinping (his family name first, two letters): the speaker of the quote
            var a = X("Visit", "Chinese President Xi Jinping arrived in Lima on Monday.\n\n\u201cWe will build bridges,\u201d Xi said.");
            Assert.Equal("Xi Jinping", Assert.Single(a.Statements).Speaker);
            // not named in full: no one
            Assert.DoesNotContain(X("Visit", "\u201cWe will build bridges,\u201d Xi said.").Statements, s => s.Speaker == "Xi Jinping");
        }
    }
}
