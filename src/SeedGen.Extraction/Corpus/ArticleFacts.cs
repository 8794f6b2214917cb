using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>A name as the corpus step compares it: the spelling and the consonant key of its surname.</summary>
    public sealed record NameKey(string Name, string SurnameKey);

    /// <summary>An event's corpus keys: the tokens of its name and aliases (aliases first, name last) and its identifier for
    /// its own name and year.</summary>
    public sealed record EventFacts(EquatableArray<NameTokens> Names, string Identifier);

    /// <summary>The content words of one event name, as <see cref="EventMerger"/> compares them.</summary>
    public sealed record NameTokens(string Name, EquatableArray<string> Tokens);

    /// <summary>A statement's identifier as its own article would name it (speaker's surname as spelled there, key words).</summary>
    public sealed record StatementFacts(string? SpeakerSurname, string Identifier);

    /// <summary>
    /// What linking the corpus (people, places, organisations, events and their identifiers) needs from one article: no text
    /// spans and no statements, so an edit that rewords or adds statements, or shifts text, leaves it equal and the linking
    /// step over all articles cached. Events are kept without their mentions.
    /// </summary>
    public sealed record LinkFacts(
        string File,
        EquatableArray<PersonModel> People,
        EquatableArray<string> PersonNames,
        EquatableArray<NameKey> Names,
        EquatableArray<PlaceModel> Places,
        EquatableArray<string> PlaceIdentifiers,
        EquatableArray<OrganizationModel> Organizations,
        EquatableArray<string> OrganizationIdentifiers,
        EquatableArray<EventModel> Events,
        EquatableArray<EventFacts> EventFacts,
        EquatableArray<string> LocationIdentifiers);

    /// <summary>
    /// What the corpus step needs from one article, worked out once per article: the text work (tokenising, surname keys,
    /// identifier spelling) that does not depend on other articles. The generator computes these in a per-article step, so an
    /// edit to one article recomputes one article's facts, and the steps over all articles only look them up. <see cref="OwnAsks"/>:
    /// the article's naming requests with each speaker's surname as the article spells it (the corpus changes the few whose
    /// speaker it spells otherwise).
    /// </summary>
    public sealed record ArticleFacts(
        ArticleModel Article,
        string ArticleIdentifier,
        LinkFacts Link,
        EquatableArray<StatementFacts> Statements,
        ArticleNameAsks OwnAsks)
    {
        public static ArticleFacts Of(ArticleModel a)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            void Name(string? n) { if (n != null && !names.ContainsKey(n)) names[n] = NameMatcher.SurnameKey(n); }
            foreach (var p in a.People) { Name(p.Name); foreach (var al in p.Aliases) Name(al); }
            foreach (var s in a.Statements) Name(s.Speaker);
            foreach (var e in a.Events) foreach (var p in e.Participants) Name(p);
            var personNames = a.Statements.Where(s => s.Speaker != null).Select(s => s.Speaker!)
                .Concat(a.Events.SelectMany(e => e.Participants))
                .Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray();

            var events = a.Events.Select(e => new EventFacts(
                e.Aliases.Append(e.Name).Select(n => new NameTokens(n, EventMerger.Tokens(n).ToEquatableArray())).ToEquatableArray(),
                CorpusBuilder.EventIdentifier(e.Name, YearText(e.Start.Year)))).ToEquatableArray();
            var statements = a.Statements.Select(s =>
            {
                string? surname = s.Speaker is { } who ? CorpusBuilder.LastName(who) : null;
                return new StatementFacts(surname, CorpusBuilder.StatementIdentifier(surname, s.Text));
            }).ToEquatableArray();
            var link = new LinkFacts(
                a.File,
                a.People,
                personNames,
                names.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new NameKey(kv.Key, kv.Value)).ToEquatableArray(),
                a.Places,
                a.Places.Select(p => Identifiers.ToPascalCase(p.Name, "Place")).ToEquatableArray(),
                a.Organizations,
                a.Organizations.Select(o => Identifiers.ToPascalCase(o.Abbreviation ?? o.Name, "Organization")).ToEquatableArray(),
                a.Events.Select(e => e with { Mentions = EquatableArray<SourceSpan>.Empty }).ToEquatableArray(),
                events,
                a.Events.Select(e => e.Location is { } l ? Identifiers.ToPascalCase(l, "Place") : "").ToEquatableArray());
            string articleId = CorpusBuilder.ArticleIdentifier(a.Title);
            return new ArticleFacts(a, articleId, link, statements, CorpusBuilder.OwnNameAsks(a, articleId, statements));
        }

        internal static string? YearText(int year) => year != 0 ? year.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
