using System;
using System.Globalization;

namespace SeedGen
{
    /// <summary>
    /// A calendar date whose year, month and day are each optional, as news gives them:
    /// <c>2018-10-30</c>, <c>2018-05</c>, <c>2018</c>, or <c>--04-06</c> (6 April of a year the text does not make certain).
    /// </summary>
    /// <remarks>
    /// Ordering: by year (unknown years last), then month (unknown last), then day (unknown last).
    /// The ISO text is culture-independent.
    /// </remarks>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
    {
        private readonly short _year;  // 0 = unknown (years 1..9999)
        private readonly byte _month;  // 0 = unknown
        private readonly byte _day;    // 0 = unknown

        /// <summary>Creates a partial date; pass <see langword="null"/> for each unknown part.</summary>
        /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
        public PartialDate(int? year, int? month, int? day)
        {
            if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
            if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
            if (day is < 1 or > 31) throw new ArgumentOutOfRangeException(nameof(day));
            if (day is int d && month is int m)
            {
                int max = year is int y ? DateTime.DaysInMonth(y, m) : DateTime.DaysInMonth(2000, m);
                if (d > max) throw new ArgumentOutOfRangeException(nameof(day));
            }
            _year = (short)(year ?? 0);
            _month = (byte)(month ?? 0);
            _day = (byte)(day ?? 0);
        }

        /// <summary>A date the generator already checked (generated tables): no validation.</summary>
        internal PartialDate(int year, int month, int day, bool raw)
        {
            _year = (short)year;
            _month = (byte)month;
            _day = (byte)day;
        }

        /// <summary>The year, when the text makes it certain.</summary>
        public int? Year => _year == 0 ? null : _year;
        /// <summary>The month (1-12), when known.</summary>
        public int? Month => _month == 0 ? null : _month;
        /// <summary>The day of the month, when known.</summary>
        public int? Day => _day == 0 ? null : _day;

        /// <summary>True when year, month and day are all known.</summary>
        public bool IsComplete => _year != 0 && _month != 0 && _day != 0;

        /// <summary>True when no part is known (the default value).</summary>
        public bool IsEmpty => _year == 0 && _month == 0 && _day == 0;

        /// <summary>The date as a <see cref="DateTime"/> when it is complete; otherwise <see langword="null"/>.</summary>
        public DateTime? ToDateTime() => IsComplete ? new DateTime(_year, _month, _day, 0, 0, 0, DateTimeKind.Unspecified) : null;

        /// <summary>The earliest day this partial date can mean, when the year is known (2018-05 gives 1 May 2018).</summary>
        public DateTime? EarliestDay => _year == 0 ? null : new DateTime(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day, 0, 0, 0, DateTimeKind.Unspecified);

        /// <summary>The latest day this partial date can mean, when the year is known (2018-05 gives 31 May 2018).</summary>
        public DateTime? LatestDay
        {
            get
            {
                if (_year == 0) return null;
                int m = _month == 0 ? 12 : _month;
                int d = _day == 0 ? DateTime.DaysInMonth(_year, m) : _day;
                return new DateTime(_year, m, d, 0, 0, 0, DateTimeKind.Unspecified);
            }
        }

        /// <summary>ISO 8601 text: <c>2018-10-30</c>, <c>2018-10</c>, <c>2018</c>, <c>--10-30</c>, <c>--10</c>, <c>---30</c>; empty for an empty date.</summary>
        public override string ToString()
        {
            var ci = CultureInfo.InvariantCulture;
            if (_year != 0)
            {
                if (_month == 0) return _year.ToString("0000", ci);
                if (_day == 0) return _year.ToString("0000", ci) + "-" + _month.ToString("00", ci);
                return _year.ToString("0000", ci) + "-" + _month.ToString("00", ci) + "-" + _day.ToString("00", ci);
            }
            if (_month != 0)
                return _day == 0 ? "--" + _month.ToString("00", ci) : "--" + _month.ToString("00", ci) + "-" + _day.ToString("00", ci);
            return _day == 0 ? string.Empty : "---" + _day.ToString("00", ci);
        }

        /// <inheritdoc/>
        public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;
        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);
        /// <inheritdoc/>
        public override int GetHashCode() => (_year << 9) ^ (_month << 5) ^ _day;

        /// <summary>Orders by year, month and day; an unknown part sorts after every known one.</summary>
        public int CompareTo(PartialDate other)
        {
            int c = Key(_year, 10000).CompareTo(Key(other._year, 10000));
            if (c != 0) return c;
            c = Key(_month, 13).CompareTo(Key(other._month, 13));
            if (c != 0) return c;
            return Key(_day, 32).CompareTo(Key(other._day, 32));
        }

        int IComparable.CompareTo(object? obj) => obj is PartialDate other ? CompareTo(other) : 1;

        private static int Key(int value, int unknown) => value == 0 ? unknown : value;

        /// <summary>Equality.</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);
        /// <summary>Inequality.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
        /// <summary>Ordering.</summary>
        public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
        /// <summary>Ordering.</summary>
        public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
        /// <summary>Ordering.</summary>
        public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
        /// <summary>Ordering.</summary>
        public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
    }

    /// <summary>The dates of an event: a start and, for multi-day events, an end; either may be unknown.</summary>
    /// <param name="Start">The first day, when known.</param>
    /// <param name="End">The last day, when known (equal to <paramref name="Start"/> for a one-day event).</param>
    public readonly record struct DateSpan(PartialDate? Start, PartialDate? End)
    {
        /// <summary>True when neither start nor end is known.</summary>
        public bool IsUnknown => Start is null && End is null;

        /// <summary>True when some part of the span can fall within [<paramref name="from"/>, <paramref name="to"/>] (whole days).</summary>
        public bool Overlaps(DateTime from, DateTime to)
        {
            DateTime? s = Start?.EarliestDay ?? End?.EarliestDay;
            DateTime? e = End?.LatestDay ?? Start?.LatestDay;
            if (s is null || e is null) return false;
            return s.Value <= to.Date && e.Value >= from.Date;
        }

        /// <summary>ISO text: <c>2018-10-30/2018-11-01</c>, <c>2018-10-30</c>, or empty.</summary>
        public override string ToString()
        {
            if (Start is null && End is null) return string.Empty;
            if (End is null || End == Start) return Start?.ToString() ?? ("/" + End);
            return (Start?.ToString() ?? string.Empty) + "/" + End;
        }
    }

    /// <summary>Where in an article something was found.</summary>
    /// <param name="File">The article's path relative to its seeds folder, with forward slashes (<c>seeds/000_x.txt</c>).</param>
    /// <param name="Line">1-based line.</param>
    /// <param name="Column">1-based column.</param>
    /// <param name="Length">Length of the span in characters.</param>
    public sealed record SourceRef(string File, int Line, int Column, int Length)
    {
        /// <summary><c>file(line,column)</c>, as compilers print locations.</summary>
        public override string ToString() => File + "(" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
