using System;
using System.Globalization;

namespace SeedGen.Extraction.Time
{
    /// <summary>Calendar arithmetic and TIMEX3 value spelling. Direction: -1 the past, +1 the future, 0 the nearest.</summary>
    internal static class TimexCalendar
    {
        private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

        public static string Day(DateTime d) => d.ToString("yyyy-MM-dd", Ci);
        public static string Month(int year, int month) => Year(year) + "-" + month.ToString("00", Ci);
        public static string Year(int year) => year.ToString("0000", Ci);
        public static string Quarter(int year, int q) => Year(year) + "-Q" + q.ToString(Ci);
        public static string Half(int year, int h) => Year(year) + "-H" + h.ToString(Ci);
        public static string Season(int year, string code) => Year(year) + "-" + code;
        public static string Decade(int firstYear) => (firstYear / 10).ToString("000", Ci);
        public static string Century(int century) => century.ToString("00", Ci);

        public static string Week(DateTime d)
        {
            var (y, w) = IsoWeek(d);
            return Year(y) + "-W" + w.ToString("00", Ci);
        }

        public static string Weekend(DateTime d) => Week(d) + "-WE";

        /// <summary>ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday.</summary>
        public static (int Year, int Week) IsoWeek(DateTime d)
        {
            int dow = ((int)d.DayOfWeek + 6) % 7; // Monday 0
            var thursday = d.AddDays(3 - dow);
            return (thursday.Year, (thursday.DayOfYear - 1) / 7 + 1);
        }

        public static int QuarterOf(int month) => (month - 1) / 3 + 1;

        /// <summary>The weekday in the given direction: +1 the coming one, else the past one (the anchor's own day counts as both).</summary>
        public static DateTime Weekday(DateTime anchor, DayOfWeek day, int direction)
        {
            int back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
            int forward = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
            if (direction < 0) return anchor.AddDays(-back);
            // news reports what happened: without a future cue a weekday is the past one
            return direction > 0 ? anchor.AddDays(forward) : anchor.AddDays(-back);
        }

        /// <summary>"last Friday": the one strictly before the anchor; "next Friday": strictly after; "this Friday": in the anchor's week.</summary>
        public static DateTime RelativeWeekday(DateTime anchor, DayOfWeek day, int sign)
        {
            if (sign < 0) { var d = Weekday(anchor, day, -1); return d == anchor ? d.AddDays(-7) : d; }
            if (sign > 0) { var d = Weekday(anchor, day, 1); return d == anchor ? d.AddDays(7) : d; }
            int fromMonday = ((int)anchor.DayOfWeek + 6) % 7, target = ((int)day + 6) % 7;
            return anchor.AddDays(target - fromMonday);
        }

        /// <summary>The year of a month named without one: in future-tense text the first such month not before the anchor's
        /// (two months' grace); in past-tense text last year's when it lies five months or more ahead; otherwise the anchor's
        /// year, unless it lies six months or more ahead (last year's) or three months or less ahead across the new year
        /// (January in a November article is next January).</summary>
        public static int YearOfMonth(int anchorYear, int anchorMonth, int month, int direction)
        {
            if (anchorMonth == 0) return anchorYear;
            if (direction > 0) return anchorMonth - month >= 2 ? anchorYear + 1 : anchorYear;
            if (direction < 0 && month - anchorMonth >= 5) return anchorYear - 1;
            if (direction < 0) return anchorYear;
            // otherwise the anchor's year, unless the month is at most three months away across the new year: news names
            // coming months in past-tense reporting ("said it would pay in February") as often as past ones; a month more
            // than half a year ahead is last year's
            if (month - anchorMonth >= 6) return anchorYear - 1;
            if (anchorMonth - month >= 9) return anchorYear + 1;
            return anchorYear;
        }

        /// <summary>The year of a month-day named without one, as <see cref="YearOfMonth"/> but to the day.</summary>
        public static int YearOfDay(DateTime anchor, int month, int day, int direction)
        {
            if (direction > 0) return anchor.Month - month >= 2 ? anchor.Year + 1 : anchor.Year;
            if (direction < 0 && month - anchor.Month >= 5) return anchor.Year - 1;
            if (direction < 0) return anchor.Year;
            if (month - anchor.Month >= 6) return anchor.Year - 1;
            if (anchor.Month - month >= 9) return anchor.Year + 1;
            return anchor.Year;
        }

