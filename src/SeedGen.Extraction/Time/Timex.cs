namespace SeedGen.Extraction.Time
{
    /// <summary>The TIMEX3 type of a time expression.</summary>
    public enum TimexType { Date, Time, Duration, Set }

    /// <summary>How fine a date is: the unit its value names.</summary>
    public enum TimexGrain { None, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Season, Year, Decade, Century, Ref }

    /// <summary>A time expression found in text, normalised as TIMEX3 does it.</summary>
    /// <param name="Start">Offset of its first character in the text passed in.</param>
    /// <param name="End">Offset just past its last character.</param>
    /// <param name="Text">The text of the span.</param>
    /// <param name="Type">DATE, TIME, DURATION or SET.</param>
    /// <param name="Value">TIMEX3 value: <c>2013-03-22</c>, <c>2013-03</c>, <c>2013</c>, <c>XXXX-03-22</c>, <c>2013-W12</c>,
    /// <c>2013-Q3</c>, <c>2013-SU</c>, <c>198</c>, <c>PRESENT_REF</c>, <c>P3Y</c>, …</param>
    /// <param name="EndValue">The end of a range ("5–7 May"), or null.</param>
    /// <param name="Mod">TIMEX3 mod (START, MID, END), or null.</param>
    /// <param name="Grain">The unit the value names.</param>
    public sealed record Timex(int Start, int End, string Text, TimexType Type, string Value, string? EndValue, string? Mod, TimexGrain Grain)
    {
        /// <summary>The TIMEX3 spelling of the type: DATE, TIME, DURATION, SET.</summary>
        public string TypeName => Type switch { TimexType.Time => "TIME", TimexType.Duration => "DURATION", TimexType.Set => "SET", _ => "DATE" };
    }

    /// <summary>What a parser proposes: a token span and its reading. Refiners change it with <c>with</c>.</summary>
    /// <param name="First">First token (inclusive).</param>
    /// <param name="Last">Last token (inclusive).</param>
    /// <param name="Role">A reading that a later refiner completes from the discourse (see <see cref="TimexRole"/>).</param>
    /// <param name="Priority">Breaks ties between candidates of the same length: higher wins.</param>
    internal sealed record TimexCandidate(int First, int Last, TimexType Type, string Value, TimexGrain Grain,
        string? EndValue = null, string? Mod = null, TimexRole Role = TimexRole.None, int Priority = 0, int Quarter = 0, int Shift = 0)
    {
        public int Count => Last - First + 1;
    }

    /// <summary>Readings that depend on what the article spoke of before.</summary>
    internal enum TimexRole
    {
        None,
        /// <summary>"a year ago", "a year earlier", "year-earlier": the period just spoken of, one year before.</summary>
        YearBefore,
        /// <summary>"the quarter", "the latest quarter": the quarter just spoken of.</summary>
        ReferenceQuarter,
        /// <summary>"that year", "the following month", "the same day": the date last named, moved by <see cref="TimexCandidate.Shift"/> units.</summary>
        Anaphoric,
    }
}
