using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Finds events (meetings, conferences, visits, calls, sessions, votes, elections, protests, ceremonies) with dates, place
    /// and participants, one per real event in the article, and links statements to the event they were said at.
    /// </summary>
    /// <remarks>
    /// The pass is a chain of small stages, one file each, with their word lists in <c>Lexicon/event-words.yaml</c>:
    /// <see cref="VerbalMentionFinder"/> and <see cref="NominalMentionFinder"/> find mentions per sentence (the title is read as
    /// sentence -1: it names events but gives no dates); <see cref="MentionGrouper"/> groups them into events;
    /// <see cref="EventDateResolver"/>, <see cref="EventPlaceResolver"/> and <see cref="EventParticipantResolver"/> resolve
    /// date, place and participants (<see cref="EventProcessAlias"/> names talks by their two parties), and <see cref="PartOfEventResolver"/> dates and places an event inside another; <see cref="StatementEventLinker"/> links statements to events.
    /// A sentence's dates pass <see cref="EventDateDirection"/>, <see cref="EventDateCountedFrom"/>, <see cref="EventDateReference"/>, then (as
    /// dates of events) <see cref="EventDateDeadline"/>, <see cref="EventDateStretch"/> and <see cref="EventDateQuoted"/>. After the resolvers, <see cref="EventSameElection"/>
    /// joins an undated election to the one past election of its place; <see cref="EventNarrativeYear"/>, <see cref="EventDateSameTime"/>,
    /// <see cref="EventOngoingSpan"/>, <see cref="EventReviewSpan"/> and <see cref="EventLeadDate"/> date what is still undated or year-only.
    /// </remarks>
    public static class EventExtractor
    {
        [MethodImpl(Jit.Optimized)]
        public static IReadOnlyList<EventModel> Extract(ArticleDocument doc, EntityIndex entities, ArticleTime time, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            var words = EventWords.Default;
            var lx = entities.Lexicon;
            string t = doc.Text;
            var units = new List<(int Start, int End, int Sentence)>();
            if (doc.TitleSpan.Length > 0) units.Add((doc.TitleSpan.Offset, doc.TitleSpan.Offset + doc.TitleSpan.Length, -1));
            for (int i = 0; i < doc.Sentences.Count; i++) units.Add((doc.Sentences[i].Offset, doc.Sentences[i].End, i));

            var anchor = time.Anchor;
            var mentions = new List<EventMention>();
            var datesBySentence = new Dictionary<int, IReadOnlyList<TemporalMatch>>();
            var reference = DateValue.None; // the narrative's last full date ("two days earlier" counts from it)
            var referenceBefore = new Dictionary<int, DateValue>();
            var earlier = new List<(string Sentence, IReadOnlyList<TemporalMatch> Dates)>(); // every sentence read so far, with its dates
            IReadOnlyList<TemporalMatch>? leadDates = null;
            foreach (var (start, end, si) in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (end - start > 5000) continue; // not a sentence a reader would read as one; keeps the work linear
                var tokens = doc.Tokens(start, end);
                var used = new bool[tokens.Count];
                var found = VerbalMentionFinder.Find(t, tokens, entities, words, used);
                found.AddRange(NominalMentionFinder.Find(t, tokens, entities, lx, words, start, end, used));
                found.Sort((a, b) => a.Start.CompareTo(b.Start));
                foreach (var m in found) m.SentenceIndex = si;
                mentions.AddRange(found);
                if (si >= 0)
                {
                    // every sentence's dates move the narrative's reference date; those of sentences with mentions date events
                    string sentence = doc.SentenceText(si);
                    var before = reference;
                    var directed = EventDateDirection.Apply(sentence, anchor, doc.Dates(start, end, anchor, sentence));
                    var referent = EventDateReferent.Find(sentence, directed, earlier, words);
                    var dates = EventDateReference.Apply(sentence, anchor, EventDateCountedFrom.Apply(sentence, anchor, directed, words, referent), words, ref reference);
                    earlier.Add((sentence, dates));
                    if (found.Count > 0 || si == 0)
                    {
                        // as dates of events: a stretch is no day, a quoted "today" is the speaker's
                        dates = EventDateQuoted.Apply(sentence, start, EventDateStretch.Apply(sentence, anchor, EventDateDeadline.Apply(sentence, dates, words), words), found);
                        if (si == 0) leadDates = dates;
                        if (found.Count > 0) { datesBySentence[si] = dates; referenceBefore[si] = before; }
                    }
                }
            }

            var drafts = MentionGrouper.Group(mentions, words);
            var articlePlaces = new EventPlaceResolver.ArticlePlaces(doc, entities, lx);
            foreach (var draft in drafts)
            {
                EventDateResolver.Resolve(doc, draft, datesBySentence, mentions, words);
                draft.Location = EventPlaceResolver.Resolve(doc, draft, entities, lx, words, mentions, articlePlaces);
            }
            EventSameElection.Resolve(drafts, anchor);
            EventNarrativeYear.Resolve(doc, drafts, anchor);
            EventDateSameTime.Resolve(doc, drafts, referenceBefore, datesBySentence, words);
            EventOngoingSpan.Resolve(doc, drafts, anchor, words);
            EventReviewSpan.Resolve(drafts, time.Published, anchor, words);
            EventPlaceResolver.PartsTakeTheirWholesPlace(drafts, words);
            EventParticipantResolver.Resolve(doc, drafts, entities, words);
            EventProcessAlias.Resolve(drafts, words);
            EventLeadDate.Resolve(doc, drafts, leadDates, datesBySentence, entities, words);
            PartOfEventResolver.Resolve(doc, drafts, words, place => entities.Places.Any(p => p.Kind == PlaceKindModel.Region && string.Equals(p.Name, place, StringComparison.Ordinal)));

            var result = new List<EventModel>();
            foreach (var d in drafts)
            {
                var spans = d.Mentions.Where(x => x.SentenceIndex >= 0).Concat(d.Mentions.Where(x => x.SentenceIndex < 0))
                    .Select(x => doc.Span(x.Start, x.End - x.Start)).ToEquatableArray();
                var aliases = d.Aliases.Where(a => !string.Equals(a, d.Name, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray();
                result.Add(new EventModel(d.Name, d.Kind, d.Start, d.End, d.Location, d.Participants.ToEquatableArray(), aliases, spans));
                if (!d.Start.IsNone && !d.Start.HasYear)
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.DateWithoutYear, DiagnosticSeverityModel.Info,
                        $"the year of '{d.Name}' ({d.Start.ToIso()}) is not certain from this article; it was left out", doc.File, spans.Count > 0 ? spans[0] : SourceSpan.None));
            }
            return result;
        }

        /// <summary>Sets <see cref="StatementModel.Event"/> for statements said at one of the events (see <see cref="StatementEventLinker"/>).</summary>
        public static IReadOnlyList<StatementModel> LinkStatements(ArticleDocument doc, IReadOnlyList<StatementModel> statements, IReadOnlyList<EventModel> events) =>
            StatementEventLinker.Link(doc, statements, events, EventWords.Default);
    }
}
