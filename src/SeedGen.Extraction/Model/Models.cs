using System;
using System.Globalization;

namespace SeedGen.Extraction.Model
{
    // Value models: strings, numbers, enums and EquatableArray only, so that the incremental
    // generator can cache them. Nothing here refers to Roslyn.

    /// <summary>Kinds of event; the names match SeedGen.EventKind in the runtime library one to one.</summary>
    public enum EventKindModel { Other, Meeting, Conference, Forum, Summit, Session, Visit, Election, Talks, Discussion, Ceremony, Congress, Protest }

    /// <summary>Direct (quoted), indirect (reported) speech, or a partial quote (quoted words inside the reporter's own
    /// sentence); names match SeedGen.StatementKind.</summary>
    public enum StatementKindModel { Direct, Indirect, Partial }

    /// <summary>Kinds of place; names match SeedGen.PlaceKind.</summary>
    public enum PlaceKindModel { Other, City, Country, Region }

    public enum DiagnosticSeverityModel { Hidden, Info, Warning, Error }

    /// <summary>A calendar date whose parts may be unknown (0 = unknown).</summary>
    public readonly record struct DateValue(int Year, int Month, int Day)
    {
        public static readonly DateValue None = default;
        public bool IsNone => Year == 0 && Month == 0 && Day == 0;
        public bool HasYear => Year != 0;
        public bool IsComplete => Year != 0 && Month != 0 && Day != 0;

        /// <summary>ISO text as in the gold files: 2018-10-30, 2018-10, 2018, --10-30, --10; null for none.</summary>
        public string? ToIso()
        {
            var ci = CultureInfo.InvariantCulture;
            if (IsNone) return null;
            if (Year != 0)
            {
                if (Month == 0) return Year.ToString("0000", ci);
                if (Day == 0) return Year.ToString("0000", ci) + "-" + Month.ToString("00", ci);
                return Year.ToString("0000", ci) + "-" + Month.ToString("00", ci) + "-" + Day.ToString("00", ci);
            }
            if (Month != 0) return Day == 0 ? "--" + Month.ToString("00", ci) : "--" + Month.ToString("00", ci) + "-" + Day.ToString("00", ci);
            return "---" + Day.ToString("00", ci);
        }

        public override string ToString() => ToIso() ?? "";

        /// <summary>Parses the ISO forms produced by <see cref="ToIso"/>; returns None for null/empty/invalid.</summary>
        public static DateValue ParseIso(string? s)
        {
            if (string.IsNullOrWhiteSpace(s)) return None;
            s = s!.Trim();
            var ci = CultureInfo.InvariantCulture;
            try
            {
                if (s.StartsWith("---", StringComparison.Ordinal)) return new DateValue(0, 0, int.Parse(s.Substring(3), ci));
                if (s.StartsWith("--", StringComparison.Ordinal))
                {
                    var p = s.Substring(2).Split('-');
                    return new DateValue(0, int.Parse(p[0], ci), p.Length > 1 ? int.Parse(p[1], ci) : 0);
                }
                var parts = s.Split('-');
                int y = int.Parse(parts[0], ci);
                int m = parts.Length > 1 ? int.Parse(parts[1], ci) : 0;
                int d = parts.Length > 2 ? int.Parse(parts[2], ci) : 0;
                // a date no calendar has ("99999-99-99", "2019-02-30") is no date: later steps build DateTimes from it
                if (y < 1 || y > 9999 || m < 0 || m > 12 || d < 0 || d > 31 || (d > 0 && m == 0)) return None;
                if (m > 0 && d > DateTime.DaysInMonth(y, m)) return None;
                return new DateValue(y, m, d);
            }
            catch (FormatException) { return None; }
            catch (OverflowException) { return None; }
        }
    }

