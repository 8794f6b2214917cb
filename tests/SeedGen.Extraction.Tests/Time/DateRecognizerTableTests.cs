using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Time
{
    /// <summary>
    /// Table of date expressions and their normalisation. Columns: text | anchor (ISO or "-") | start | end ("-" = none) | matched text ("*" = not checked).
    /// start "none" means: no date at all in the text. Anchors: "-" = unknown (years are never invented), "2018" = a year only.
    /// </summary>
    public class DateRecognizerTableTests
    {
        public static IEnumerable<object[]> Cases() => Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).Select(c => new object[] { c[0], c[1], c[2], c[3], c[4] });

        [Theory]
        [MemberData(nameof(Cases))]
        public void Normalises(string text, string anchor, string start, string end, string matched)
        {
            var a = anchor == "-" ? DateValue.None : DateValue.ParseIso(anchor);
            var found = DateRecognizer.Recognize(text, a);
            if (start == "none")
            {
                Assert.True(found.Count == 0, $"expected no date in '{text}', found {string.Join(", ", found.Select(f => text.Substring(f.Index, f.Length) + "=" + f.Start.ToIso()))}");
                return;
            }
            Assert.True(found.Count >= 1, $"no date found in '{text}'");
            var m = found[0];
            Assert.Equal(start, m.Start.ToIso());
            Assert.Equal(end == "-" ? null : end, m.End.ToIso());
            if (matched != "*") Assert.Equal(matched, text.Substring(m.Index, m.Length));
        }

        [Theory]
        [InlineData("6/10/2018", false, "2018-06-10")]
        [InlineData("6/10/2018", true, "2018-10-06")]
        [InlineData("10.06.2018", false, "2018-06-10")]
        public void Day_first_option(string text, bool dayFirst, string expected) =>
            Assert.Equal(expected, DateRecognizer.Recognize(text, DateValue.None, DateRecognizerOptions.Default with { DayFirst = dayFirst }).Single().Start.ToIso());

        [Fact]
        public void Strict_mode_reads_no_casual_expressions()
        {
            var strict = DateRecognizerOptions.Default with { Strict = true };
            Assert.Empty(DateRecognizer.Recognize("He left last week, on Tuesday, today.", new DateValue(2019, 10, 7), strict));
            Assert.Single(DateRecognizer.Recognize("He left on 7 October 2019.", DateValue.None, strict));
        }

        [Fact]
        public void Forward_dates_resolve_to_the_future()
        {
            var fwd = DateRecognizerOptions.Default with { ForwardDate = true };
            Assert.Equal("2019-10-11", DateRecognizer.Recognize("on Friday", new DateValue(2019, 10, 7), fwd).Single().Start.ToIso());
            Assert.Equal("2020-01-03", DateRecognizer.Recognize("on 3 January", new DateValue(2019, 10, 7), fwd).Single().Start.ToIso());
        }

        [Fact]
        public void Never_throws_on_odd_input()
        {
            foreach (var s in new[] { "", " ", "99999999999999 May", "31 February 2019", "May 0", "2019-13-45", "-", "\u0000\uD800 May", new string('9', 10000), "12/" })
                _ = DateRecognizer.Recognize(s, new DateValue(2019, 2, 28));
        }

        private const string Table = @"
# day month year
7 October 2019 | - | 2019-10-07 | - | 7 October 2019
on 7 October 2019 the forum opened | - | 2019-10-07 | - | 7 October 2019
7 Oct 2019 | - | 2019-10-07 | - | *
7 Oct. 2019 | - | 2019-10-07 | - | *
the 9th of December 2016 | - | 2016-12-09 | - | *
1 January 2000 | - | 2000-01-01 | - | *
31 December 1999 | - | 1999-12-31 | - | *
29 February 2016 | - | 2016-02-29 | - | *
2 June, 2018 | - | 2018-06-02 | - | *
the first of May 2018 | - | 2018-05-01 | - | *
# month day year
October 7, 2019 | - | 2019-10-07 | - | October 7, 2019
December 9th, 2016 | - | 2016-12-09 | - | December 9th, 2016
On December 9th, 2016, Minsk hosted a panel | - | 2016-12-09 | - | December 9th, 2016
Oct 7 2019 | - | 2019-10-07 | - | *
Sept. 3, 2018 | - | 2018-09-03 | - | *
March 1st 2017 | - | 2017-03-01 | - | *
August 31, 2020 | - | 2020-08-31 | - | *
June 1, 2019 at 10:00 | - | 2019-06-01 | - | *
# ISO and numeric
2019-10-08 | - | 2019-10-08 | - | 2019-10-08
2014-04-18 13:00 | - | 2014-04-18 | - | 2014-04-18 13:00
released 2019/10/08 | - | 2019-10-08 | - | *
6/10/2018 | - | 2018-06-10 | - | *
10.06.2018 | - | 2018-06-10 | - | *
04/2016 | - | 2016-04 | - | *
12/25/2019 | - | 2019-12-25 | - | *
# no year: partial without anchor, anchored with one
6 April | - | --04-06 | - | 6 April
on 6 April | - | --04-06 | - | 6 April
11 April | - | --04-11 | - | *
in a matter of days (11 April) | - | --04-11 | - | 11 April
6 April | 2018 | 2018-04-06 | - | *
6 April | 2018-04-20 | 2018-04-06 | - | *
3 January | 2018-12-28 | 2019-01-03 | - | *
28 December | 2019-01-03 | 2018-12-28 | - | *
October 30 | - | --10-30 | - | *
December 9th | - | --12-09 | - | *
# ranges
October 30 – November 1 | - | --10-30 | --11-01 | October 30 – November 1
On October 30 – November 1, Minsk is hosting | - | --10-30 | --11-01 | *
On October 30th – November 1st, the meeting | - | --10-30 | --11-01 | *
October 30 – November 1 | 2018 | 2018-10-30 | 2018-11-01 | *
December 5 – December 11, 2016 | - | 2016-12-05 | 2016-12-11 | *
December 28 – January 3, 2019 | - | 2018-12-28 | 2019-01-03 | *
23-25 May | - | --05-23 | --05-25 | 23-25 May
23-25 May 2019 | - | 2019-05-23 | 2019-05-25 | *
8-9 October | - | --10-08 | --10-09 | *
8 - 9 October 2019 | - | 2019-10-08 | 2019-10-09 | *
8 to 9 October 2019 | - | 2019-10-08 | 2019-10-09 | *
30 October – 1 November 2018 | - | 2018-10-30 | 2018-11-01 | *
May 8-10, 2010 | - | 2010-05-08 | 2010-05-10 | *
May 8 to May 10, 2010 | - | 2010-05-08 | 2010-05-10 | *
2019-2023 | - | 2019 | 2023 | 2019-2023
the Plan to Combat Crime for 2019-2023 | - | 2019 | 2023 | 2019-2023
2019–2023 | - | 2019 | 2023 | *
# month or year only
in May 2018 | - | 2018-05 | - | May 2018
due in Minsk in May 2018 | - | 2018-05 | - | *
May 2018 | - | 2018-05 | - | *
October 2019 | - | 2019-10 | - | *
in October | - | --10 | - | *
in October | 2019 | 2019-10 | - | *
mid-May | - | --05 | - | mid-May
early October 2019 | - | 2019-10 | - | *
in 2018 | - | 2018 | - | 2018
In 2018 Belarus will host | - | 2018 | - | *
by 2025 | - | 2025 | - | *
since 2009 | - | 2009 | - | *
until 2030 | - | 2030 | - | *
during 2017 | - | 2017 | - | *
the year 2016 | - | 2016 | - | *
(2018) | - | 2018 | - | *
# relative, with a full anchor (year-level expressions give a year: last year is 2018, not a day in it)
today | 2019-10-07 | 2019-10-07 | - | *
has started today | 2019-10-07 | 2019-10-07 | - | today
yesterday | 2019-10-07 | 2019-10-06 | - | *
tomorrow | 2019-10-07 | 2019-10-08 | - | *
last week | 2016-12-11 | 2016-12-04 | - | *
next week | 2019-10-07 | 2019-10-14 | - | *
last month | 2019-10-07 | 2019-09 | - | *
next month | 2019-10-07 | 2019-11 | - | *
last year | 2019-10-07 | 2018 | - | *
next year | 2019-10-07 | 2020 | - | *
a few weeks ago | 2018-10-30 | 2018-10-09 | - | *
five years ago | 2018-04-06 | 2013-04-06 | - | *
3 days ago | 2019-10-07 | 2019-10-04 | - | *
two weeks ago | 2019-10-07 | 2019-09-23 | - | *
a month ago | 2019-10-07 | 2019-09-07 | - | *
in 3 days | 2019-10-07 | 2019-10-10 | - | *
in two weeks | 2019-10-07 | 2019-10-21 | - | *
within 5 days | 2019-10-07 | 2019-10-12 | - | *
10 days later | 2019-10-07 | 2019-10-17 | - | *
a couple of days ago | 2019-10-07 | 2019-10-05 | - | *
on Tuesday | 2019-10-07 | 2019-10-08 | - | *
on Friday | 2019-10-07 | 2019-10-04 | - | *
last Friday | 2019-10-07 | 2019-10-04 | - | *
next Friday | 2019-10-07 | 2019-10-18 | - | *
Friday of next week | 2019-10-07 | 2019-10-18 | - | *
the day before yesterday | 2019-10-07 | 2019-10-05 | - | *
12 hours ago | 2019-10-07 | 2019-10-06 | - | *
in 1 day 2 hours | 2019-10-07 | 2019-10-08 | - | *
from 6 April to 9 April | 2018 | 2018-04-06 | 2018-04-09 | *
10 August 2013 - 12 September | - | 2013-08-10 | 2013-09-12 | *
next Monday | 2019-10-07 | 2019-10-14 | - | *
this Wednesday | 2019-10-07 | 2019-10-09 | - | *
# relative, with a year-only anchor: only year-level expressions resolve
five years ago | 2018 | 2013 | - | *
last year | 2018 | 2017 | - | *
this year | 2018 | 2018 | - | *
next year | 2018 | 2019 | - | *
# relative without an anchor: nothing, never a guess
today | - | none | - | *
last week | - | none | - | *
a few weeks ago | - | none | - | *
five years ago | - | none | - | *
on Tuesday | - | none | - | *
in a matter of days | 2018-04-06 | none | - | *
# traps
2019 participants attended | - | none | - | *
more than 2000 people | - | none | - | *
1,500 people came | - | none | - | *
they may meet again | - | none | - | *
May I ask a question | - | none | - | *
at 13:00 | - | none | - | *
Resolution 1540 was adopted | - | none | - | *
Version 1.2.3 | - | none | - | *
call 375-17-222 | - | none | - | *
$2019 was paid | - | none | - | *
31 February 2019 | - | none | - | *
2014-02-30 | - | none | - | *
June 31, 2022 | - | none | - | *
the 26thsession of the Assembly | - | none | - | *
Article 5 of the treaty | - | none | - | *
room 2018 | - | none | - | *
";
    }
}