        /// <summary>The year of a quarter named without one ("the third quarter"): the anchor's year, the year before when
        /// the text speaks of the past and that quarter has not begun, the year after in the future when it ended two quarters ago or more.</summary>
        public static int YearOfQuarter(int anchorYear, int anchorMonth, int q, int direction)
        {
            if (anchorMonth == 0) return anchorYear;
            int aq = QuarterOf(anchorMonth);
            if (direction < 0 && q > aq) return anchorYear - 1;
            if (direction > 0 && aq - q >= 2) return anchorYear + 1; // the quarter just ended is still reported on
            return anchorYear;
        }

        /// <summary>The season a month falls in, and the year that season is named by (winter belongs to the year it begins).</summary>
        public static (string Code, int Year) SeasonOf(int year, int month) => month switch
        {
            3 or 4 or 5 => ("SP", year),
            6 or 7 or 8 => ("SU", year),
            9 or 10 or 11 => ("FA", year),
            12 => ("WI", year),
            _ => ("WI", year - 1),
        };

        private static int SeasonIndex(string code) => code switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };

        /// <summary>The year of a season named without one: sign -1 = the last one before the current, +1 = the next one,
        /// 0 = the current year's; direction (from tense) when the sign is 0 and no "this" was written.</summary>
        public static int YearOfSeason(int anchorYear, int anchorMonth, string code, int sign, int direction, bool thisWritten)
        {
            if (anchorMonth == 0) return anchorYear;
            var (cur, curYear) = SeasonOf(anchorYear, anchorMonth);
            int ci = curYear * 4 + SeasonIndex(cur);
            int target = SeasonIndex(code);
            int sameYear = curYear * 4 + target; // the season in the current season's year
            if (sign < 0) { int k = sameYear >= ci ? sameYear - 4 : sameYear; return k / 4; }
            if (sign > 0) { int k = sameYear <= ci ? sameYear + 4 : sameYear; return k / 4; }
            if (thisWritten) return anchorYear;
            if (direction < 0) { int k = sameYear > ci ? sameYear - 4 : sameYear; return k / 4; }
            if (direction > 0) { int k = sameYear < ci ? sameYear + 4 : sameYear; return k / 4; }
            return anchorYear;
        }

        /// <summary>The anchor moved by n units of the given grain, spelled at that grain.</summary>
        public static string Shift(DateTime anchor, TimexGrain grain, int n)
        {
            switch (grain)
            {
                case TimexGrain.Day: return Day(anchor.AddDays(n));
                case TimexGrain.Week: return Week(anchor.AddDays(7 * n));
                case TimexGrain.Weekend: return Weekend(anchor.AddDays(7 * n));
                case TimexGrain.Month: { var d = anchor.AddMonths(n); return Month(d.Year, d.Month); }
                case TimexGrain.Quarter:
                {
                    int q = anchor.Year * 4 + QuarterOf(anchor.Month) - 1 + n;
                    return Quarter(q / 4, q % 4 + 1);
                }
                case TimexGrain.Half:
                {
                    int h = anchor.Year * 2 + (anchor.Month - 1) / 6 + n;
                    return Half(h / 2, h % 2 + 1);
                }
                case TimexGrain.Decade: return Decade(anchor.Year + 10 * n);
                case TimexGrain.Century: return Century(anchor.Year / 100 + n);
                default: return Year(anchor.Year + n);
            }
        }

        /// <summary>A duration value: P3Y, P2M, P1W, P5D, PT4H, P10Y for a decade; X for an unknown quantity.</summary>
        public static string Duration(TimexGrain grain, int n)
        {
            string q = n <= 0 ? "X" : n.ToString(Ci);
            return grain switch
            {
                TimexGrain.Minute => "PT" + q + "M",
                TimexGrain.Hour => "PT" + q + "H",
                TimexGrain.Day => "P" + q + "D",
                TimexGrain.Week or TimexGrain.Weekend => "P" + q + "W",
                TimexGrain.Month => "P" + q + "M",
                TimexGrain.Quarter => "P" + q + "Q",
                TimexGrain.Half => "P" + q + "H",
                TimexGrain.Decade => "P" + q + "DE",
                TimexGrain.Century => "P" + q + "CE",
                _ => "P" + q + "Y",
            };
        }
    }
}