    /// <summary>A place in an article's text: offset and length in the article (after normalising line endings to \n),
    /// and the 1-based line and column of its start in the original file.</summary>
    public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column)
    {
        public static readonly SourceSpan None = default;
    }

    /// <summary>A diagnostic as data (reported by the generator, printed by the CLI).</summary>
    public sealed record DiagnosticModel(string Id, DiagnosticSeverityModel Severity, string Message, string File, SourceSpan Span);

    public sealed record PersonModel(string Name, EquatableArray<string> Aliases, string? Role, string? Country);

    public sealed record PlaceModel(string Name, PlaceKindModel Kind, string? Country, EquatableArray<string> Aliases);

    public sealed record OrganizationModel(string Name, string? Abbreviation, EquatableArray<string> Aliases);

    /// <summary>One event as one article reports it (all its mentions in the article merged).</summary>
    /// <param name="Name">The full noun phrase a reader would use, abbreviations expanded.</param>
    /// <param name="Location">Canonical place name, or null.</param>
    /// <param name="Participants">Canonical person names.</param>
    /// <param name="Mentions">Every mention in the article (the first is where it is introduced).</param>
    public sealed record EventModel(
        string Name,
        EventKindModel Kind,
        DateValue Start,
        DateValue End,
        string? Location,
        EquatableArray<string> Participants,
        EquatableArray<string> Aliases,
        EquatableArray<SourceSpan> Mentions)
    {
        public SourceSpan Span => Mentions.Count > 0 ? Mentions[0] : SourceSpan.None;
    }

    /// <summary>One statement.</summary>
    /// <param name="Text">Direct: the quoted words without marks (parts of a split quote joined by one space). Indirect: the reported clause.</param>
    /// <param name="Speaker">Canonical person (or organisation) name, or null when it cannot be resolved.</param>
    /// <param name="SpeakerText">How the text names the speaker at this place ("the head of state").</param>
    /// <param name="Event">The <see cref="EventModel.Name"/> of the event it was said at, or null (for display; the identity is <see cref="EventRef"/>).</param>
    public sealed record StatementModel(
        StatementKindModel Kind,
        string Text,
        string? Speaker,
        string? SpeakerText,
        string? Event,
        SourceSpan Span)
    {
        /// <summary>Which event of its article it was said at: that <see cref="EventModel"/>'s <see cref="EventModel.Span"/> (its
        /// first mention, unique among the article's events whatever their names), or <see cref="SourceSpan.None"/>. Set by the
        /// event linker; <see cref="ArticleModel.EventIndexOf"/> resolves it.</summary>
        public SourceSpan EventRef { get; init; }
    }

    /// <summary>Everything extracted from one article. Equal input gives an equal model.</summary>
    /// <param name="File">The path as given (relative, forward slashes), used in diagnostics and SourceRef.</param>
    public sealed record ArticleModel(
        string File,
        string Title,
        DateValue Published,
        string? Source,
        string? Url,
        EquatableArray<EventModel> Events,
        EquatableArray<StatementModel> Statements,
        EquatableArray<PersonModel> People,
        EquatableArray<PlaceModel> Places,
        EquatableArray<OrganizationModel> Organizations,
        EquatableArray<DiagnosticModel> Diagnostics)
    {
        /// <summary>The index in <see cref="Events"/> of the event a statement was said at, or -1: by identity
        /// (<see cref="StatementModel.EventRef"/>), else by name (a statement that curation points to an event by name).</summary>
        public int EventIndexOf(StatementModel s)
        {
            if (s.Event == null && s.EventRef == SourceSpan.None) return -1;
            if (s.EventRef != SourceSpan.None)
                for (int i = 0; i < Events.Count; i++) if (Events[i].Span == s.EventRef) return i;
            if (s.Event != null)
                for (int i = 0; i < Events.Count; i++) if (Events[i].Name == s.Event) return i;
            return -1;
        }

        /// <summary>Identifier renames asked for by curation (old generated id to new id), applied corpus-wide.</summary>
        public EquatableArray<RenameModel> Renames { get; init; } = EquatableArray<RenameModel>.Empty;
    }

    /// <summary>A curated identifier rename, with where it was asked for.</summary>
    public sealed record RenameModel(string From, string To, string File, SourceSpan Span);
}
