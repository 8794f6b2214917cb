using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;
using SeedGen.Extraction.Time.Parsers;
using SeedGen.Extraction.Time.Refiners;
using Xunit;

namespace SeedGen.Extraction.Tests.Time
{
    /// <summary>One test class per stage of the TIMEX3 recogniser: each is fed its own input and checked alone.</summary>
    public class TimeLexiconTests
    {
        [Fact]
        public void The_built_in_lists_are_read_from_time_yaml()
        {
            var lex = TimeLexicon.Default;
            Assert.Equal(12, lex.Months["december"]);
            Assert.Equal(9, lex.Months["Sept"]);
            Assert.Contains("July", lex.FullMonthNames);
            Assert.DoesNotContain("Oct", lex.FullMonthNames);
            Assert.Equal(DayOfWeek.Friday, lex.Weekdays["friday"]);
            Assert.False(lex.Weekdays.ContainsKey("sun")); // the newspaper
            Assert.Equal("SU", lex.Seasons["summer"]);
            Assert.Equal(TimexGrain.Quarter, lex.Units["quarters"]);
            Assert.Contains(lex.PresentRef, p => p.SequenceEqual(new[] { "now" }));
            Assert.Contains(lex.ModifiersBefore, m => m.Words.SequenceEqual(new[] { "the", "end", "of" }) && m.Mod == "END");
            Assert.Contains("said", lex.ReportingVerbs);
        }

        [Fact]
        public void The_calendar_recognisers_words_are_read_from_its_section_of_time_yaml()
        {
            var cal = TimeLexicon.Default.Calendar;
            Assert.Equal(DayOfWeek.Thursday, cal.Weekdays["Thurs"]);
            Assert.Equal(DayOfWeek.Sunday, cal.Weekdays["sunday"]);
            Assert.Equal(3, cal.Numbers["several"]);
            Assert.Equal(20, cal.Ordinals["twentieth"]);
            Assert.Equal("mo", cal.Units["months"]);
            Assert.Contains("gmt", cal.Zones);
            Assert.Contains("against", cal.AfterDayAlone);
            Assert.Contains("yesterday", cal.StartWords);
            // what the recogniser reads with them
            var m = Assert.Single(DateRecognizer.Recognize("They met on Thurs., 4 May.", new DateValue(2017, 5, 10)));
            Assert.Equal("2017-05-04", m.Start.ToIso());
        }

        [Fact]
        public void A_calendar_abbreviation_of_no_weekday_is_an_error() =>
            Assert.Throws<InvalidOperationException>(() => TimeLexicon.Parse("weekdays: [monday]\ncalendar:\n  weekday_abbreviations: { fri: friday }\n"));

        [Fact]
        public void An_unknown_key_is_an_error_not_silence() =>
            Assert.Throws<InvalidOperationException>(() => TimeLexicon.Parse("months: [[january]]\nmonhts: []\n"));

        [Fact]
        public void The_embedded_file_is_not_read_as_a_people_and_places_lexicon()
        {
            var (_, diagnostics) = SeedGen.Extraction.Lexicon.Lexicon.Create(Array.Empty<SeedGen.Extraction.Lexicon.LexiconFile>());
            Assert.Empty(diagnostics);
        }
    }

    public class TimexTokenizerTests
    {
        [Fact]
        public void A_possessive_is_a_token_of_its_own()
        {
            var t = TimexTokenizer.Tokenize("Friday's vote, o'clock, 1990s");
            Assert.Equal(new[] { "Friday", "'s", "vote", ",", "o'clock", ",", "1990", "s" }, t.Select(x => x.Text).ToArray());
            Assert.Equal(6, t[1].Offset);
        }

        [Fact]
        public void Typographic_apostrophes_and_odd_input_do_not_break_it()
        {
            Assert.Equal("'s", TimexTokenizer.Tokenize("Friday\u2019s")[1].Text);
            foreach (var s in new[] { "", "'", "'s", "\uD800", new string('9', 100), "a's'" }) _ = TimexTokenizer.Tokenize(s);
        }
    }

    public class TenseReaderTests
    {
        private static int DirectionOf(string text, string word)
        {
            var c = new TimexContext(text, new DateValue(2013, 3, 18), TimeLexicon.Default);
            TenseReader.Read(c);
            int i = c.Tokens.FindIndex(t => t.Text == word);
            return c.Direction[i];
        }

