using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Time
{
    /// <summary>
    /// The forms of English news that the TIMEX3 recogniser reads (issue: dates on real news), in sentences of our own.
    /// Columns: sentence | anchor (ISO, "-" = none) | expected span | type | value (| mod). Span "none" with a type means: no
    /// expression of that type at all.
    /// </summary>
    public class TimexRecognizerTableTests
    {
        public static IEnumerable<object[]> Cases() => Table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).Select(c => new object[] { c[0], c[1], c[2], c[3], c[4], c.Length > 5 ? c[5] : "" });

        [Theory]
        [MemberData(nameof(Cases))]
        public void Reads(string sentence, string anchor, string span, string type, string value, string mod)
        {
            var a = anchor == "-" ? DateValue.None : DateValue.ParseIso(anchor);
            var found = TimexRecognizer.Recognize(sentence, a);
            string all = string.Join("; ", found.Select(f => $"'{f.Text}' {f.TypeName} {f.Value}"));
            if (span == "none")
            {
                Assert.True(found.All(f => f.TypeName != type), $"expected no {type} in '{sentence}', found {all}");
                return;
            }
            var t = found.FirstOrDefault(f => f.Text == span);
            Assert.True(t != null, $"expected '{span}' in '{sentence}', found {all}");
            Assert.Equal(type, t!.TypeName);
            Assert.Equal(value, t.Value);
            if (mod.Length > 0) Assert.Equal(mod, t.Mod);
        }

        // anchors: 2013-03-18 is a Monday (ISO week 12); 2013-10-21 a Monday in the fourth quarter
        private const string Table = @"
# direction from tense: a weekday in past-tense reporting is the one before, in future tense the one after
The minister resigned Thursday after a week of protests. | 2013-03-18 | Thursday | DATE | 2013-03-14
The council will vote Thursday on the budget. | 2013-03-18 | Thursday | DATE | 2013-03-21
Police said Thursday that two men were arrested. | 2013-03-18 | Thursday | DATE | 2013-03-14
""We will expand our core business,"" the chief executive said Friday. | 2013-03-18 | Friday | DATE | 2013-03-15
The ferry sank on Monday, the coast guard said. | 2013-03-18 | Monday | DATE | 2013-03-18
She will arrive last Friday or next Friday. | 2013-03-18 | next Friday | DATE | 2013-03-22
Strikers walked out last Friday. | 2013-03-18 | last Friday | DATE | 2013-03-15
Officials said on Sunday that a summit will be held on Friday. | 2013-03-18 | Friday | DATE | 2013-03-22
The first round of talks was held on Thursday. | 2013-03-18 | Thursday | DATE | 2013-03-14
A new cabinet is set to be sworn in on Wednesday. | 2013-03-18 | Wednesday | DATE | 2013-03-20
# a month name: the anchor's year unless it lies within three months across the new year; future tense looks ahead
Talks collapsed in March, the union said. | 2013-10-21 | March | DATE | 2013-03
The plant will reopen in January. | 2013-11-05 | January | DATE | 2014-01
Exports rose in January, the bureau reported. | 2013-11-05 | January | DATE | 2013-01
Shares were issued in October, a filing showed. | 2014-01-20 | October | DATE | 2013-10
The storm hit the coast in November. | 2014-04-20 | November | DATE | 2013-11
The vote is set for September. | 2013-08-10 | September | DATE | 2013-09
Rebels took the town last May. | 2013-10-21 | last May | DATE | 2013-05
Fighting resumed in June last year. | 2013-10-21 | June last year | DATE | 2012-06
A treaty signed in mid-November ended the war. | 2013-12-10 | mid-November | DATE | 2013-11 | MID
# a day and month without a year follow the same rule
The dividend is payable Nov. 21 to holders of record. | 2013-11-02 | Nov. 21 | DATE | 2013-11-21
The match will be replayed on 3 January. | 2013-12-20 | 3 January | DATE | 2014-01-03
# granularity: every offset at its own unit
Sales were higher a year ago. | 2013-03-18 | a year ago | DATE | 2012
The mine closed five months ago. | 2013-03-18 | five months ago | DATE | 2012-10
The bridge opened three weeks ago. | 2013-03-18 | three weeks ago | DATE | 2013-W09
The fire started two days ago. | 2013-03-18 | two days ago | DATE | 2013-03-16
Two years later the company collapsed. | 2013-03-18 | Two years later | DATE | 2015
The dam was built a decade ago. | 2013-03-18 | a decade ago | DATE | 2003
She arrived last week. | 2013-03-18 | last week | DATE | 2013-W11
Ministers meet this week in Brussels. | 2013-03-18 | this week | DATE | 2013-W12
The budget is due next month. | 2013-03-18 | next month | DATE | 2013-04
Growth slowed last year. | 2013-03-18 | last year | DATE | 2012
Inflation fell last quarter. | 2013-10-21 | last quarter | DATE | 2013-Q3
Profit rose 8% in the third quarter. | 2013-10-21 | the third quarter | DATE | 2013-Q3
Third-quarter profit rose 8%. | 2013-10-21 | Third-quarter | DATE | 2013-Q3
The bank lost money in the fourth quarter of 2011. | 2013-10-21 | the fourth quarter of 2011 | DATE | 2011-Q4
Revenue in the first half grew. | 2013-10-21 | the first half | DATE | 2013-H1
The group expects a loss for fiscal 2014. | 2013-10-21 | fiscal 2014 | DATE | 2014
Repairs will be finished this summer. | 2013-03-18 | this summer | DATE | 2013-SU
The lake froze last winter. | 2013-10-21 | last winter | DATE | 2012-WI
Crowds gathered last weekend. | 2013-03-18 | last weekend | DATE | 2013-W11-WE
Prices soared in the late 1970s. | 2013-03-18 | the late 1970s | DATE | 197 | END
Studios moved here in the mid-1990s. | 2013-03-18 | the mid-1990s | DATE | 199 | MID
Few cars were sold in the 1980s. | 2013-03-18 | the 1980s | DATE | 198
Rock music changed in the nineties. | 2013-03-18 | the nineties | DATE | 199
Such wars were rare in the 20th century. | 2013-03-18 | the 20th century | DATE | 19
# holidays
Shops reopened after Thanksgiving Day. | 2013-12-10 | Thanksgiving Day | DATE | 2013-11-28
Voters went to the polls on Election Day. | 2012-11-20 | Election Day | DATE | 2012-11-06
Pilgrims arrived for Easter. | 2014-04-10 | Easter | DATE | 2014-04-20
The shooting happened on Christmas Eve 1998. | 2013-03-18 | Christmas Eve 1998 | DATE | 1998-12-24
Sales were weak last Christmas. | 2013-03-18 | last Christmas | DATE | 2012-12-25
# present, past and future references
The party now has a majority. | 2013-03-18 | now | DATE | PRESENT_REF
He is currently in hospital. | 2013-03-18 | currently | DATE | PRESENT_REF
The rules were recently changed. | 2013-03-18 | recently | DATE | PAST_REF
Such attacks were common in the past. | 2013-03-18 | the past | DATE | PAST_REF
A solution is expected in the near future. | 2013-03-18 | the near future | DATE | FUTURE_REF
A decision is expected soon. | 2013-03-18 | soon | DATE | FUTURE_REF
Rents have climbed in recent years. | 2013-03-18 | recent years | DATE | PAST_REF
Sales may fall in the coming months. | 2013-03-18 | the coming months | DATE | FUTURE_REF
# possessives
Friday's vote surprised analysts. | 2013-03-18 | Friday | DATE | 2013-03-15
Today's meeting was cancelled. | 2013-03-18 | Today | DATE | 2013-03-18
Last month's election was disputed. | 2013-03-18 | Last month | DATE | 2013-02
# a bare year in a noun phrase, spelled-out years
Its 1990 invasion of the country was condemned. | 2013-03-18 | 1990 | DATE | 1990
Banks never recovered from the 1987 crash. | 2013-03-18 | 1987 | DATE | 1987
The contract runs through 2016. | 2013-03-18 | 2016 | DATE | 2016
The station opened in nineteen ninety-six. | 2013-03-18 | nineteen ninety-six | DATE | 1996
The plan looked ahead to the year two thousand. | 2013-03-18 | the year two thousand | DATE | 2000
# spans: no preposition, no sentence-final full stop after a month in full; abbreviations keep theirs
They met on Friday. | 2013-03-18 | Friday | DATE | 2013-03-15
The ceasefire began in July. | 2013-10-21 | July | DATE | 2013-07
The ceasefire ends Oct. 5, officials said. | 2013-09-21 | Oct. 5 | DATE | 2013-10-05
# modifiers belong to the span
Elections were held in early 1990. | 2013-03-18 | early 1990 | DATE | 1990 | START
The law was passed earlier this year. | 2013-03-18 | earlier this year | DATE | 2013 | START
Troops will leave by the end of the year. | 2013-03-18 | the end of the year | DATE | 2013 | END
The mill shut at the end of March. | 2013-10-21 | the end of March | DATE | 2013-03 | END
Rain fell late yesterday. | 2013-03-18 | late yesterday | DATE | 2013-03-17 | END
# the period just spoken of, a year before
Profit rose in the third quarter. A year earlier it had fallen. | 2013-10-21 | A year earlier | DATE | 2012-Q3
Profit rose in the third quarter from the year-earlier quarter. | 2013-10-21 | the year-earlier quarter | DATE | 2012-Q3
Profit rose in the third quarter. Costs in the quarter were flat. | 2013-10-21 | the quarter | DATE | 2013-Q3
# the date last named, moved: that year, the following month, the same day; nothing named before: no date
The fort fell in 1863. The following year the town was rebuilt. | 2013-03-18 | The following year | DATE | 1864
He left Paris on 3 May 2010 and died that same day. | 2013-03-18 | that same day | DATE | 2010-05-03
Prices peaked in June 2008 and fell the following month. | 2013-03-18 | the following month | DATE | 2008-07
That year was hard for farmers. | 2013-03-18 | none | DATE | -
# durations are durations, never dates
The strike lasted for two days. | 2013-03-18 | two days | DURATION | P2D
The strike lasted for two days. | 2013-03-18 | none | DATE | -
Prices fell over the past three months. | 2013-03-18 | the past three months | DURATION | P3M
Prices fell over the past three months. | 2013-03-18 | none | DATE | -
A reply is due within a week. | 2013-03-18 | a week | DURATION | P1W
He signed a two-year contract. | 2013-03-18 | two-year | DURATION | P2Y
Output rose during the first nine months. | 2013-03-18 | the first nine months | DURATION | P9M
Inspectors visit every week. | 2013-03-18 | every week | SET | P1W
# false dates: stock prices, the newspaper, counts
The stock closed at 37 3/4 on heavy trading. | 2013-03-18 | none | DATE | -
The Sun reported the story first. | 2013-03-18 | none | DATE | -
Police counted 1990 people at the rally. | 2013-03-18 | none | DATE | -
The shares rose 2.5% to $1990. | 2013-03-18 | none | DATE | -
# a weekday with a part of the day is that day; a clock time before it makes it a TIME
The blast shook the city Friday night. | 2013-03-18 | Friday night | DATE | 2013-03-15
Polls close at 10 p.m. Wednesday, election officials said. | 2013-03-18 | none | DATE | -
# without an anchor nothing relative is resolved, and a year is never invented; what the text dates stays
He resigned Thursday. | - | none | DATE | -
The summit opened on 7 October 2019. | - | 7 October 2019 | DATE | 2019-10-07
The talks resume on 14 June. | - | 14 June | DATE | XXXX-06-14
";
    }
}
