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
# a day of the month alone: the occurrence nearest the anchor; an ordinal adjective or no dated anchor is no date
15,000 people marched in Ottawa on the 30th and have photos | 2004-11-30 | 2004-11-30 | - | 30th
a demonstration on the 29th against the deportation | 2004-11-30 | 2004-11-29 | - | 29th
the talks resume on the 2nd. | 2004-11-30 | 2004-12-02 | - | 2nd
it opened on the 28th. | 2021-03-01 | 2021-02-28 | - | 28th
they met on the 30th. | - | none | - | *
on the 30th anniversary of the coup | 2004-11-30 | none | - | *
she lives on the 10th floor | 2004-11-30 | none | - | *
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
# more day-month-year forms, in sentences of the genre
The talks took place on 12 March 2019 in Minsk | - | 2019-03-12 | - | 12 March 2019
The summit opened on 23 May 2019 | - | 2019-05-23 | - | *
Elections are due on 17 November 2019. | - | 2019-11-17 | - | *
MINSK, 23 May 2019 (BelTA) – | - | 2019-05-23 | - | *
on Thursday, 7 February 2019 | - | 2019-02-07 | - | *
Tuesday, 20 May 2013 | - | 2013-05-20 | - | Tuesday, 20 May 2013
the 1st of December 2018 | - | 2018-12-01 | - | *
21st of June 2017 | - | 2017-06-21 | - | *
2 Feb 2016 | - | 2016-02-02 | - | *
14 Sept 2016 | - | 2016-09-14 | - | *
5 September, 2020 | - | 2020-09-05 | - | *
09-JAN-2017 | - | 2017-01-09 | - | *
10-August-2012 | - | 2012-08-10 | - | *
3 Aug 96 | - | 1996-08-03 | - | *
# more month-day-year forms
On February 14, 2018, the ministers met | - | 2018-02-14 | - | February 14, 2018
Nov. 5, 2019 | - | 2019-11-05 | - | *
July 4th 2016 | - | 2016-07-04 | - | *
January 1 2020 | - | 2020-01-01 | - | *
Sunday, December 7, 2014 | - | 2014-12-07 | - | Sunday, December 7, 2014
Thu Oct 26 11:00:09 2023 | - | 2023-10-26 | - | *
August-10, 2012 | - | 2012-08-10 | - | *
Aug 9, 96 | - | 1996-08-09 | - | *
# ISO, numeric and log formats
2018-10-30 | - | 2018-10-30 | - | *
1994-11-05T13:15:30Z | - | 1994-11-05 | - | 1994-11-05T13:15:30Z
2016-05-07T23:45:00.487+01:00 | - | 2016-05-07 | - | *
2012/Aug/10 | - | 2012-08-10 | - | *
2018 March 18 | - | 2018-03-18 | - | *
06/Nov/2023 | - | 2023-11-06 | - | *
12-30-16 | - | 2016-12-30 | - | *
05/31/2024 14:15 | - | 2024-05-31 | - | *
8/10 | 2012-08-10 | 2012-08-10 | - | *
# year-less, anchored and not
24 October | 2017-07-07 | 2017-10-24 | - | *
5 May | 2012-08-10 | 2012-05-05 | - | *
on 30 December | 2019-01-02 | 2018-12-30 | - | *
March 18 | - | --03-18 | - | *
the twenty-fourth of May | - | --05-24 | - | *
# more ranges
from 6 to 9 April | 2018 | 2018-04-06 | 2018-04-09 | *
between 6 and 9 April | - | --04-06 | --04-09 | *
June 3-5, 2019 | - | 2019-06-03 | 2019-06-05 | *
April 28 – May 2, 2019 | - | 2019-04-28 | 2019-05-02 | *
From May to December | 2023-04-09 | 2023-05 | 2023-12 | *
8/10/2012 - 8/15/2012 | - | 2012-08-10 | 2012-08-15 | *
Monday to Friday | 2023-04-09 | 2023-04-10 | 2023-04-14 | *
2014-04-18 13:00 - 16:00 | - | 2014-04-18 | 2014-04-18 | *
the 2016-2020 programme | - | 2016 | 2020 | 2016-2020
# more month and year expressions
in March | - | --03 | - | *
since March 2014 | - | 2014-03 | - | *
in June of 2022 | - | 2022-06 | - | *
late September 2019 | - | 2019-09 | - | *
Sep-2012 | - | 2012-09 | - | *
2024 August | - | 2024-08 | - | *
Aug 96 | - | 1996-08 | - | *
in 1991 | - | 1991 | - | *
after 2014 | - | 2014 | - | *
throughout 2019 | - | 2019 | - | *
10 August 2555 BE | - | 2012-08-10 | - | *
# more relative expressions
the day after tomorrow | 2019-10-07 | 2019-10-09 | - | *
this morning | 2019-10-07 | 2019-10-07 | - | *
last night | 2019-10-07 | 2019-10-06 | - | *
tonight | 2019-10-07 | 2019-10-07 | - | *
in 1.5 hours | 2019-10-07 | 2019-10-07 | - | *
12 hours from now | 2019-10-07 | 2019-10-07 | - | *
next 2 weeks | 2019-10-07 | 2019-10-21 | - | *
last two weeks | 2019-10-07 | 2019-09-23 | - | *
5 days earlier | 2019-10-07 | 2019-10-02 | - | *
a fortnight ago | 2019-10-07 | 2019-09-23 | - | *
-3 days | 2019-10-07 | 2019-10-04 | - | *
next weekday | 2024-10-18 | 2024-10-21 | - | *
this weekend | 2024-10-18 | 2024-10-19 | - | *
Tuesday of last week | 2022-08-02 | 2022-07-26 | - | *
after this year | 2020-11-22 | 2021 | - | *
2023-12-29 -10days | 2023-12-29 | 2023-12-19 | - | *
# more traps
he may well agree | - | none | - | *
March forward, they said | 2019-10-07 | none | - | *
Version: 1.1.30 | - | none | - | *
I'm at 101,194 points! | - | none | - | *
1-2-3 | - | none | - | *
2012-14 | - | none | - | *
August 32, 2014 | - | none | - | *
29 February | 2019-05-01 | none | - | *
32 August 2014 | - | none | - | *
Belarus is now menaced | 2019-10-07 | none | - | *
a 2,000-strong delegation | - | none | - | *
1/2 of the budget | - | none | - | *
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