        [Theory]
        [InlineData("The minister resigned Thursday.", -1)]
        [InlineData("The council will vote Thursday.", 1)]
        [InlineData("Police said Thursday.", -1)] // next to a reporting verb: its tense
        [InlineData("\"We will expand our core business,\" the chief executive said Thursday.", -1)]
        [InlineData("Police say Thursday is likely.", 0)]
        [InlineData("The company will, according to a filing with regulators in the capital city, pay the debt Thursday.", 0)] // beyond the reach of "will"
        [InlineData("The game will be replayed Thursday.", 1)]
        [InlineData("The meeting is Thursday.", 0)]
        public void A_token_takes_the_nearest_cue_of_its_sentence(string text, int expected) => Assert.Equal(expected, DirectionOf(text, "Thursday"));

        [Theory]
        [InlineData("The trade fair opens Thursday.", 1)]
        [InlineData("Her tour of the region begins on Thursday.", 1)]
        [InlineData("The envoy arrives in Quito Thursday.", 1)]
        [InlineData("The strike kicks off Thursday.", 1)]
        [InlineData("The trade fair opened Thursday.", -1)]
        [InlineData("The talks on Thursday were useful.", -1)] // "talks" is a noun here, and no timetable verb
        public void The_simple_present_of_a_timetable_speaks_of_the_future(string text, int expected) => Assert.Equal(expected, DirectionOf(text, "Thursday"));

        [Theory]
        [InlineData("The governor, who will be sworn in on Thursday, had won the runoff.", 1)]
        [InlineData("Voters rejected the proposal in a referendum on Thursday, and the mayor said he would resign.", -1)]
        // no cue in its own clause: the nearest of the sentence
        [InlineData("On Thursday, the mayor will resign.", 1)]
        public void The_cue_of_a_tokens_own_clause_comes_first(string text, int expected) => Assert.Equal(expected, DirectionOf(text, "Thursday"));

        [Theory]
        [InlineData("The board will hold a hearing Thursday, chaired by the judge.", 1)]
        [InlineData("The board will hold a hearing Thursday led by the judge.", 1)]
        [InlineData("Shares jumped by 5 percent Thursday.", -1)]
        public void A_participle_before_its_agent_is_no_past_tense(string text, int expected) => Assert.Equal(expected, DirectionOf(text, "Thursday"));

        [Fact]
        public void A_sentence_boundary_stops_a_cue() => Assert.Equal(0, DirectionOf("It will rain. Thursday is the day.", "Thursday"));

        [Fact]
        public void An_abbreviation_does_not_end_a_sentence() => Assert.Equal(1, DirectionOf("Mr. Smith will speak Thursday.", "Thursday"));
    }

    public class TimexCalendarTests
    {
        private static DateTime D(int y, int m, int d) => new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);

        [Fact]
        public void Iso_weeks()
        {
            Assert.Equal((2013, 12), TimexCalendar.IsoWeek(D(2013, 3, 18)));
            Assert.Equal((2009, 53), TimexCalendar.IsoWeek(D(2010, 1, 3)));
            Assert.Equal((2015, 1), TimexCalendar.IsoWeek(D(2014, 12, 29)));
            Assert.Equal("2013-W12-WE", TimexCalendar.Weekend(D(2013, 3, 23)));
        }

        [Fact]
        public void Weekdays_by_direction()
        {
            var monday = D(2013, 3, 18);
            Assert.Equal(D(2013, 3, 14), TimexCalendar.Weekday(monday, DayOfWeek.Thursday, -1));
            Assert.Equal(D(2013, 3, 14), TimexCalendar.Weekday(monday, DayOfWeek.Thursday, 0));
            Assert.Equal(D(2013, 3, 21), TimexCalendar.Weekday(monday, DayOfWeek.Thursday, 1));
            Assert.Equal(monday, TimexCalendar.Weekday(monday, DayOfWeek.Monday, -1));
            Assert.Equal(D(2013, 3, 11), TimexCalendar.RelativeWeekday(monday, DayOfWeek.Monday, -1));
            Assert.Equal(D(2013, 3, 22), TimexCalendar.RelativeWeekday(monday, DayOfWeek.Friday, 0));
        }

