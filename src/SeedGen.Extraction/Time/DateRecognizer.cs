using System;
using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Time
{
    public enum TemporalKind { Date, Range, Month, Year, Relative, Weekday, Period }

    /// <summary>A temporal expression found in text.</summary>
    /// <param name="Index">Offset of the match in the text passed in.</param>
    /// <param name="Length">Length of the match.</param>
    /// <param name="Start">Start date (parts 0 when unknown). Year is filled only when the text or the anchor makes it certain.</param>
    /// <param name="End">End of a range, or None.</param>
    /// <param name="Kind">What kind of expression it was.</param>
    /// <param name="YearFromAnchor">True when the year was not written but taken from the anchor.</param>
    public readonly record struct TemporalMatch(int Index, int Length, DateValue Start, DateValue End, TemporalKind Kind, bool YearFromAnchor);

    /// <summary>Options that change how ambiguous text reads.</summary>
    public sealed record DateRecognizerOptions
    {
        public static readonly DateRecognizerOptions Default = new();
        /// <summary>Read 6/10/2018 as 6 October (day first), as British English does.</summary>
        public bool DayFirst { get; init; }
        /// <summary>Only formal dates: no relative or casual expressions ("today", "Friday", "last week").</summary>
        public bool Strict { get; init; }
        /// <summary>Resolve ambiguous expressions to the future relative to the anchor.</summary>
        public bool ForwardDate { get; init; }
    }

    /// <summary>
    /// Recognises and normalises temporal expressions: absolute dates, ranges, months, years and relative expressions.
    /// Relative and year-less expressions are resolved against <c>anchor</c> when it is known; otherwise they stay partial.
    /// Linear in the input (a scanner, no backtracking regular expressions).
    /// </summary>
    public static class DateRecognizer
    {
        public static IReadOnlyList<TemporalMatch> Recognize(string text, DateValue anchor, DateRecognizerOptions? options = null)
        {
            // Implemented in the dates work package.
            return Array.Empty<TemporalMatch>();
        }
    }
}
