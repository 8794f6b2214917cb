using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Naming
{
    /// <summary>
    /// Names stay: a member's name depends only on its own record and on the records that want the same base name. Over
    /// random corpora built to collide (few titles, events, quotes and speakers, so most base names are wanted twice):
    /// order never matters; adding an article renames an existing member only when it collides with it (or merges into
    /// its event), and then an SG0304 is reported at the added article; a name never comes to denote another record.
    /// </summary>
    public class NameStabilityTests
    {
        private static readonly string[] Titles = { "Minsk talks", "Minsk talks", "Riga forum opens", "Summit", "Class", "Minsk Talks!" };
        private static readonly DateValue[] Dates = { DateValue.None, new(2019, 10, 8), new(2019, 10, 9) };
        private static readonly (string Name, int Year, string? Place)[] Events =
        {
            ("Minsk Dialogue", 2019, "Minsk"), ("Minsk Dialogue", 2020, "Minsk"), ("Riga Security Forum", 2019, "Riga"),
            ("Riga Security Forum", 2019, "Vilnius"), ("Talks in Minsk", 2019, null), ("Talks on Minsk", 2019, null), ("Summit", 0, null),
        };
        private static readonly string[] Quotes = { "We are ready to host talks", "We are ready to host the talks", "Peace matters here", "We are ready to host talks" };
        private static readonly string?[] Speakers = { "Jan Novak", "Anna Example", null };

        /// <summary>An article built from numbers (FsCheck varies the numbers; the same numbers give the same article).</summary>
        private static ArticleModel Article(string file, IReadOnlyList<int> n)
        {
            int At(int i) => n.Count == 0 ? 0 : Math.Abs(n[i % n.Count]);
            var events = new List<EventModel>();
            for (int i = 0; i < At(0) % 3; i++)
            {
                var (name, year, place) = Events[At(1 + i) % Events.Length];
                if (events.Any(e => e.Name == name)) continue;
                events.Add(new EventModel(name, EventKindModel.Meeting, year == 0 ? DateValue.None : new DateValue(year, 10, 7), DateValue.None, place,
                    EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray.Create(new SourceSpan(i, 1, 1 + i, 1))));
            }
            var statements = new List<StatementModel>();
            for (int i = 0; i < At(4) % 4; i++)
            {
                string? speaker = Speakers[At(5 + i) % Speakers.Length];
                string? ev = events.Count > 0 && At(8 + i) % 2 == 0 ? events[At(9 + i) % events.Count].Name : null;
                statements.Add(new StatementModel(StatementKindModel.Direct, Quotes[At(6 + i) % Quotes.Length], speaker, speaker, ev, new SourceSpan(10 + i, 1, 3 + i, 1)));
            }
            var people = statements.Where(s => s.Speaker != null).Select(s => s.Speaker!).Distinct().Select(s => new PersonModel(s, EquatableArray<string>.Empty, null, null));
            return new ArticleModel(file, Titles[At(2) % Titles.Length], Dates[At(3) % Dates.Length], null, null,
                events.ToEquatableArray(), statements.ToEquatableArray(), people.ToEquatableArray(),
                EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);
        }

        private static List<ArticleModel> Corpus(int[][] numbers) =>
            numbers.Take(8).Select((n, i) => Article("seeds/" + (char)('a' + (Math.Abs(n.FirstOrDefault()) + i * 7) % 26) + i + ".txt", n)).ToList();

        private static Arbitrary<int[][]> Corpora() =>
            Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 1000))).Where(a => a.Length > 0).ToArbitrary();

        /// <summary>Every generated name with what it denotes: a record of its own (file, index), stable whatever the corpus.</summary>
        private static Dictionary<string, HashSet<string>> Denotations(CorpusModel c)
        {
            var d = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            void Add(string name, string what) { if (!d.TryGetValue(name, out var s)) d[name] = s = new HashSet<string>(StringComparer.Ordinal); s.Add(what); }
            foreach (var a in c.Articles)
            {
                Add("Articles." + a.Id, a.File);
                for (int k = 0; k < a.Statements.Count; k++) Add("Statements." + a.Statements[k].Id, a.File + "#" + k);
            }
            foreach (var e in c.Events) foreach (var s in e.Sources) Add("Events." + e.Id, s.File + "@" + s.Span.Offset);
            foreach (var p in c.People) Add("People." + p.Id, p.Name);
            return d;
        }

        [Property(MaxTest = 200)]
        public Property Names_do_not_depend_on_article_order() =>
            Prop.ForAll(Corpora(), numbers =>
            {
                var corpus = Corpus(numbers);
                var a = CorpusBuilder.Build(corpus);
                var b = CorpusBuilder.Build(Enumerable.Reverse(corpus).ToList());
                var c = CorpusBuilder.Build(corpus.Skip(1).Concat(corpus.Take(1)).ToList());
                return (a == b && a == c).Label("the corpus differs when the articles come in another order");
            });

        [Property(MaxTest = 300)]
        public Property Adding_an_article_renames_only_what_it_collides_with_and_says_so() =>
            Prop.ForAll(Corpora(), Gen.ArrayOf(Gen.Choose(0, 1000)).ToArbitrary(), Gen.Elements("seeds/0first.txt", "seeds/mmm.txt", "seeds/zzz.txt").ToArbitrary(), (numbers, extra, file) =>
            {
                var problems = AddingProblems(numbers, extra, file);
                return (problems.Count == 0).Label(string.Join("; ", problems));
            });

        /// <summary>Found by the property above (FsCheck seed 7013513289330822102,10950215956505337719,16): three statements
        /// of one article want one name and one of them is told apart by its event; an added article's statement at the same
        /// event takes that attribute away. The one that loses it must not take the ordinal name another statement had.</summary>
        [Fact]
        public void A_member_that_loses_its_attribute_does_not_take_another_members_ordinal_name()
        {
            var problems = AddingProblems(new[] { new[] { 631, 28 }, Array.Empty<int>(), new[] { 677 } },
                new[] { 532, 259, 585, 353, 585, 985, 589, 434, 618, 721, 566, 219, 456, 243, 927 }, "seeds/mmm.txt");
            Assert.Empty(problems);
        }

        private static List<string> AddingProblems(int[][] numbers, int[] extra, string file)
        {
                var corpus = Corpus(numbers).Where(x => x.File != file).ToList();
                var added = Article(file, extra);
                var before = Denotations(CorpusBuilder.Build(corpus));
                var afterCorpus = CorpusBuilder.Build(corpus.Append(added).ToList());
                var after = Denotations(afterCorpus);
                bool toldAtAdded = afterCorpus.Diagnostics.Any(d => d.Id == DiagnosticIds.NameDependsOnOtherArticle && d.File == file);
                var problems = new List<string>();
                foreach (var (name, what) in before)
                {
                    if (after.TryGetValue(name, out var now))
                    {
                        // the name still denotes what it denoted (an event may gain the added article's mention by merging)
                        if (!what.IsSubsetOf(now)) problems.Add(name + " now denotes another record");
                        continue;
                    }
                    bool merged = name.StartsWith("Events.", StringComparison.Ordinal)
                        && afterCorpus.Events.Any(e => e.ArticleFiles.Contains(file) && e.Sources.Any(s => what.Contains(s.File + "@" + s.Span.Offset)));
                    if (!toldAtAdded && !merged) problems.Add(name + " was renamed without an SG0304 at " + file);
                }
                return problems;
        }

        [Property(MaxTest = 200)]
        public Property Removing_an_unrelated_article_renames_nothing() =>
            Prop.ForAll(Corpora(), numbers =>
            {
                var corpus = Corpus(numbers);
                if (corpus.Count < 2) return true.ToProperty();
                var full = CorpusBuilder.Build(corpus);
                var removed = corpus[corpus.Count - 1];
                // only when the removed article shares no SG0304 (no collision) with the others is nothing allowed to move
                if (full.Diagnostics.Any(d => d.Id == DiagnosticIds.NameDependsOnOtherArticle && d.File == removed.File)) return true.ToProperty();
                if (full.Events.Any(e => e.ArticleFiles.Contains(removed.File) && e.ArticleFiles.Count > 1)) return true.ToProperty();
                var before = Denotations(full);
                var after = Denotations(CorpusBuilder.Build(corpus.Take(corpus.Count - 1).ToList()));
                var lost = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
                return (lost.Count == 0).Label("new names after removing " + removed.File + ": " + string.Join(", ", lost));
            });

        [Fact]
        public void The_issue_case_an_earlier_article_with_the_same_statement_and_event_is_told_and_both_are_named_by_their_own_attributes()
        {
            var later = Article2("seeds/005_later.txt", "Minsk Dialogue opens again", ("Riga Security Forum", 2019, "Riga"), "We are ready to host talks", "Jan Novak");
            var first = Article2("seeds/aaa_first.txt", "Another report", ("Riga Security Forum", 2019, "Vilnius"), "We are ready to host talks", "Jan Novak");
            var alone = CorpusBuilder.Build(new[] { later });
            Assert.Equal("NovakReadyHostTalks", alone.Articles.Single().Statements.Single().Id);
            Assert.Equal("RigaSecurityForum2019", alone.Events.Single().Id);

            var both = CorpusBuilder.Build(new[] { later, first });
            var stmts = both.Articles.SelectMany(a => a.Statements.Select(s => (a.File, s.Id))).ToList();
            // neither keeps the bare name (so no name silently comes to mean another record), each is named by its own file
            Assert.Equal(new[] { ("seeds/005_later.txt", "NovakReadyHostTalks005Later"), ("seeds/aaa_first.txt", "NovakReadyHostTalksAaaFirst") },
                stmts.OrderBy(x => x.File, StringComparer.Ordinal).ToArray());
            if (both.Events.Count == 2) // not merged (different places): each by its own place
                Assert.Equal(new[] { "RigaSecurityForum2019Riga", "RigaSecurityForum2019Vilnius" }, both.Events.Select(e => e.Id).OrderBy(x => x, StringComparer.Ordinal).ToArray());
            // and the article that caused it is told, as info
            Assert.Contains(both.Diagnostics, d => d.Id == DiagnosticIds.NameDependsOnOtherArticle && d.File == "seeds/aaa_first.txt" && d.Severity == DiagnosticSeverityModel.Info
                && d.Message.Contains("NovakReadyHostTalks", StringComparison.Ordinal));
            // whichever order the articles come in
            Assert.Equal(both, CorpusBuilder.Build(new[] { first, later }));
        }

        [Fact]
        public void An_unrelated_article_that_sorts_first_renames_nothing_even_with_a_statement_and_an_event()
        {
            var later = Article2("seeds/005_later.txt", "Minsk Dialogue opens again", ("Riga Security Forum", 2019, "Riga"), "We are ready to host talks", "Jan Novak");
            var first = Article2("seeds/aaa_first.txt", "Another report", ("Summit of the Baltic states", 2019, "Vilnius"), "Peace matters here", "Anna Example");
            var alone = Denotations(CorpusBuilder.Build(new[] { later }));
            var both = CorpusBuilder.Build(new[] { first, later });
            foreach (var name in alone.Keys) Assert.True(Denotations(both).ContainsKey(name), name + " was renamed");
            Assert.DoesNotContain(both.Diagnostics, d => d.Id == DiagnosticIds.NameDependsOnOtherArticle);
        }

        [Fact]
        public void A_fuller_name_of_a_person_is_told_at_the_article_that_gives_it()
        {
            var a = Article2("seeds/a.txt", "One", null, "We are ready to host talks", "Makei");
            var b = Article2("seeds/b.txt", "Two", null, "Peace matters here", "Vladimir Makei");
            var c = CorpusBuilder.Build(new[] { a, b });
            if (c.People.Count != 1) return; // the merger did not join them: then nothing was renamed
            Assert.Equal("VladimirMakei", c.People.Single().Id);
            var d = Assert.Single(c.Diagnostics, x => x.Id == DiagnosticIds.NameDependsOnOtherArticle);
            Assert.Equal(("seeds/b.txt", DiagnosticSeverityModel.Info), (d.File, d.Severity));
            Assert.Contains("fuller name 'Vladimir Makei'", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Stable_names_depend_only_on_the_collision_group()
        {
            NameRequest R(string b, string key, params string?[] q) => new(b, q, key);
            var one = StableNames.Assign(new[] { R("A", "1", "Riga"), R("B", "2") }, Array.Empty<string>(), out var none);
            Assert.Equal(new[] { "A", "B" }, one);
            Assert.Empty(none);
            var two = StableNames.Assign(new[] { R("A", "1", "Riga"), R("B", "2"), R("A", "0", "Minsk") }, Array.Empty<string>(), out var c);
            Assert.Equal(new[] { "ARiga", "B", "AMinsk" }, two);
            Assert.Equal(new[] { 0, 2 }, Assert.Single(c).Members);
            // a third member with an unrelated place keeps the first two names
            var three = StableNames.Assign(new[] { R("A", "1", "Riga"), R("B", "2"), R("A", "0", "Minsk"), R("A", "9", "Oslo") }, Array.Empty<string>(), out _);
            Assert.Equal(new[] { "ARiga", "B", "AMinsk", "AOslo" }, three);
            // members no attribute tells apart: ordinals in the order of their own keys, not of the input, among those that
            // share their last attribute (their file), so another file's members never shift them
            Assert.Equal(new[] { "A2", "A1" }, StableNames.Assign(new[] { R("A", "k2"), R("A", "k1") }, Array.Empty<string>(), out _));
            Assert.Equal(new[] { "AF2", "AF1", "AE1", "AE2" }, StableNames.Assign(new[] { R("A", "f2", "f"), R("A", "f1", "f"), R("A", "e1", "e"), R("A", "e2", "e") }, Array.Empty<string>(), out _));
            // reserved names are never bare
            Assert.Equal(new[] { "AllRiga" }, StableNames.Assign(new[] { R("All", "1", "Riga") }, new[] { "All" }, out _));
            // a qualified name never takes another record's bare name
            Assert.Equal(new[] { "ARiga", "ARiga1", "ARiga2" }, StableNames.Assign(new[] { R("ARiga", "1"), R("A", "2", "Riga"), R("A", "3", "Riga") }, Array.Empty<string>(), out _).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Property(MaxTest = 300)]
        public Property Deciding_only_the_colliding_requests_names_them_as_the_whole_scope_does() =>
            // the corpus's naming hands StableNames only the requests whose base is wanted twice or reserved (an edit then costs
            // a count per request); with the whole scope's bases to check against, every name is the one the whole scope gives
            Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 60)).ToArbitrary(), numbers =>
            {
                string[] bases = { "A", "ARiga", "AMinsk", "B", "BOslo", "All", "A1", "AF1", "C" };
                string?[] places = { null, "Riga", "Minsk", "Oslo", "riga" };
                string[] files = { "f", "e", "F" };
                var requests = numbers.Select((n, i) => new NameRequest(bases[n % bases.Length], new[] { places[n / 9 % places.Length], files[n / 3 % files.Length] },
                    "k" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))).ToList();
                var reserved = new[] { "All" };
                var whole = StableNames.Assign(requests, reserved, out var wholeCollisions);
                var counts = requests.GroupBy(r => r.Base, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
                var picked = Enumerable.Range(0, requests.Count).Where(i => counts[requests[i].Base] > 1 || reserved.Contains(requests[i].Base, StringComparer.OrdinalIgnoreCase)).ToList();
                var part = StableNames.Assign(picked.Select(i => requests[i]).ToList(), reserved, counts.ContainsKey, out var partCollisions);
                bool same = picked.Select((i, k) => whole[i] == part[k]).All(x => x)
                    && Enumerable.Range(0, requests.Count).Except(picked).All(i => whole[i] == requests[i].Base)
                    && wholeCollisions.Select(c => c.Base + ":" + string.Join(",", c.Names)).SequenceEqual(partCollisions.Select(c => c.Base + ":" + string.Join(",", c.Names)));
                return same.Label(string.Join(" ", whole) + " vs " + string.Join(" ", part));
            });

        [Property(MaxTest = 500)]
        public Property The_naming_step_tells_a_surname_without_splitting_as_LastName_does() =>
            // the corpus's naming compares each statement's speaker with the corpus's spelling of that person for every article
            // on every edit, so it compares in place; it must agree with LastName everywhere (spaces anywhere, empty names)
            Prop.ForAll(Gen.ArrayOf(Gen.Elements("", " ", "  ", "Ann", "Lee", "Le", "e", "Ann Lee", "Lee ")).ToArbitrary(), Gen.Elements<string?>(null, "", "Lee", "Le", "Ann", " ", "Ann Lee").ToArbitrary(), (parts, surname) =>
            {
                string name = string.Concat(parts);
                bool expected = surname != null && CorpusBuilder.LastName(name) == surname;
                return (CorpusBuilder.LastNameIs(name, surname) == expected).Label("'" + name + "' / '" + surname + "'");
            });

        [Fact]
        public void Identifiers_survive_lone_surrogates_and_noncharacters()
        {
            Assert.Equal("HalfPair", Identifiers.ToPascalCase("half \uD800 pair"));
            Assert.Equal("AB", Identifiers.ToPascalCase("a\uDC00b\uFFFE\uFFFF"));
            Assert.Equal("Item", Identifiers.ToPascalCase("\uD800"));
        }

        [Theory]
        [InlineData("Hugo Ch\u00E1vez", "HugoChavez")]
        [InlineData("Recep Tayyip Erdo\u011Fan", "RecepTayyipErdogan")]
        [InlineData("Nguy\u1EC5n Ph\u00FA Tr\u1ECDng", "NguyenPhuTrong")]
        [InlineData("\u0141ukasz Wa\u0142\u0119sa", "LukaszWalesa")]
        [InlineData("Ca\u0301lin", "Calin")] // a combining accent written apart
        [InlineData("Ant\u00F3nio Costa", "AntonioCosta")]
        public void Member_names_fold_Latin_diacritics_from_fixed_tables_the_same_on_every_host(string name, string expected)
        {
            // the test process runs with invariant globalisation (Directory.Build.props), where the runtime's Unicode
            // normalisation decomposes nothing: these fold only because the tables do it, as a build with ICU did before
            Assert.Equal(expected, Identifiers.ToPascalCase(name));
        }

        [Fact]
        public void Every_folded_Latin_letter_is_a_Latin_letter_and_case_is_kept()
        {
            for (char c = '\u00C0'; c <= '\u024F'; c++)
            {
                string f = Identifiers.Fold(c.ToString());
                Assert.Equal(1, f.Length);
                Assert.True(char.IsLetter(f[0]) || f[0] == c, ((int)c).ToString("X4"));
                if (f[0] != c && char.IsUpper(c)) Assert.True(char.IsUpper(f[0]), ((int)c).ToString("X4"));
            }
        }

        private static ArticleModel Article2(string file, string title, (string Name, int Year, string Place)? ev, string quote, string speaker)
        {
            var events = ev is { } e
                ? EquatableArray.Create(new EventModel(e.Name, EventKindModel.Meeting, new DateValue(e.Year, 10, 7), DateValue.None, e.Place,
                    EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray.Create(new SourceSpan(0, 1, 1, 1))))
                : EquatableArray<EventModel>.Empty;
            return new ArticleModel(file, title, DateValue.None, null, null, events,
                EquatableArray.Create(new StatementModel(StatementKindModel.Direct, quote, speaker, speaker, ev?.Name, new SourceSpan(5, 1, 2, 1))),
                EquatableArray.Create(new PersonModel(speaker, EquatableArray<string>.Empty, null, null)),
                EquatableArray<PlaceModel>.Empty, EquatableArray<OrganizationModel>.Empty, EquatableArray<DiagnosticModel>.Empty);
        }
    }
}