        [Theory]
        [InlineData(2013, 10, 3, 0, 2013)]
        [InlineData(2013, 11, 1, 0, 2014)]
        [InlineData(2013, 11, 1, -1, 2013)]
        [InlineData(2014, 1, 10, 0, 2013)]
        [InlineData(2013, 11, 1, 1, 2014)]
        [InlineData(2013, 3, 11, -1, 2012)]
        [InlineData(2013, 3, 5, -1, 2013)]
        [InlineData(2013, 3, 9, 0, 2012)]
        [InlineData(2013, 3, 8, 0, 2013)]
        public void The_year_of_a_month(int ay, int am, int month, int direction, int expected) =>
            Assert.Equal(expected, TimexCalendar.YearOfMonth(ay, am, month, direction));

        [Theory]
        [InlineData(10, 3, 0, 2013)]
        [InlineData(3, 4, -1, 2012)]
        [InlineData(11, 1, 1, 2014)]
        [InlineData(11, 3, 1, 2013)]
        public void The_year_of_a_quarter(int am, int q, int direction, int expected) =>
            Assert.Equal(expected, TimexCalendar.YearOfQuarter(2013, am, q, direction));

        [Theory]
        [InlineData(10, "SU", -1, 0, false, 2013)]
        [InlineData(10, "WI", -1, 0, false, 2012)]
        [InlineData(3, "SU", 1, 0, false, 2013)]
        [InlineData(10, "SU", 1, 0, false, 2014)]
        [InlineData(3, "SU", 0, 0, true, 2013)]
        [InlineData(1, "WI", 0, -1, false, 2012)]
        public void The_year_of_a_season(int am, string code, int sign, int direction, bool thisWritten, int expected) =>
            Assert.Equal(expected, TimexCalendar.YearOfSeason(2013, am, code, sign, direction, thisWritten));

