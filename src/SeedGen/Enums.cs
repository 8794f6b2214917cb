namespace SeedGen
{
    /// <summary>What kind of gathering an <see cref="Event"/> is.</summary>
    public enum EventKind
    {
        /// <summary>Anything not covered by a more specific kind.</summary>
        Other = 0,
        /// <summary>A meeting (including bilateral meetings and group meetings).</summary>
        Meeting,
        /// <summary>A conference.</summary>
        Conference,
        /// <summary>A forum.</summary>
        Forum,
        /// <summary>A summit.</summary>
        Summit,
        /// <summary>A session of a council, assembly or parliament.</summary>
        Session,
        /// <summary>An official visit.</summary>
        Visit,
        /// <summary>An election or referendum.</summary>
        Election,
        /// <summary>Talks or negotiations.</summary>
        Talks,
        /// <summary>A panel or round-table discussion.</summary>
        Discussion,
        /// <summary>A ceremony.</summary>
        Ceremony,
        /// <summary>A congress.</summary>
        Congress,
        /// <summary>A protest, rally, demonstration or march.</summary>
        Protest,
    }

    /// <summary>Whether a <see cref="Statement"/> is quoted, reported, or quoted in part.</summary>
    public enum StatementKind
    {
        /// <summary>The speaker's own words in quotation marks, standing as their own sentence ("“We will win,” she said";
        /// "she said: “We will win.”").</summary>
        Direct = 0,
        /// <summary>Reported speech ("X said that ...", "according to X, ...").</summary>
        Indirect = 1,
        /// <summary>A partial quote: the speaker's words in quotation marks inside the reporter's own sentence ("she called the
        /// plan “a disaster”"; "he said the talks were “constructive”"). The reported clause around it is
        /// usually an <see cref="Indirect"/> statement of its own.</summary>
        Partial = 2,
    }

    /// <summary>What kind of place a <see cref="Place"/> is.</summary>
    public enum PlaceKind
    {
        /// <summary>Not known.</summary>
        Other = 0,
        /// <summary>A city or town.</summary>
        City,
        /// <summary>A country.</summary>
        Country,
        /// <summary>A region, area or continent.</summary>
        Region,
    }
}
