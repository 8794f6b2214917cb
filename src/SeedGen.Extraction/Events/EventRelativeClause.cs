using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 1a (part): a relative clause after an event phrase that reports the event begun or held ("the peace talks they
    /// began in November in Geneva", "the negotiations which started in Oslo", "the summit that he convened in Riga"). The
    /// clause makes the phrase a real event; its "in / at &lt;place&gt;" is where the event was held, and a subject pronoun
    /// ("they", "he") names the people of the sentence before the phrase as its participants.
    /// </summary>
    internal static class EventRelativeClause
    {
        /// <summary>What the clause says: the place it names (or null) and the participants it gives.</summary>
        internal sealed record Clause(string? Place, List<string> People);

        /// <summary>How many tokens after its verb the clause's place may come ("began in November last year in Geneva").</summary>
        private const int PlaceReach = 8;

        /// <summary>The relative clause that starts at token <paramref name="k"/> right after an event phrase, or null.</summary>
        public static Clause? Read(TokenList tokens, int k, int phraseStart, EntityIndex entities, EventWords words)
        {
            int j = k;
            if (j < tokens.Count && words.RelativePronouns.Contains(tokens[j].Text)) j++;
            string? subject = null;
            if (j < tokens.Count && words.RelativeSubjects.Contains(tokens[j].Text)) { subject = tokens[j].Text; j++; }
            // "talks began": without a relative pronoun or a subject pronoun the verb is the sentence's own, not a clause
            if (j == k) return null;
            // "which have begun", "they had started", "which were held": an auxiliary before the verb
            string? aux = null;
            if (j < tokens.Count && words.RelativeAuxiliaries.Contains(tokens[j].Text)) { aux = tokens[j].Text; j++; }
            if (j >= tokens.Count || !words.RelativeBeginVerbs.Contains(tokens[j].Text)) return null;
            // "that they began", "that he hosted": the people are the subject, any verb of the list; with the event itself as the
            // subject only a passive ("which were held") or a verb of beginning without an object ("which started in Oslo"), not
            // "the trip that launched 1,000 trips"
            if (subject == null && !(aux != null && words.PassiveAuxiliaries.Contains(aux) || words.RelativeSelfVerbs.Contains(tokens[j].Text))) return null;
            string? place = null;
            for (int p = j + 1; p + 1 < tokens.Count && p <= j + PlaceReach && place == null; p++)
            {
                if (tokens[p].Text is "." or ";" or "," or ":") break;
                if (!(tokens[p].Text is "in" or "at")) continue;
                int q = p + 1;
                if (tokens[q].Text == "the" && q + 1 < tokens.Count) q++;
                if (PlaceAt(entities, tokens[q].Offset) is { } pm && !entities.Lexicon.CountryByAdjective.ContainsKey(pm.Surface)) place = pm.Canonical;
                else if (UnknownPlaceAt(tokens, q, entities, words) is { } u) place = u.Name;
            }
            var people = new List<string>();
            if (subject != null)
            {
                // the people named before the phrase in its sentence: "encourage X and Y to move forward with talks they began"
                var named = new List<string>();
                for (int b = 0; b < phraseStart; b++)
                    if (PersonAt(entities, tokens[b].Offset) is { IsPronounOrDescription: false } pm && pm.Offset >= tokens[b].Offset && !named.Contains(pm.Canonical))
                        named.Add(pm.Canonical);
                if (words.PluralSubjects.Contains(subject)) { if (named.Count >= 2) people.AddRange(named.Skip(named.Count - 2)); }
                else if (named.Count > 0) people.Add(named[named.Count - 1]);
            }
            return new Clause(place, people);
        }
    }
}
