using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SeedGen
{
    // Records are compared by Id: the corpus holds one instance per id, and links form cycles
    // (Person.Statements -> Statement.Speaker), so structural equality and the default ToString
    // would recurse. Collections that point "down" the graph are built on first use.

    /// <summary>A person named in the corpus, with every spelling found for them.</summary>
    public sealed record Person
    {
        private readonly LazyList<Statement> _statements;
        private readonly LazyList<Event> _events;

        /// <summary>Creates a person. Generated code calls this; the factories are called on first use.</summary>
        public Person(string id, string name, IReadOnlyList<string> aliases, string? role, string? country,
            Func<Statement[]>? statements = null, Func<Event[]>? events = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Aliases = aliases ?? Array.Empty<string>();
            Role = role;
            Country = country;
            _statements = new LazyList<Statement>(statements);
            _events = new LazyList<Event>(events);
        }

        /// <summary>The identifier of the generated member (<c>Corpus.People.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>The canonical name.</summary>
        public string Name { get; }
        /// <summary>Other spellings and short forms found in the articles or the lexicon.</summary>
        public IReadOnlyList<string> Aliases { get; }
        /// <summary>Role or title, when known ("President of Belarus").</summary>
        public string? Role { get; }
        /// <summary>Country the person is associated with, when known.</summary>
        public string? Country { get; }
        /// <summary>Everything this person said in the corpus, in corpus order.</summary>
        public IReadOnlyList<Statement> Statements => _statements.Value;
        /// <summary>The events this person took part in.</summary>
        public IReadOnlyList<Event> Events => _events.Value;

        /// <inheritdoc/>
        public bool Equals(Person? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>The canonical name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>A place: a city, country or region.</summary>
    public sealed record Place
    {
        private readonly LazyList<Event> _events;

        /// <summary>Creates a place. Generated code calls this.</summary>
        public Place(string id, string name, PlaceKind kind, string? country, IReadOnlyList<string> aliases, Func<Event[]>? events = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Kind = kind;
            Country = country;
            Aliases = aliases ?? Array.Empty<string>();
            _events = new LazyList<Event>(events);
        }

        /// <summary>The identifier of the generated member (<c>Corpus.Places.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>The canonical name ("Minsk").</summary>
        public string Name { get; }
        /// <summary>City, country or region.</summary>
        public PlaceKind Kind { get; }
        /// <summary>The country a city is in, when known.</summary>
        public string? Country { get; }
        /// <summary>Other names found ("the Belarusian capital").</summary>
        public IReadOnlyList<string> Aliases { get; }
        /// <summary>Events held here.</summary>
        public IReadOnlyList<Event> Events => _events.Value;

        /// <inheritdoc/>
        public bool Equals(Place? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>The canonical name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>An organisation (OSCE, CIS, a ministry).</summary>
    public sealed record Organization
    {
        /// <summary>Creates an organisation. Generated code calls this.</summary>
        public Organization(string id, string name, string? abbreviation, IReadOnlyList<string> aliases)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Abbreviation = abbreviation;
            Aliases = aliases ?? Array.Empty<string>();
        }

        /// <summary>The identifier of the generated member (<c>Corpus.Organizations.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>The full name.</summary>
        public string Name { get; }
        /// <summary>The abbreviation, when there is one ("OSCE").</summary>
        public string? Abbreviation { get; }
        /// <summary>Other names found.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <inheritdoc/>
        public bool Equals(Organization? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>The name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>A gathering reported by one or more articles: a meeting, conference, visit, session, election or talks.</summary>
    public sealed record Event
    {
        // an event made by its constructors looks its links up through these; one from a generated table (the internal
        // constructor) through its chunk, on first use, without delegates (first access to one event builds that event only)
        private readonly LazyList<Statement>? _statements;
        private readonly LazyList<Article>? _articles;
        private readonly LazyList<Person>? _participants;
        private readonly LazyRef<Place>? _location;
        private readonly Internal.EventChunk? _chunk;
        private readonly int _row;
        private Place? _place;
        private int _placeFound;
        private Person[]? _people;
        private Statement[]? _said;
        private Article[]? _reported;

        /// <summary>Creates an event. Generated code calls this; the factories are called on first use.</summary>
        public Event(string id, string name, EventKind kind, DateSpan dates, Place? location,
            IReadOnlyList<Person> participants, IReadOnlyList<string> aliases, IReadOnlyList<SourceRef> sources,
            Func<Statement[]>? statements = null, Func<Article[]>? articles = null)
            : this(id, name, kind, dates, location is null ? null : () => location, ToFactory(participants), aliases, sources, statements, articles)
        {
        }

        /// <summary>Creates an event whose place and participants are also looked up on first use, so that touching one event
        /// constructs that event only. Generated code calls this; the factories are called on first use.</summary>
        public Event(string id, string name, EventKind kind, DateSpan dates, Func<Place?>? location,
            Func<Person[]>? participants, IReadOnlyList<string> aliases, IReadOnlyList<SourceRef> sources,
            Func<Statement[]>? statements = null, Func<Article[]>? articles = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Kind = kind;
            Dates = dates;
            _location = new LazyRef<Place>(location);
            _participants = new LazyList<Person>(participants);
            Aliases = aliases ?? Array.Empty<string>();
            Sources = sources ?? Array.Empty<SourceRef>();
            _statements = new LazyList<Statement>(statements);
            _articles = new LazyList<Article>(articles);
        }

        /// <summary>An event of a generated table: its links are looked up through <paramref name="chunk"/> on first use.</summary>
        internal Event(Internal.EventChunk chunk, int row, string id, string name, EventKind kind, DateSpan dates,
            IReadOnlyList<string> aliases, IReadOnlyList<SourceRef> sources)
        {
            Id = id;
            Name = name;
            Kind = kind;
            Dates = dates;
            Aliases = aliases;
            Sources = sources;
            _chunk = chunk;
            _row = row;
        }

        private static Func<Person[]>? ToFactory(IReadOnlyList<Person>? people)
        {
            if (people is null || people.Count == 0) return null;
            var copy = new Person[people.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = people[i];
            return () => copy;
        }

        /// <summary>The identifier of the generated member (<c>Corpus.Events.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>The name a reader would use ("Munich Security Conference Core Group meeting").</summary>
        public string Name { get; }
        /// <summary>What kind of gathering it is.</summary>
        public EventKind Kind { get; }
        /// <summary>Start and end dates, each possibly partial or unknown.</summary>
        public DateSpan Dates { get; }
        /// <summary>The first day, when known.</summary>
        public PartialDate? Start => Dates.Start;
        /// <summary>The last day, when known.</summary>
        public PartialDate? End => Dates.End;
        /// <summary>Where it took place, when known.</summary>
        public Place? Location
        {
            get
            {
                if (_chunk is null) return _location!.Value;
                if (Volatile.Read(ref _placeFound) != 0) return Volatile.Read(ref _place);
                var p = _chunk.Location(_row);
                Interlocked.CompareExchange(ref _place, p, null);
                Volatile.Write(ref _placeFound, 1);
                return Volatile.Read(ref _place);
            }
        }
        /// <summary>People named as taking part.</summary>
        public IReadOnlyList<Person> Participants => _chunk is null ? _participants!.Value
            : Volatile.Read(ref _people) ?? Publish(ref _people, _chunk.Participants(_row));
        /// <summary>Other names the articles use for it.</summary>
        public IReadOnlyList<string> Aliases { get; }
        /// <summary>Every mention of the event, by article file and line.</summary>
        public IReadOnlyList<SourceRef> Sources { get; }
        /// <summary>Statements made at this event.</summary>
        public IReadOnlyList<Statement> Statements => _chunk is null ? _statements!.Value
            : Volatile.Read(ref _said) ?? Publish(ref _said, _chunk.StatementsOf(_row));
        /// <summary>Articles that report the event.</summary>
        public IReadOnlyList<Article> Articles => _chunk is null ? _articles!.Value
            : Volatile.Read(ref _reported) ?? Publish(ref _reported, _chunk.ArticlesOf(_row));

        private static T[] Publish<T>(ref T[]? slot, T[] value) => Interlocked.CompareExchange(ref slot, value, null) ?? value;

        /// <inheritdoc/>
        public bool Equals(Event? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>Name, dates and place.</summary>
        public override string ToString()
        {
            var sb = new StringBuilder(Name);
            if (!Dates.IsUnknown) sb.Append(" (").Append(Dates.ToString()).Append(')');
            if (Location is not null) sb.Append(", ").Append(Location.Name);
            return sb.ToString();
        }
    }

    /// <summary>A quote or a piece of reported speech, with its speaker when the text tells.</summary>
    public sealed record Statement
    {
        /// <summary>Creates a statement. Generated code calls this.</summary>
        public Statement(string id, StatementKind kind, string text, Person? speaker, string? speakerText,
            Event? @event, Article article, SourceRef source)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Kind = kind;
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Speaker = speaker;
            SpeakerText = speakerText;
            Event = @event;
            Article = article ?? throw new ArgumentNullException(nameof(article));
            Source = source ?? throw new ArgumentNullException(nameof(source));
        }

        /// <summary>The identifier of the generated member (<c>Corpus.Statements.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>Direct (quoted), indirect (reported) or partial (quoted words inside the reporter's sentence).</summary>
        public StatementKind Kind { get; }
        /// <summary>The quoted words without quotation marks, or the reported clause.</summary>
        public string Text { get; }
        /// <summary>Who said it; <see langword="null"/> when the text does not make it certain.</summary>
        public Person? Speaker { get; }
        /// <summary>How the article names the speaker at this place ("the head of state"), when it does.</summary>
        public string? SpeakerText { get; }
        /// <summary>The event it was said at, when the text tells.</summary>
        public Event? Event { get; }
        /// <summary>The article it comes from.</summary>
        public Article Article { get; }
        /// <summary>Where in the article.</summary>
        public SourceRef Source { get; }

        /// <inheritdoc/>
        public bool Equals(Statement? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>Speaker and text.</summary>
        public override string ToString() => (Speaker?.Name ?? "(unknown)") + (Kind != StatementKind.Indirect ? ": \u201C" + Text + "\u201D" : ": " + Text);
    }

    /// <summary>One article of the corpus.</summary>
    public sealed record Article
    {
        private readonly LazyList<Event> _events;
        private readonly LazyList<Statement> _statements;

        /// <summary>Creates an article. Generated code calls this; the factories are called on first use.</summary>
        public Article(string id, string file, string title, PartialDate? published, string? source, string? url,
            Func<Event[]>? events = null, Func<Statement[]>? statements = null)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            File = file ?? throw new ArgumentNullException(nameof(file));
            Title = title ?? throw new ArgumentNullException(nameof(title));
            Published = published;
            Source = source;
            Url = url;
            _events = new LazyList<Event>(events);
            _statements = new LazyList<Statement>(statements);
        }

        /// <summary>The identifier of the generated member (<c>Corpus.Articles.{Id}</c>).</summary>
        public string Id { get; }
        /// <summary>Path of the article file relative to the project, with forward slashes.</summary>
        public string File { get; }
        /// <summary>The title (the first line, or <c>title:</c> in front matter).</summary>
        public string Title { get; }
        /// <summary>The publication date, when the article or its front matter makes it certain.</summary>
        public PartialDate? Published { get; }
        /// <summary>The publisher (<c>source:</c> in front matter), when given.</summary>
        public string? Source { get; }
        /// <summary>The article's address (<c>url:</c> in front matter), when given.</summary>
        public string? Url { get; }
        /// <summary>Events the article reports, in order of first mention.</summary>
        public IReadOnlyList<Event> Events => _events.Value;
        /// <summary>Statements in the article, in text order.</summary>
        public IReadOnlyList<Statement> Statements => _statements.Value;

        /// <inheritdoc/>
        public bool Equals(Article? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);
        /// <inheritdoc/>
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
        /// <summary>The title.</summary>
        public override string ToString() => Title;
    }
}
