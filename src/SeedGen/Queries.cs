using System;
using System.Collections.Generic;

namespace SeedGen
{
    /// <summary>The queries users reach for over the generated collections (<c>Corpus.Events.All</c>, <c>Corpus.Statements.All</c>).
    /// Plain filters over the records: nothing is parsed, and the order of the source collection is kept.</summary>
    public static class Queries
    {
        /// <summary>Events whose dates overlap [<paramref name="from"/>, <paramref name="to"/>] (a partial date covers its whole month
        /// or year; undated events never match).</summary>
        public static IEnumerable<Event> Between(this IEnumerable<Event> events, DateTime from, DateTime to)
        {
            if (events is null) throw new ArgumentNullException(nameof(events));
            foreach (var e in events) if (e.Dates.Overlaps(from, to)) yield return e;
        }

        /// <summary>Events held at <paramref name="place"/>, or at a place that lies in it (a city of that country).</summary>
        public static IEnumerable<Event> At(this IEnumerable<Event> events, Place place)
        {
            if (events is null) throw new ArgumentNullException(nameof(events));
            if (place is null) throw new ArgumentNullException(nameof(place));
            foreach (var e in events)
                if (e.Location is { } l && (l.Equals(place) || string.Equals(l.Country, place.Name, StringComparison.Ordinal))) yield return e;
        }

        /// <summary>Events <paramref name="person"/> took part in.</summary>
        public static IEnumerable<Event> With(this IEnumerable<Event> events, Person person)
        {
            if (events is null) throw new ArgumentNullException(nameof(events));
            if (person is null) throw new ArgumentNullException(nameof(person));
            foreach (var e in events) foreach (var p in e.Participants) if (p.Equals(person)) { yield return e; break; }
        }

        /// <summary>Statements made by <paramref name="person"/>.</summary>
        public static IEnumerable<Statement> By(this IEnumerable<Statement> statements, Person person)
        {
            if (statements is null) throw new ArgumentNullException(nameof(statements));
            if (person is null) throw new ArgumentNullException(nameof(person));
            foreach (var s in statements) if (s.Speaker is { } sp && sp.Equals(person)) yield return s;
        }

        /// <summary>Statements made at <paramref name="ev"/>.</summary>
        public static IEnumerable<Statement> At(this IEnumerable<Statement> statements, Event ev)
        {
            if (statements is null) throw new ArgumentNullException(nameof(statements));
            if (ev is null) throw new ArgumentNullException(nameof(ev));
            foreach (var s in statements) if (s.Event is { } e && e.Equals(ev)) yield return s;
        }

        /// <summary>Statements of one kind: direct quotes, reported speech (<see cref="StatementKind.Indirect"/>) or partial quotes
        /// (<see cref="StatementKind.Partial"/>).</summary>
        public static IEnumerable<Statement> OfKind(this IEnumerable<Statement> statements, StatementKind kind)
        {
            if (statements is null) throw new ArgumentNullException(nameof(statements));
            foreach (var s in statements) if (s.Kind == kind) yield return s;
        }
    }
}