        [Fact]
        public void Shifts_and_durations_at_their_grain()
        {
            var a = D(2013, 3, 18);
            Assert.Equal("2012-Q4", TimexCalendar.Shift(a, TimexGrain.Quarter, -1));
            Assert.Equal("2012-10", TimexCalendar.Shift(a, TimexGrain.Month, -5));
            Assert.Equal("2013-W11", TimexCalendar.Shift(a, TimexGrain.Week, -1));
            Assert.Equal("200", TimexCalendar.Shift(a, TimexGrain.Decade, -1));
            Assert.Equal("P3M", TimexCalendar.Duration(TimexGrain.Month, 3));
            Assert.Equal("PXY", TimexCalendar.Duration(TimexGrain.Year, 0));
            Assert.Equal("PT4H", TimexCalendar.Duration(TimexGrain.Hour, 4));
        }
    }

    /// <summary>Each parser alone: what it proposes for one sentence, before overlap and refinement.</summary>
    public class TimexParserTests
    {
        private delegate void Parser(TimexContext c, List<TimexCandidate> output);

        private static List<string> Run(Parser p, string text, DateValue anchor)
        {
            var c = new TimexContext(text, anchor, TimeLexicon.Default);
            TenseReader.Read(c);
            var list = new List<TimexCandidate>();
            p(c, list);
            return list.Select(t => text.Substring(c.Start(t), c.End(t) - c.Start(t)) + "=" + t.Value).ToList();
        }

        private static readonly DateValue Monday = new(2013, 3, 18);

        [Fact]
        public void Calendar_takes_written_dates_and_leaves_fractions_and_weekdays() 
        {
            Assert.Contains("Oct. 19=2013-10-19", Run(CalendarParser.Parse, "It will end Oct. 19.", Monday));
            Assert.Contains("Oct. 19=2012-10-19", Run(CalendarParser.Parse, "It ended Oct. 19.", Monday));
            Assert.Empty(Run(CalendarParser.Parse, "It closed at 37 3/4.", Monday));
            Assert.Empty(Run(CalendarParser.Parse, "He left on Friday.", Monday));
            Assert.Equal(new[] { "Aug. 26=2013-08-26", "Oct. 20=2013-10-20" }, Run(CalendarParser.Parse, "from Aug. 26 to Oct. 20", Monday));
        }

        [Fact]
        public void Ref_words_but_not_before_a_quantity()
        {
            Assert.Contains("now=PRESENT_REF", Run(RefParser.Parse, "It is now clear.", Monday));
            Assert.DoesNotContain(Run(RefParser.Parse, "over the past three months", Monday), s => s.StartsWith("the past=", StringComparison.Ordinal));
            Assert.Contains("recent weeks=PAST_REF", Run(RefParser.Parse, "in recent weeks", Monday));
        }

        [Fact]
        public void Relative_days_and_parts_of_day() 
        {
            Assert.Contains("yesterday=2013-03-17", Run(RelativeDayParser.Parse, "It rained yesterday.", Monday));
            Assert.Contains("last night=2013-03-17TNI", Run(RelativeDayParser.Parse, "It rained last night.", Monday));
            Assert.Empty(Run(RelativeDayParser.Parse, "It rained yesterday.", DateValue.None));
        }

        [Fact]
        public void Relative_units_at_their_grain() 
        {
            Assert.Contains("last year=2012", Run(RelativeUnitParser.Parse, "It grew last year.", Monday));
            Assert.Contains("last year=2012", Run(RelativeUnitParser.Parse, "It grew last year.", new DateValue(2013, 0, 0)));
            Assert.Contains("five months ago=2012-10", Run(RelativeUnitParser.Parse, "It shut five months ago.", Monday));
            Assert.Contains("several years ago=PAST_REF", Run(RelativeUnitParser.Parse, "It shut several years ago.", Monday));
            Assert.DoesNotContain(Run(RelativeUnitParser.Parse, "two days before the vote", Monday), s => s.StartsWith("two days before", StringComparison.Ordinal));
        }

        [Fact]
        public void Weekdays_need_their_full_capitalised_name() 
        {
            Assert.Contains("Friday=2013-03-15", Run(WeekdayParser.Parse, "They met Friday.", Monday));
            Assert.Empty(Run(WeekdayParser.Parse, "The Sun and the Sat. edition", Monday));
            Assert.Contains("the weekend=2013-W11-WE", Run(WeekdayParser.Parse, "Crowds gathered over the weekend.", Monday));
        }

        [Fact]
        public void Months_alone_and_may_the_verb() 
        {
            Assert.Contains("March=2013-03", Run(MonthParser.Parse, "It began in March.", Monday));
            Assert.Empty(Run(MonthParser.Parse, "May we ask? They May go.", Monday));
            Assert.Contains("May=2013-05", Run(MonthParser.Parse, "It began in May.", Monday));
        }

        [Fact]
        public void Quarters_halves_and_reference_quarters() 
        {
            Assert.Contains("third-quarter=2012-Q3", Run(QuarterParser.Parse, "Its third-quarter profit was 2012's best. It reported third-quarter net.", new DateValue(2012, 11, 2)).Take(1));
            Assert.Contains("the 1988 second quarter=1988-Q2", Run(QuarterParser.Parse, "up from the 1988 second quarter", Monday));
            Assert.Empty(Run(QuarterParser.Parse, "a third quarter of the shares", Monday));
            Assert.Contains("the latest quarter=", Run(QuarterParser.Parse, "in the latest quarter", Monday)); // completed by the reference refiner
        }

        [Fact]
        public void Seasons_need_a_cue() 
        {
            Assert.Contains("this summer=2013-SU", Run(SeasonParser.Parse, "It opens this summer.", Monday));
            Assert.Contains("summer 1990=1990-SU", Run(SeasonParser.Parse, "It opened in summer 1990.", Monday));
            Assert.Empty(Run(SeasonParser.Parse, "a summer camp", Monday));
        }

        [Fact]
        public void Decades_and_centuries() 
        {
            Assert.Contains("the 1990s=199", Run(DecadeParser.Parse, "in the 1990s", Monday));
            Assert.Contains("'80s=198", Run(DecadeParser.Parse, "in the '80s", Monday).Select(s => s.Replace("the ", "")).ToList());
            Assert.Contains("the twentieth century=19", Run(DecadeParser.Parse, "in the twentieth century", Monday));
        }

        [Fact]
        public void Years_in_noun_phrases_not_counts_or_money() 
        {
            Assert.Contains("1990=1990", Run(YearParser.Parse, "its 1990 invasion", Monday));
            Assert.Contains("fiscal 1989=1989", Run(YearParser.Parse, "in fiscal 1989", Monday));
            Assert.Empty(Run(YearParser.Parse, "$1990 and 1,990 and 1990 shares and No. 1990 and 1990%", Monday));
            Assert.Contains("nineteen eighty-nine=1989", Run(YearParser.Parse, "in nineteen eighty-nine", Monday));
            Assert.Empty(Run(YearParser.Parse, "twenty twenty people", Monday));
        }

        [Fact]
        public void Holidays_by_rule()
        {
            Assert.Contains("Thanksgiving=2013-11-28", Run(HolidayParser.Parse, "after Thanksgiving", new DateValue(2013, 12, 2)));
            Assert.Contains("Good Friday=2016-03-25", Run(HolidayParser.Parse, "on Good Friday", new DateValue(2016, 4, 2)));
            Assert.Empty(Run(HolidayParser.Parse, "a christmas tree", new DateValue(2016, 4, 2)));
            Assert.Equal(new DateTime(2019, 4, 21), HolidayRule.Easter(2019));
        }

        [Fact]
        public void Durations_and_sets() 
        {
            Assert.Contains("two days=P2D", Run(DurationParser.Parse, "for two days", Monday));
            Assert.Contains("the past three months=P3M", Run(DurationParser.Parse, "over the past three months", Monday));
            Assert.Contains("the past year=P1Y", Run(DurationParser.Parse, "over the past year", Monday));
            Assert.Contains("two to three weeks=PXW", Run(DurationParser.Parse, "in two to three weeks", Monday));
            Assert.Contains("annually=P1Y", Run(DurationParser.Parse, "paid annually", Monday));
        }
    }

    /// <summary>The refiners alone, on candidates built by hand.</summary>
    public class TimexRefinerTests
    {
        private static TimexContext Ctx(string text) => new TimexContext(text, new DateValue(2013, 10, 21), TimeLexicon.Default);

        private static int Tok(TimexContext c, string word, int skip = 0) => c.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Text == word).Skip(skip).First().i;

        [Fact]
        public void Overlap_keeps_the_longest_then_the_higher_priority()
        {
            var c = Ctx("a year ago today");
            var list = new List<TimexCandidate>
            {
                new(0, 1, TimexType.Duration, "P1Y", TimexGrain.Year, Priority: 1),
                new(0, 2, TimexType.Date, "2012", TimexGrain.Year, Priority: 2),
                new(3, 3, TimexType.Date, "2013-10-21", TimexGrain.Day, Priority: 2),
                new(3, 3, TimexType.Date, "PRESENT_REF", TimexGrain.Ref, Priority: 1),
            };
            var kept = OverlapResolver.Resolve(c, list);
            Assert.Equal(new[] { "2012", "2013-10-21" }, kept.Select(k => k.Value).ToArray());
        }

        [Fact]
        public void Modifiers_join_the_span()
        {
            var c = Ctx("until the end of March and in the late 1970s and earlier this year");
            var list = new List<TimexCandidate>
            {
                new(Tok(c, "March"), Tok(c, "March"), TimexType.Date, "2013-03", TimexGrain.Month),
                new(Tok(c, "1970"), Tok(c, "s"), TimexType.Date, "197", TimexGrain.Decade),
                new(Tok(c, "this"), Tok(c, "year"), TimexType.Date, "2013", TimexGrain.Year),
            };
            var refined = ModifierRefiner.Refine(c, list);
            Assert.Equal("the", c.Tokens[refined[0].First].Text);
            Assert.Equal("END", refined[0].Mod);
            Assert.Equal(Tok(c, "the", 1), refined[1].First);
            Assert.Equal("earlier", c.Tokens[refined[2].First].Text);
        }

        [Fact]
        public void Span_edges_lose_prepositions_and_a_full_stop_after_a_full_month()
        {
            var c = Ctx("on July. and Oct.");
            var list = new List<TimexCandidate>
            {
                new(0, 2, TimexType.Date, "2013-07", TimexGrain.Month),
                new(4, 5, TimexType.Date, "2013-10", TimexGrain.Month),
            };
            var refined = SpanRefiner.Refine(c, list);
            Assert.Equal((1, 1), (refined[0].First, refined[0].Last));
            Assert.Equal((4, 5), (refined[1].First, refined[1].Last));
        }

        [Fact]
        public void References_take_the_period_last_named()
        {
            var c = Ctx("the second quarter . the quarter . a year earlier");
            var list = new List<TimexCandidate>
            {
                new(0, 2, TimexType.Date, "2013-Q2", TimexGrain.Quarter),
                new(4, 5, TimexType.Date, "", TimexGrain.Quarter, Role: TimexRole.ReferenceQuarter),
                new(7, 9, TimexType.Date, "2012", TimexGrain.Year, Role: TimexRole.YearBefore),
            };
            var refined = ReferenceRefiner.Refine(c, list);
            Assert.Equal(new[] { "2013-Q2", "2013-Q2", "2012-Q2" }, refined.Select(r => r.Value).ToArray());
        }

        [Theory]
        [InlineData("2010-05-03", TimexGrain.Day, 1, "2010-05-04")]
        [InlineData("2010-12", TimexGrain.Month, 1, "2011-01")]
        [InlineData("2010-12-31", TimexGrain.Year, -1, "2009")]
        [InlineData("2010", TimexGrain.Month, 1, null)]
        [InlineData("PRESENT_REF", TimexGrain.Year, 0, null)]
        public void An_anaphoric_date_moves_the_date_last_named(string value, TimexGrain grain, int n, string? expected) =>
            Assert.Equal(expected, ReferenceRefiner.Moved(value, grain, n));

        [Fact]
        public void A_reference_quarter_with_nothing_before_is_the_one_just_reported()
        {
            var c = Ctx("the quarter");
            var refined = ReferenceRefiner.Refine(c, new List<TimexCandidate> { new(0, 1, TimexType.Date, "", TimexGrain.Quarter, Role: TimexRole.ReferenceQuarter) });
            Assert.Equal("2013-Q3", refined.Single().Value);
        }
    }

    public class TimexRecognizerTests
    {
        [Fact]
        public void Never_throws_on_odd_input_and_stays_inside_the_text()
        {
            foreach (var s in new[] { "", " ", "'s", "the", "the past", "Friday's", "mid-", "the year two thousand and", new string('9', 5000), "\uD800 May 1990s", "'80s", "in the", "fiscal", "year-earlier" })
                foreach (var t in TimexRecognizer.Recognize(s, new DateValue(2013, 3, 18)))
                    Assert.True(t.Start >= 0 && t.End <= s.Length && t.Start < t.End);
        }

        [Theory]
        [InlineData(9999, 12, 31)]
        [InlineData(1, 1, 1)]
        [InlineData(8999, 12, 31)]
        public void Never_throws_at_the_ends_of_the_calendar(int y, int m, int d)
        {
            const string text = "Next year, 999 years ago, 999999 years later, tomorrow, next week, the following day, last Christmas, the fourth quarter, next winter, the 2990s. It ended on 31 December 9999 and the next day began.";
            _ = TimexRecognizer.Recognize(text, new DateValue(y, m, d));
            _ = TimexRecognizer.Recognize(text, new DateValue(y, 0, 0));
        }

        [Fact]
        public void Same_input_same_output()
        {
            const string text = "Profit rose in the third quarter. A year earlier it fell on Friday, and it will rise next year.";
            var a = TimexRecognizer.Recognize(text, new DateValue(2013, 10, 21));
            var b = TimexRecognizer.Recognize(text, new DateValue(2013, 10, 21));
            Assert.Equal(a, b);
            Assert.True(a.Count >= 4);
        }

        [Fact]
        public void An_article_is_read_against_its_published_date_and_the_front_matter_is_left_out()
        {
            var doc = ArticleReader.Read("a.txt", "---\npublished: 2013-03-18\n---\nTitle\n\nThe minister resigned Friday.\n");
            var found = TimexRecognizer.Recognize(doc);
            var t = Assert.Single(found);
            Assert.Equal("2013-03-15", t.Value);
            Assert.Equal("Friday", doc.Text.Substring(t.Start, t.End - t.Start));
        }
    }
}
