using System.Collections.Generic;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Events
{
    /// <summary>One phrase or clause of an article that speaks of an event ("the Riga summit", "X met with Y").</summary>
    internal sealed class EventMention
    {
        public int Start, End;              // the phrase in the document
        public int SentenceIndex = -1;      // -1: the title
        public string Name = "";
        /// <summary>Other names for the same mention ("Merkel's visit to Tbilisi" for "Visit of Angela Merkel to Tbilisi").</summary>
        public List<string> Aliases = new();
        public EventKindModel Kind;
        public bool Named;                  // names an event (else refers back to one)
        public bool Generic;                // neither: "bilateral meetings"
        public bool Definite;
        public bool AfterThe;               // right after "the" ("the 2020 caucuses"), named or not
        public bool DatedAfter;             // a date right after the phrase ("the election today", "the vote on Sunday")
        public int ListId = -1;             // mentions of one list ("protests in A, B and C") share their dates               // "the …": refers to an event the reader knows
        public List<string> People = new(); // people in the phrase or its verb ("X met with Y")
        public string? Place;               // a place the phrase itself names ("visit to Belarus", "elections in Russia")
        public string? PlaceAfter;          // a place right after the phrase by "in" ("the G20 summit in Buenos Aires"), for grouping
        public string? Edition;             // "next", "last", "previous": the phrase names another edition (edition_modifiers)
        public string? Itinerary;           // where a visit is said to take its visitor ("the visit will take him to Ottawa")
        public DateValue Year;              // a year written inside the phrase ("the 2016 parliamentary elections")
        public int Event = -1;
    }

    /// <summary>An event being assembled from its mentions in one article.</summary>
    internal sealed class EventDraft
    {
        public string Name = "";
        public EventKindModel Kind;
        public readonly List<EventMention> Mentions = new();
        public readonly List<string> Aliases = new();
        public readonly List<string> Participants = new();
        public DateValue Start, End;
        public string? Location;
    }
}
