using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Entities;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using static SeedGen.Extraction.Events.EventText;

namespace SeedGen.Extraction.Events
{
    /// <summary>
    /// Stage 1a: event noun phrases in one sentence. Every head noun of the word list ("meeting", "visit", "protests", "call")
    /// is grown into the phrase a reader would use: capitalised, classifying and compound modifiers and an owner before it
    /// ("Merkel's", "Zimbabwe's presidential"); "of …", "on …", "between X and Y", "with X", "to &lt;place&gt;", "in &lt;place&gt;",
    /// "against …" after it. A phrase with something distinctive (a proper noun, an owner, a complement, a classifier, an
    /// ordinal edition, a year) names an event; a bare "the meeting" refers back; "similar forums" or a proposal is generic.
    /// </summary>
    internal static class NominalMentionFinder
    {
        // separator and trim sets of string.Split / Trim / IndexOfAny (netstandard2.0 has only the params char[] forms)
        private static readonly char[] ClauseStops = { ',', '.', ';' };
        private static readonly char[] Space = { ' ' };

        [MethodImpl(Jit.Optimized)]
        public static List<EventMention> Find(string t, TokenList tokens, EntityIndex entities, LexiconIndex lx, EventWords words, int sentenceStart, int sentenceEnd, bool[] used)
        {
            var found = new List<EventMention>();
            for (int i = 0; i < tokens.Count; i++)
            {
                if (used[i] || !tokens[i].IsWord) continue;
                string w = tokens[i].Text;
                if (!words.Heads.TryGetValue(w, out var head))
                {
                    // "26thsession": an ordinal glued to its head, as copy-pasted news sometimes has it
                    int glue = 0;
                    while (glue < w.Length && char.IsDigit(w[glue])) glue++;
                    if (glue == 0 || glue + 2 >= w.Length || !EventWords.IsNumericOrdinal(w.Substring(0, glue + 2)) || !words.Heads.TryGetValue(w.Substring(glue + 2), out head)) continue;
                    if (head.ProperOnly) continue;
                }
                var kind = head.Kind;
                // "Munich Security Conference Core Group meeting", "election rally": the head is the last noun of the compound
                if (HeadFollows(tokens, i + 1, words)) continue;
                // "the Andean Trade Forum (ATF) summit": past an abbreviation in parentheses
                if (i + 4 < tokens.Count && tokens[i + 1].Text == "(" && tokens[i + 3].Text == ")" && HeadFollows(tokens, i + 4, words)) continue;
                // "his 2007 election campaign", "Sarkozy's election finances": a head right before a noun it classifies names
                // that thing, not an event
                if (i + 1 < tokens.Count && words.NounsAfterHead.Contains(tokens[i + 1].Text)) continue;
                bool plural = head.Plural;
                if (head.ProperOnly && !char.IsUpper(w[0])) continue;
                // a capitalised head right before a name is part of a title ("Commissioner for … Enlargement Negotiations Johannes Hahn")
                if (char.IsUpper(w[0]) && i + 1 < tokens.Count && IsPersonAt(entities, tokens[i + 1].Offset)) continue;
                // "Council" is an event only as a ministerial council ("OSCE Ministerial Council"), not an organ ("UN Security Council")
                if (w.Equals("council", StringComparison.OrdinalIgnoreCase) && !(i > 0 && words.CouncilBefore.Contains(tokens[i - 1].Text))) continue;
                if (w.Equals("assembly", StringComparison.OrdinalIgnoreCase)) continue;
                // "the U.S. Congress has 60 days", "Brazil's Congress", "Congress voted": a country's legislature, not a congress held
                if (kind == EventKindModel.Congress && char.IsUpper(w[0]) && (i == 0 || !tokens[i - 1].IsWord || char.IsLower(tokens[i - 1].Text[0])
                    || PlaceAt(entities, tokens[i - 1].Offset) != null || lx.CountryByAdjective.ContainsKey(tokens[i - 1].Text)
                    || tokens[i - 1].Text.Length == 2 && tokens[i - 1].Text[1] == '.' // "U.S."
                    || IsPossessive(tokens[i - 1].Text) && lx.Places.ContainsKey(tokens[i - 1].Text.Substring(0, tokens[i - 1].Text.Length - 2)))) continue;
                // "Telus Convention Centre": a building named after an event word
                if (char.IsUpper(w[0]) && i + 1 < tokens.Count && words.VenueWords.Contains(tokens[i + 1].Text)) continue;
                // "March" is the month; "a primary goal", "the call centre": a head used as a modifier names no event
                if (char.IsUpper(w[0]) && words.DateWords.Contains(w)) continue;
                if (head.Anchored && i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsLower(tokens[i + 1].Text[0]) && !words.FunctionWords.Contains(tokens[i + 1].Text)) continue;
                // "who continue to protest against the government", "to vote on the bill": after the infinitive's "to" the word is a verb
                if (i > 0 && tokens[i - 1].Text == "to" && char.IsLower(w[0]) && words.InfinitiveHeads.Contains(w)) continue;

                // modifiers before the head
                int left = i;
                while (left - 1 >= 0)
                {
                    if (IsPreModifier(tokens, left - 1, words, entities)) { left--; continue; }
                    // "the Asia-Pacific Economic Cooperation (APEC) summit": an abbreviation in parentheses inside the name
                    if (left - 4 >= 0 && tokens[left - 1].Text == ")" && tokens[left - 3].Text == "(" && tokens[left - 2].IsWord
                        && tokens[left - 2].Text.ToUpperInvariant() == tokens[left - 2].Text && IsPreModifier(tokens, left - 4, words, entities)) { left -= 4; continue; }
                    // "Baltic Council of Ministers session": a connector between capitalised words
                    if (left - 2 >= 0 && tokens[left - 1].Text is "of" or "for" or "and" && char.IsUpper(tokens[left].Text[0]) && char.IsUpper(tokens[left - 2].Text[0])
                        && IsPreModifier(tokens, left - 2, words, entities) && !words.Determiners.Contains(tokens[left - 2].Text)) { left -= 2; continue; }
                    break;
                }
                // a sentence-initial capital that is a function word is not a modifier ("On", "The")
                while (left < i && words.Determiners.Contains(tokens[left].Text)) left++;

                // an owner: "Merkel's visit", "Zimbabwe's presidential runoff" (the possessive is the first word of the phrase)
                string? ownerPerson = null, ownerPlace = null;
                // "Sunday's presidential election", "March's summit": a day or a month owns nothing, it dates the event
                if (left < i && IsPossessive(tokens[left].Text) && words.DateWords.Contains(tokens[left].Text.Substring(0, tokens[left].Text.Length - 2))) { }
                else if (left < i && IsPossessive(tokens[left].Text))
                {
                    var pm = PersonAt(entities, tokens[left].Offset);
                    var pl = PlaceAt(entities, tokens[left].Offset);
                    if (pm != null) ownerPerson = pm.Canonical;
                    else if (pl != null) ownerPlace = pl.Canonical;
                    else if (words.CountryWords.Contains(tokens[left].Text)) ownerPlace = CountryBefore(entities, tokens[left].Offset, sentenceStart);
                    else ownerPerson = PersonBySurname(entities, tokens[left].Text.Substring(0, tokens[left].Text.Length - 2));
                    // "Zimbabwe's presidential runoff": the owner of a national vote that is no known person or organisation is its country
                    if (ownerPerson == null && ownerPlace == null && words.NationalKinds.Contains(head.Kind) && char.IsUpper(tokens[left].Text[0])
                        && !MentionsIn(entities, tokens[left].Offset, tokens[left].Offset + 1).Any(x => x.Type == EntityType.Organization))
                        ownerPlace = tokens[left].Text.Substring(0, tokens[left].Text.Length - 2);
                }
                // a possessive pronoun: "her meeting with X", "his trip": the person the text spoke of last
                bool pronounOwner = left > 0 && tokens[left - 1].Text is "her" or "his" or "His" or "Her";
                // "Biden and Xi agreed … during their first meeting": "their" of a clause whose subject is two people is theirs
                int theirAt = left - 1;
                for (int n = 0; n < 2 && theirAt >= 0 && tokens[theirAt].IsWord && char.IsLower(tokens[theirAt].Text[0]) && !words.FunctionWords.Contains(tokens[theirAt].Text)
                     && !words.Determiners.Contains(tokens[theirAt].Text); n++) theirAt--;
                List<string>? theirs = theirAt >= 0 && tokens[theirAt].Text is "their" or "Their" ? PairBefore(tokens, theirAt, entities) : null;
                // "Merkel said during her visit": the owner is the person named last before the pronoun in the sentence
                string? pronounPerson = null;
                if (pronounOwner && ownerPerson == null)
                    for (int k = left - 2; k >= 0 && pronounPerson == null; k--)
                        if (PersonAt(entities, tokens[k].Offset) is { IsPronounOrDescription: false } pp) pronounPerson = pp.Canonical;

                // "the next primary election or caucus": two heads of one kind joined by "or"/"and" are one phrase
                int headEnd = i + 1;
                if (i + 2 < tokens.Count && tokens[i + 1].Text is "or" && words.Heads.TryGetValue(tokens[i + 2].Text, out var second)
                    && second.Kind == head.Kind && !second.ProperOnly && !HeadFollows(tokens, i + 3, words))
                    headEnd = i + 3;
                // complements after the head
                var c = Complements(t, tokens, headEnd, head, entities, words);
                int right = c.End;
                // "the peace talks they began in November in Geneva": a relative clause that reports the event begun or held
                var relative = EventRelativeClause.Read(tokens, right, left, entities, words);

                var pre = tokens.GetRange(left, i - left);
                bool proper = AnyProperModifier(pre, words) || (char.IsUpper(w[0]) && left < i);
                if (head.ProperOnly && !AnyCapitalized(pre)) continue;
                bool hasComplement = right > headEnd;
                bool generic = AnyIn(pre, words.GenericModifiers) || (left > 0 && words.GenericModifiers.Contains(tokens[left - 1].Text))
                    || (i + 1 < tokens.Count && words.GenericOrdinalFollowers.Contains(tokens[i + 1].Text) && AnyIn(pre, words.Ordinals));
                // "the next session will be held in Baku", "the next summit is scheduled for 3 May": a firm plan with a place or
                // a date makes the next edition an event
                bool onlyNext = OnlyScheduledGeneric(pre, words) && (left == 0 || !words.GenericModifiers.Contains(tokens[left - 1].Text) || words.ScheduledGeneric.Contains(tokens[left - 1].Text));
                if (generic && onlyNext && HeldAfter(t, tokens, headEnd, words, out int planEnd)
                    && (DateWithin(tokens, planEnd, 6, words) || planEnd + 1 < tokens.Count && tokens[planEnd].Text is "in" or "at"
                        && (PlaceAt(entities, tokens[planEnd + 1].Offset) != null || UnknownPlaceAt(tokens, planEnd + 1, entities, words) != null)))
                    generic = false;
                // "EU leaders will discuss it at their next summit in Brussels on March 21": the next edition its holders meet at, with
                // its place and its date
                string? nextAt = null;
                if (generic && onlyNext && left >= 3 && (words.HoldOwners.Contains(tokens[left - 1].Text) && words.OccasionPrepositions.Contains(tokens[left - 2].Text)
                        || tokens[left - 1].Text == "the" && words.HostingVerbs.Contains(tokens[left - 2].Text)) // "will host the next summit in New Delhi in 2023"
                    && headEnd + 1 < tokens.Count && tokens[headEnd].Text == "in" && PlaceAt(entities, tokens[headEnd + 1].Offset) is { } nextPlace
                    && (DateWithin(tokens, headEnd + 2, 6, words) || YearWithin(tokens, headEnd + 2, 4)))
                {
                    generic = false;
                    nextAt = nextPlace.Canonical;
                }
                string before = t.Substring(Math.Max(sentenceStart, tokens[left].Offset - 40), tokens[left].Offset - Math.Max(sentenceStart, tokens[left].Offset - 40));
                bool proposal = SubstringSet.For(words.ProposalCues).AnyIn(before);
                // "according to the National Conference of State Legislatures": a cited source, not an event
                if (SourceCited(before, words)) { i = right - 1; continue; }
                // "the Republican primary there was cancelled": called off, so no event
                if (CancelledAfter(t, tokens, right, words)) generic = true;
                bool classified = AnyClassifier(pre, words) || char.IsDigit(w[0]);
                bool owned = ownerPerson != null || ownerPlace != null;
                bool named = false;
                var m = new EventMention { Start = tokens[left].Offset, End = tokens[right - 1].End, Kind = kind,
                    Definite = left > 0 && tokens[left - 1].Text is "the" or "The" && proper && !generic, AfterThe = left > 0 && tokens[left - 1].Text is "the" or "The" };
                // elections need a classifier or a country ("presidential elections"), not "elections in the republics" as a proposal
                // "In Georgia, primaries on 24 May …": a fronted place and a date in the phrase's clause make a bare plural one event
                string? frontedDated = plural || head.OneEvent ? FrontedPlace(tokens, left, entities, words) : null;
                if (frontedDated != null && !DateWithin(tokens, right, 4, words)) frontedDated = null;
                bool datedAfter = DateAt(tokens, right, words) || right < tokens.Count && words.DeicticDays.Contains(tokens[right].Text);
                // "he held his own elections", "they held their own referendum": the holder's own vote happened
                int ownHolder = OwnHeldBefore(tokens, left, words);
                // "Britain voted to leave the EU in a referendum on Thursday": a dated vote the clause says someone voted in
                int votedAt = kind == EventKindModel.Election && datedAfter ? VotedIn(tokens, left, words) : -1;
                if (kind == EventKindModel.Election && !classified && !proper && !owned && c.Place == null && !c.Distinctive && frontedDated == null && ownHolder < 0
                    && votedAt < 0
                    && !(datedAfter && left > 0 && tokens[left - 1].Text is "the" or "The")
                    && !(HeldAfter(t, tokens, right, words, out int heldEnd) && DateWithin(tokens, heldEnd, 6, words))) generic = true;
                // "as a part of an election rally, X said": what the clause reports happened during it, so it is one event
                bool partOf = !plural && left > 0 && tokens[left - 1].Text is "a" or "an" && PartOfBefore(t, tokens, left - 1, sentenceStart, words);
                // "X hosted Y for a working dinner on Wednesday", "they met for a lunch in the capital": a meal or a call that
                // someone met or hosted for, dated or placed, happened
                int article = IndefiniteBefore(tokens, left, words);
                bool meetFor = !plural && !proposal && article >= 1 && tokens[article - 1].Text == "for"
                    && MeetOrHostBefore(tokens, article - 1, words) && (datedAfter || c.Place != null);
                bool heldDated = head.Anchored && !plural && !proposal && article >= 1 && words.HoldVerbs.Contains(tokens[article - 1].Text) && datedAfter;
                if (head.Anchored)
                {
                    m.Named = !plural && !proposal && (proper || owned || c.Distinctive || (pronounOwner && c.People.Count > 0) || partOf || theirs != null);
                    // unnamed, only "the call" / "this vote" refers back; "a call for calm" is no event; "held a working dinner
                    // on Wednesday" is one when its holders are named (below)
                    // "survived a no-confidence vote in Parliament on Wednesday": a classified vote with its date is one
                    bool classifiedDated = classified && !plural && !proposal && (datedAfter || right + 1 < tokens.Count && tokens[right].Text == "in" && DateWithin(tokens, right + 1, 5, words));
                    if (!m.Named && !meetFor && !heldDated && !classifiedDated && !(left > 0 && tokens[left - 1].Text is "the" or "The" or "this" or "This" or "that")) generic = true;
                }
                else
                    m.Named = !plural && !proposal && (proper || owned || hasComplement || (classified && kind != EventKindModel.Visit) || partOf || votedAt >= 0
                        || theirs != null && IsGatheringKind(kind) || nextAt != null);
                // the voters are the subject of "voted": "Britain voted", "Scots voted"
                if (votedAt >= 1 && c.Place == null && PlaceAt(entities, tokens[votedAt - 1].Offset) is { } voters) c.Place = voters.Canonical;
                // "X and Y held talks in Riga": an event that happened, named by who held it
                // "they held their first talks since 2018": a phrase named by its ordinal alone is named by its holders too
                bool byClassOnly = m.Named && classified && !proper && !owned && !hasComplement && !partOf;
                if ((!m.Named || byClassOnly) && !proposal && !generic && left >= 1 && (HeldBefore(tokens, left, words) || ownHolder >= 0 || meetFor
                    || heldDated))
                {
                    var holders = new List<string>();
                    if (ownHolder >= 0)
                    {
                        // "he held his own elections": the one subject right before the verb (a pronoun resolved by coreference)
                        for (int k = ownHolder - 1; k >= 0 && k >= ownHolder - 12 && holders.Count == 0; k--)
                        {
                            if (tokens[k].Text is "." or ";" or ",") break;
                            if (PersonAt(entities, tokens[k].Offset) is { } sp) holders.Add(sp.Canonical);
                            // "he", "she": the person named last before it
                            else if (words.SubjectPronouns.Contains(tokens[k].Text)
                                && LastNamedPersonBefore(entities, tokens[k].Offset) is { } named0)
                                holders.Add(named0.Canonical);
                        }
                    }
                    else
                    for (int k = left - 1; k >= 0 && k >= left - 30; k--)
                    {
                        // "Stoltenberg said allies would hold a summit": the one who says so holds nothing
                        if (tokens[k].Text is "." or ";" || words.SpeechBarriers.Contains(tokens[k].Text)) break;
                        foreach (var pm in MentionsIn(entities, tokens[k].Offset, tokens[k].Offset + 1))
                            if (pm.Type == EntityType.Person && !pm.IsPronounOrDescription && !holders.Contains(pm.Canonical)) holders.Insert(0, pm.Canonical);
                    }
                    if (holders.Count > 0)
                    {
                        m.Named = true;
                        m.People.AddRange(holders);
                        string headWord = char.ToUpperInvariant(w[0]) + w.Substring(1);
                        string? heldIn = null;
                        if (right < tokens.Count && tokens[right].Text == "in" && right + 1 < tokens.Count)
                            heldIn = PlaceAt(entities, tokens[right + 1].Offset)?.Canonical;
                        m.Name = headWord + (ownHolder >= 0 ? " held by " : " of ") + string.Join(" and ", holders) + (heldIn != null ? " in " + heldIn : "");
                        if (heldIn != null) c.Place = heldIn;
                        named = true;
                    }
                    // "Russian and Ukrainian negotiators held their first talks in weeks in Istanbul on Tuesday": held by no named person,
                    // talks placed in their clause and dated there happened all the same
                    else if (kind == EventKindModel.Talks && !plural && HeldBefore(tokens, left, words) && ClausePlace(tokens, right, entities) is { } where
                        && DateWithin(tokens, right, 12, words))
                    {
                        m.Named = true;
                        m.Name = char.ToUpperInvariant(w[0]) + w.Substring(1) + " in " + where;
                        m.Place ??= where;
                        named = true;
                    }
                }
                // "Merkel invited the leaders to talks in Berlin on Monday": talks with no determiner, "in <place>" right after them
                // and a date in their clause are those talks
                if (!m.Named && !m.Generic && !proposal && !generic && kind == EventKindModel.Talks && left == i && left > 0
                    && tokens[left - 1].Text is "to" or "for" && right + 1 < tokens.Count && tokens[right].Text == "in"
                    && PlaceAt(entities, tokens[right + 1].Offset) is { } talksIn && DateWithin(tokens, right + 2, 6, words))
                {
                    m.Named = true;
                    m.Name = char.ToUpperInvariant(w[0]) + w.Substring(1) + " in " + talksIn.Canonical;
                    m.Place ??= talksIn.Canonical;
                    named = true;
                }
                // a dated meal or call held or met for whose holders are not named people ("the two envoys held a private dinner
                // on Tuesday") is still the event it reports
                if (!m.Named && !generic && (meetFor || heldDated)) m.Named = true;
                // "protests in Suez", "Zimbabwe's rallies", "In Iowa, caucuses were held", "Rallies continued in Bucharest": plural heads
                // with a place are one event there
                bool pluralEvent = plural && (hasComplement && (proper || c.Place != null) || owned
                    || HeldAfter(t, tokens, right, words, out int pluralCue) && (FrontedPlace(tokens, left, entities, words) != null || PlaceAfter(tokens, pluralCue, entities, words) != null)
                    || frontedDated != null);
                m.Generic = (plural && !pluralEvent) || generic || proposal;
                if (pluralEvent && !m.Generic) m.Named = true;
                string? placeOfClause = null;
                if (pluralEvent && c.Place == null && ownerPlace == null && HeldAfter(t, tokens, right, words, out int pc) && PlaceAfter(tokens, pc, entities, words) is { } pluralPlace)
                    c.Place = placeOfClause = pluralPlace;
                if (pluralEvent && c.Place == null && ownerPlace == null && frontedDated != null) c.Place = placeOfClause = frontedDated;
                if (m.Generic) m.Named = false;
                // "that country's convention" whose country is not known: the possessive is no part of the name
                int nameLeft = left < i && words.CountryWords.Contains(tokens[left].Text) && ownerPlace == null ? left + 1 : left;
                // "Thursday's general election": the day dates the event, it is no part of its name
                if (nameLeft < i && IsPossessive(tokens[nameLeft].Text) && words.DateWords.Contains(tokens[nameLeft].Text.Substring(0, tokens[nameLeft].Text.Length - 2))) nameLeft++;
                if (!named && theirs != null && m.Named && !m.Generic && !proper)
                {
                    m.Name = char.ToUpperInvariant(w[0]) + w.Substring(1) + " of " + string.Join(" and ", theirs);
                    foreach (var p in theirs) if (!m.People.Contains(p)) m.People.Add(p);
                    named = true;
                }
                if (!named) m.Name = Phrase(t, tokens, nameLeft, right, lx, words) + (placeOfClause != null ? " in " + placeOfClause : nextAt != null ? " in " + nextAt : "");
                if (nextAt != null) c.Place ??= nextAt;
                // "the second summit between U.S. President Donald Trump and North Korean leader Kim Jong Un": the people by their
                // names, without the titles the text gives them
                if (!named && !c.With && c.People.Count >= 2)
                {
                    int between = m.Name.IndexOf(" between ", StringComparison.Ordinal);
                    if (between > 0) m.Name = m.Name.Substring(0, between) + " between " + string.Join(" and ", c.People);
                }
                foreach (var x in pre) if (EventWords.IsYear(x.Text)) m.Year = new DateValue(int.Parse(x.Text, System.Globalization.CultureInfo.InvariantCulture), 0, 0);
                if (ownerPerson != null) m.People.Add(ownerPerson);
                // "Foreign Minister X paid an official visit to Hungary": the subject of a verb of paying or making visits is the visitor
                else if (kind == EventKindModel.Visit && !plural && article >= 1 && words.VisitMakeVerbs.Contains(tokens[article - 1].Text) && VisitorBefore(tokens, article - 1, entities, words) is { } visitor)
                    m.People.Add(visitor);
                else if (pronounPerson != null && m.Named) m.People.Add(pronounPerson);
                foreach (var pm in MentionsIn(entities, m.Start, m.End))
                    if (pm.Type == EntityType.Person && !m.People.Contains(pm.Canonical)) m.People.Add(pm.Canonical);
                m.Place = c.Place ?? ownerPlace ?? ModifierPlace(tokens, left, i, entities, lx, words.NationalKinds.Contains(kind));
                m.DatedAfter = datedAfter;
                // for grouping: "the G20 summit in Buenos Aires" and "a summit in Osaka" are two; "the next summit" is another edition
                if (right + 1 < tokens.Count && tokens[right].Text == "in" && PlaceAt(entities, tokens[right + 1].Offset) is { } placeAfter) m.PlaceAfter = placeAfter.Canonical;
                foreach (var x in pre.Concat(left > 0 ? new[] { tokens[left - 1] } : new Token[0]))
                    if (words.EditionModifiers.Contains(x.Text)) { m.Edition = x.Text.ToLowerInvariant(); break; }
                // "the visit will take the President to Ottawa": where the visit takes its visitor
                if (kind == EventKindModel.Visit && !m.Generic && EventVisitItinerary.Find(tokens, right, entities, words) is { } takenTo)
                    m.Itinerary = takenTo;
                if (relative != null && !proposal && !m.Generic)
                {
                    m.Named = true;
                    m.Place ??= relative.Place;
                    foreach (var p in relative.People) if (!m.People.Contains(p)) m.People.Add(p);
                }
                // "X and Y will continue to meet to follow up the negotiations": a process the clause's two people carry on
                if (!m.Named && !m.Generic && !proposal && words.ProcessHeads.Contains(w) && left > 0 && tokens[left - 1].Text is "the"
                    && EventProcessParties.Find(tokens, left - 1, entities, words) is { } parties)
                {
                    m.Named = true;
                    foreach (var p in parties) if (!m.People.Contains(p)) m.People.Add(p);
                    m.Name = Phrase(t, tokens, left, right, lx, words) + " between " + string.Join(" and ", parties);
                    named = true;
                }
                // "Mugabe led a cabinet meeting on Tuesday": a date right after an indefinite phrase with a modifier makes it an event
                if (!m.Named && !m.Generic && !proposal && !generic && left > 0 && tokens[left - 1].Text is "a" or "an" && left < i
                    && (DateAt(tokens, right, words) || right + 1 < tokens.Count && tokens[right].Text == "in" && DateWithin(tokens, right + 1, 5, words)))
                    m.Named = true; // "a no-confidence vote in Parliament on Wednesday"
                // "the leaders will hold a summit on Friday in Riga", "Britain hosted a conference in London": an indefinite event
                // that a verb of holding or hosting takes as its object, with a date or a place right after it, is that event
                // "the president attended a summit in Washington on Wednesday", "she addressed a conference in Geneva": a verb of
                // attending (attend_verbs) takes the event as its object too (indefinite only: "attended the summit" refers back)
                // "leaders opened a two-day summit in Osaka on Friday" (begin_verbs); "ministers will discuss it at a meeting in
                // Brussels on November 15" (occasion_prepositions: with both a place and a date)
                bool occasion = article >= 1 && words.OccasionPrepositions.Contains(tokens[article - 1].Text);
                if (!m.Named && !m.Generic && !proposal && !generic && !head.Anchored && !plural && article >= 1
                    && (words.HoldVerbs.Contains(tokens[article - 1].Text) || words.HostingVerbs.Contains(tokens[article - 1].Text) || words.AttendVerbs.Contains(tokens[article - 1].Text)
                        || words.BeginVerbs.Contains(tokens[article - 1].Text) || occasion))
                {
                    var after = PlaceAfter(tokens, right, entities, words);
                    if (occasion ? after != null && DateWithin(tokens, right, 8, words) : DateAt(tokens, right, words) || after != null)
                    {
                        m.Named = true;
                        if (after != null && c.Place == null) { m.Place ??= after; m.Name += " in " + after; }
                    }
                }
                // "negotiators held a fresh round of talks in Istanbul on Tuesday": a round of the event held, dated or placed, is
                // that event (round_words in event-words.yaml)
                if (!m.Named && !m.Generic && !proposal && !generic && !head.Anchored && left >= 3 && tokens[left - 1].Text == "of" && words.RoundWords.Contains(tokens[left - 2].Text)
                    && IndefiniteBefore(tokens, left - 2, words) is int roundArticle && roundArticle >= 1
                    && (words.HoldVerbs.Contains(tokens[roundArticle - 1].Text) || words.HostingVerbs.Contains(tokens[roundArticle - 1].Text) || words.AttendVerbs.Contains(tokens[roundArticle - 1].Text)))
                {
                    var after = PlaceAfter(tokens, right, entities, words);
                    if (DateAt(tokens, right, words) || DateWithin(tokens, right, 6, words) || after != null)
                    {
                        m.Named = true;
                        if (after != null && c.Place == null) { m.Place ??= after; m.Name += " in " + after; }
                    }
                }
                // "after three hours of talks in Tashkent": talks that lasted so long (duration_units), placed or dated, happened; the
                // people of the clause before them held them
                // ("after 18 days of marathon negotiations": one lower-case word may stand between)
                int durOf = left - 1;
                if (durOf >= 1 && tokens[durOf].IsWord && char.IsLower(tokens[durOf].Text[0]) && tokens[durOf].Text != "of" && tokens[durOf - 1].Text == "of") durOf--;
                if (!m.Named && !m.Generic && !proposal && !generic && kind == EventKindModel.Talks && durOf >= 2 && tokens[durOf].Text == "of"
                    && words.DurationUnits.Contains(tokens[durOf - 1].Text) && (char.IsDigit(tokens[durOf - 2].Text[0]) || words.Numbers.Contains(tokens[durOf - 2].Text)))
                {
                    var after = PlaceAfter(tokens, right, entities, words);
                    if (after != null || DateWithin(tokens, right, 6, words))
                    {
                        var holders = new List<string>();
                        for (int k = durOf - 3; k >= 0 && k >= durOf - 40; k--)
                        {
                            if (tokens[k].Text is "." or ";" || words.SpeechBarriers.Contains(tokens[k].Text)) break;
                            foreach (var pm in MentionsIn(entities, tokens[k].Offset, tokens[k].Offset + 1))
                                if (pm.Type == EntityType.Person && !pm.IsPronounOrDescription && !holders.Contains(pm.Canonical)) holders.Insert(0, pm.Canonical);
                        }
                        m.Named = true;
                        m.People.AddRange(holders);
                        string headWord = char.ToUpperInvariant(w[0]) + w.Substring(1);
                        m.Name = headWord + (holders.Count > 0 ? " of " + string.Join(" and ", holders) : "") + (after != null ? " in " + after : "");
                        if (after != null) m.Place ??= after;
                        named = true;
                    }
                }
                // "the two-day summit in Vilnius ends on Wednesday": a definite gathering with "in <place>" right after it and a day in
                // its clause is that event there (definite: the one summit named before, if any, is the same)
                if (!m.Named && !m.Generic && !proposal && !generic && !head.Anchored && !plural && IsGatheringKind(kind) && right + 1 < tokens.Count
                    && tokens[right].Text == "in" && TheBefore(tokens, left, words) >= 0 && PlaceAt(entities, tokens[right + 1].Offset) is { } own
                    && DateWithin(tokens, right + 2, 8, words))
                {
                    m.Named = true;
                    m.Definite = true;
                    m.Place ??= own.Canonical;
                    if (c.Place == null) m.Name += " in " + own.Canonical;
                }
                // "caucuses were held on February 3", "a run-off election is scheduled for May 6": an event that a passive of
                // holding or a schedule reports, with a date after it or a place (a fronted "In Iowa,")
                if (!m.Named && !m.Generic && !proposal && !generic && HeldAfter(t, tokens, right, words, out int cueEnd))
                {
                    var fronted = FrontedPlace(tokens, left, entities, words);
                    // "will be held in Geneva": the place after the verb
                    m.Place ??= PlaceAfter(tokens, cueEnd, entities, words);
                    if (fronted != null || m.Place != null || DateWithin(tokens, cueEnd, 6, words))
                    {
                        m.Named = true;
                        m.Generic = false;
                        m.Place ??= fronted;
                        if (fronted != null && c.Place == null) m.Name += " in " + fronted;
                    }
                }
                // "On Friday in Istanbul, as a part of an election rally": the fronted place before the cue is the event's
                if (partOf && m.Named && !m.Generic && m.Place == null)
                {
                    int cueStart = left - 1;
                    while (cueStart > 0 && tokens[cueStart - 1].IsWord && !(tokens[cueStart - 1].Text is "," or ";")) cueStart--;
                    if (FrontedPlace(tokens, cueStart, entities, words) is { } frontedPart) { m.Place = frontedPart; m.Name += " in " + frontedPart; }
                }
                if (!m.Named && !m.Generic && !proposal && !generic && frontedDated != null)
                {
                    m.Named = true;
                    m.Place ??= frontedDated;
                    if (c.Place == null) m.Name += " in " + frontedDated;
                }

                // "a meeting with X", "a telephone conversation with X": the other party is the owner, or the subject of the clause
                if (m.Named && !named && c.With && c.People.Count > 0)
                {
                    string? party = ownerPerson ?? OtherParty(t, tokens, entities, left, right, c.People);
                    if (party != null && !c.People.Contains(party))
                    {
                        if (!m.People.Contains(party)) m.People.Insert(0, party);
                        string headPhrase = Phrase(t, tokens, left, i + 1, lx, words);
                        if (ownerPerson != null && headPhrase.Length > 0) headPhrase = Phrase(t, tokens, left + 1, i + 1, lx, words);
                        m.Aliases.Add(m.Name);
                        m.Name = Capital(headPhrase) + " between " + party + " and " + string.Join(" and ", c.People);
                    }
                }
                // "elections which were held on June 21": a one-day vote with no place of its own is named by its day
                if (m.Named && !named && m.Place == null && words.OneDayKinds.Contains(kind) && HeldAfter(t, tokens, right, words, out int dayCue) && DateAt(tokens, dayCue, words))
                {
                    int d = dayCue + 1;
                    while (d < tokens.Count && d < dayCue + 4 && tokens[d].IsWord && (words.DateWords.Contains(tokens[d].Text) || char.IsDigit(tokens[d].Text[0]))) d++;
                    m.Name += " of " + t.Substring(tokens[dayCue + 1].Offset, tokens[d - 1].End - tokens[dayCue + 1].Offset);
                }
                if (kind == EventKindModel.Election && m.Named && m.Place == null)
                {
                    // "congratulations to Russia on … presidential elections", "elections will take place in Azerbaijan": the country of the sentence
                    var country = NearestPlace(entities, sentenceStart, sentenceEnd, m.Start, PlaceKindModel.Country);
                    if (country != null) { m.Place = country; m.Name += " in " + country; }
                }
                // "the candidate for the presidential elections", "delegates to the party's national convention": the goal of a
                // role, with no year, date or place of its own, is named in passing, not reported ("a delegate to the convention in
                // July" is one)
                if (m.Named && !named && m.Year.IsNone && m.Place == null && !datedAfter && !DateWithin(tokens, right, 3, words) && RoleGoal(tokens, left, words)) { m.Named = false; m.Generic = true; }
                for (int k = left; k < right; k++) used[k] = true;
                found.Add(m);
                // "protests in Suez, Mansoura and Alexandria": one event in each place
                if (m.Named && c.MorePlaces.Count > 0)
                {
                    string headPhrase = Phrase(t, tokens, left, i + 1, lx, words);
                    m.ListId = m.Start;
                    foreach (var (place, from, to) in c.MorePlaces)
                    {
                        found.Add(new EventMention
                        {
                            Start = tokens[from].Offset, End = tokens[to - 1].End, Kind = kind, Named = true, Place = place,
                            Name = headPhrase + " in " + place, Year = m.Year, People = new List<string>(m.People), ListId = m.Start,
                        });
                        for (int k = from; k < to; k++) used[k] = true;
                    }
                }
                i = right - 1;
            }
            // "the event" refers back to the last event of any kind
            for (int i = 0; i < tokens.Count; i++)
                if (tokens[i].Text.Equals("event", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Text is "the" or "The" or "this" or "This")
                    found.Add(new EventMention { Start = tokens[i - 1].Offset, End = tokens[i].End, Kind = EventKindModel.Other, Name = "event" });
            return found;
        }

        /// <summary>"the Nevada caucuses", "Zimbabwe cabinet meeting", "London conference": a place named among the modifiers
        /// (not a country adjective: "Israeli-Palestinian talks" are not in Israel; but a national vote is held in the country
        /// of its adjective: "the Ukrainian presidential elections").</summary>
        private static string? ModifierPlace(TokenList tokens, int left, int head, EntityIndex entities, LexiconIndex lx, bool national)
        {
            for (int k = left; k < head; k++)
            {
                if (!tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0]) || IsPossessive(tokens[k].Text)) continue;
                // "the Ukrainian presidential elections": a national vote is held in the country its adjective names (one
                // adjective, not "Israeli-Palestinian")
                if (national && lx.CountryByAdjective.TryGetValue(tokens[k].Text, out var country)
                    && !(k + 1 < tokens.Count && tokens[k + 1].Text is "-" or "\u2013") && !(k > 0 && tokens[k - 1].Text is "-" or "\u2013")) return country;
                var pm = PlaceAt(entities, tokens[k].Offset);
                if (pm == null || pm.IsPronounOrDescription || lx.CountryByAdjective.ContainsKey(pm.Surface)) continue;
                int end = After(tokens, k, pm);
                if (end > head) continue;
                // "Munich Security Conference Core Group meeting": a city in a proper name is not where the event is held
                bool properAfter = false;
                for (int j = end; j < head; j++) if (tokens[j].IsWord && char.IsUpper(tokens[j].Text[0])) properAfter = true;
                if (properAfter) continue;
                return pm.Canonical;
            }
            return null;
        }

        /// <summary>"in Bolivia for the opening of that country's convention": the country named last before the possessive.</summary>
        private static string? CountryBefore(EntityIndex entities, int at, int sentenceStart)
        {
            string? found = null;
            foreach (var pm in PlacesIn(entities, sentenceStart, at))
            {
                var place = entities.Places.FirstOrDefault(p => p.Name == pm.Canonical);
                if (place != null && place.Kind == PlaceKindModel.Country) found = pm.Canonical;
            }
            return found;
        }

        /// <summary>"Merkel's": the one person of the article whose name ends with the possessive's stem.</summary>
        private static string? PersonBySurname(EntityIndex entities, string stem)
        {
            if (stem.Length < 2 || !char.IsUpper(stem[0])) return null;
            string? found = null;
            foreach (var p in entities.People)
            {
                if (!(p.Name.EndsWith(" " + stem, StringComparison.Ordinal) || p.Name == stem)) continue;
                if (found != null && found != p.Name) return null; // two people of that name: not certain
                found = p.Name;
            }
            return found;
        }

        /// <summary>"candidate for the", "delegates to the": a role noun and its preposition right before the phrase at <paramref name="left"/>.</summary>
        private static bool RoleGoal(TokenList tokens, int left, EventWords words)
        {
            int k = left - 1;
            if (k >= 0 && tokens[k].Text is "the" or "a" or "an" or "its" or "their") k--;
            return k >= 1 && tokens[k].Text is "for" or "to" && words.RoleNouns.Contains(tokens[k - 1].Text);
        }

        /// <summary>The "a" or "an" right before the phrase at <paramref name="left"/>, or before at most two lower-case words that
        /// lead to it ("a private dinner", "an informal working lunch"); -1 when there is none.</summary>
        private static int IndefiniteBefore(TokenList tokens, int left, EventWords words) => DeterminerBefore(tokens, left, words, definite: false);

        /// <summary>The same for "the" ("the two-day summit", "the annual conference").</summary>
        private static int TheBefore(TokenList tokens, int left, EventWords words) => DeterminerBefore(tokens, left, words, definite: true);

        private static int DeterminerBefore(TokenList tokens, int left, EventWords words, bool definite)
        {
            for (int k = left - 1; k >= 0 && k >= left - 3; k--)
            {
                string x = tokens[k].Text;
                if (definite ? x is "the" or "The" : x is "a" or "an") return k;
                if (!tokens[k].IsWord || !char.IsLower(x[0]) || words.FunctionWords.Contains(x)) return -1;
            }
            return -1;
        }

        private static bool IsGatheringKind(EventKindModel k) =>
            k is EventKindModel.Summit or EventKindModel.Conference or EventKindModel.Forum or EventKindModel.Meeting or EventKindModel.Session or EventKindModel.Congress;

        /// <summary>"hosted Y for", "met for", "welcomed the delegation for": a verb of meeting or hosting at most six tokens before the
        /// "for" at <paramref name="forAt"/>, in its clause.</summary>
        private static bool MeetOrHostBefore(TokenList tokens, int forAt, EventWords words)
        {
            for (int k = forAt - 1; k >= 0 && k >= forAt - 6; k--)
            {
                string x = tokens[k].Text;
                if (x is "." or ";" or ",") return false;
                if (words.MeetingVerbs.Contains(x) || words.HostingVerbs.Contains(x)) return true;
            }
            return false;
        }

        /// <summary>"as a part of", "as part of" right before the determiner at <paramref name="det"/>.</summary>
        private static bool PartOfBefore(string t, TokenList tokens, int det, int sentenceStart, EventWords words)
        {
            int from = Math.Max(sentenceStart, tokens[det].Offset - 24);
            string before = t.Substring(from, tokens[det].Offset - from).TrimEnd();
            foreach (var cue in words.PartOfCues)
                if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
                    return true;
            return false;
        }

        /// <summary>"held his own elections", "held their own referendum": the index of the verb of holding before a possessive
        /// and "own" that end right before the phrase at <paramref name="left"/>, else -1.</summary>
        private static int OwnHeldBefore(TokenList tokens, int left, EventWords words)
        {
            int k = left - 1;
            if (k < 1 || !words.OwnWords.Contains(tokens[k].Text)) return -1;
            k--;
            if (!words.HoldOwners.Contains(tokens[k].Text)) return -1;
            k--;
            return k >= 0 && words.HoldVerbs.Contains(tokens[k].Text) ? k : -1;
        }

        /// <summary>A passive or verb of holding right after the phrase ("were held", "took place").</summary>
        private static bool HeldAfter(string t, TokenList tokens, int right, EventWords words, out int cueEnd)
        {
            cueEnd = right;
            // "elections which were held on June 21": a relative pronoun before the verb
            if (right < tokens.Count && tokens[right].Text is "which" or "that") right++;
            if (right >= tokens.Count) return false;
            int from = tokens[right].Offset;
            int to = Math.Min(t.Length, from + 24);
            string after = t.Substring(from, to - from);
            foreach (var h in words.HeldAfter)
                if (after.StartsWith(h, StringComparison.Ordinal) && (after.Length == h.Length || !char.IsLetter(after[h.Length])))
                {
                    int end = from + h.Length;
                    cueEnd = right;
                    while (cueEnd < tokens.Count && tokens[cueEnd].Offset < end) cueEnd++;
                    return true;
                }
            return false;
        }

        /// <summary>"in Geneva" / "at Hamburg" at <paramref name="k"/>, or after a date or a time phrase of the same clause
        /// ("since Tuesday in the Serbian capital Belgrade", "on Sunday in Riga"): the place, known or not.</summary>
        private static string? PlaceAfter(TokenList tokens, int k, EntityIndex entities, EventWords words)
        {
            for (int j = k; j < tokens.Count && j < k + PlaceReach; j++)
            {
                string w = tokens[j].Text;
                if (w is "." or ";" or "," or ":" or "(" or ")") return null;
                if (!(w is "in" or "at") || j + 1 >= tokens.Count) continue;
                if (PlaceAt(entities, tokens[j + 1].Offset) is { } direct && !entities.Lexicon.CountryByAdjective.ContainsKey(direct.Surface)) return direct.Canonical;
                if (UnknownPlaceAt(tokens, j + 1, entities, words) is { } unknown) return unknown.Name;
                if (DescribedCapital(tokens, j + 1, entities) is { } capital) return capital;
                // "in the Serbian capital Belgrade": a described place, the description up to three words
                for (int n = j + 1; n < tokens.Count && n <= j + 4; n++)
                {
                    if (!tokens[n].IsWord) break;
                    if (PlaceAt(entities, tokens[n].Offset) is { } pm && !entities.Lexicon.CountryByAdjective.ContainsKey(pm.Surface) && n > j + 1) return pm.Canonical;
                }
                return null;
            }
            return null;
        }

        /// <summary>The person nearest before the verb at <paramref name="v"/> in its clause (no speech verb or semicolon between), or null.</summary>
        private static string? VisitorBefore(TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            for (int k = v - 1; k >= 0 && k >= v - 12; k--)
            {
                if (tokens[k].Text is "." or ";" || words.SpeechBarriers.Contains(tokens[k].Text)) return null;
                if (PersonAt(entities, tokens[k].Offset) is { IsPronounOrDescription: false } pm) return pm.Canonical;
            }
            return null;
        }

        /// <summary>A year ("2025") within <paramref name="n"/> tokens from <paramref name="k"/>, before a full stop or semicolon.</summary>
        private static bool YearWithin(TokenList tokens, int k, int n)
        {
            for (int j = k; j < tokens.Count && j < k + n; j++)
            {
                if (tokens[j].Text is "." or ";") return false;
                if (EventWords.IsYear(tokens[j].Text)) return true;
            }
            return false;
        }

        /// <summary>One of <c>sidelines_cues</c> ("on the sidelines of", "on the margins of") starting at token <paramref name="k"/>.</summary>
        private static bool SidelinesAt(TokenList tokens, int k, EventWords words)
        {
            foreach (var cue in words.SidelinesCues)
            {
                var parts = cue.Split(' ');
                if (k + parts.Length > tokens.Count) continue;
                bool all = true;
                for (int n = 0; n < parts.Length && all; n++) all = string.Equals(tokens[k + n].Text, parts[n], StringComparison.OrdinalIgnoreCase);
                if (all) return true;
            }
            return false;
        }

        /// <summary>"Biden and Xi agreed … their": the two people joined by "and" nearest before <paramref name="k"/> in its
        /// sentence, or null when there are not exactly two such.</summary>
        private static List<string>? PairBefore(TokenList tokens, int k, EntityIndex entities)
        {
            for (int j = k - 1; j >= 1 && j >= k - 30; j--)
            {
                if (tokens[j].Text is "." or ";") return null;
                if (tokens[j].Text != "and") continue;
                var after = MentionsIn(entities, tokens[j].End, tokens[j].End + 80).FirstOrDefault(x => x.Type == EntityType.Person && !x.IsPronounOrDescription);
                var before = MentionsIn(entities, Math.Max(0, tokens[j].Offset - 80), tokens[j].Offset).LastOrDefault(x => x.Type == EntityType.Person && !x.IsPronounOrDescription);
                if (after == null || before == null || after.Offset >= tokens[k].Offset || before.Offset + before.Length < tokens[j].Offset - 2 || after.Canonical == before.Canonical) return null;
                return new List<string> { before.Canonical, after.Canonical };
            }
            return null;
        }

        /// <summary>The first place after "in" or "at" within the clause after <paramref name="k"/> (up to ten tokens, no comma,
        /// semicolon or full stop between).</summary>
        private static string? ClausePlace(TokenList tokens, int k, EntityIndex entities)
        {
            for (int j = k; j + 1 < tokens.Count && j < k + 10; j++)
            {
                if (tokens[j].Text is "." or ";" or ",") return null;
                if (tokens[j].Text is "in" or "at" && PlaceAt(entities, tokens[j + 1].Offset) is { } pm) return pm.Canonical;
            }
            return null;
        }

        /// <summary>"voted … in a referendum": the position of a verb of voting (<c>voted_verbs</c>) earlier in the clause of the
        /// indefinite phrase at <paramref name="left"/> after "in a", or -1.</summary>
        private static int VotedIn(TokenList tokens, int left, EventWords words)
        {
            if (left < 2 || !(tokens[left - 1].Text is "a" or "an") || tokens[left - 2].Text != "in") return -1;
            for (int k = left - 3; k >= 0 && k >= left - 14; k--)
            {
                if (tokens[k].Text is "." or ";" or ",") return -1;
                if (words.VotedVerbs.Contains(tokens[k].Text)) return k;
            }
            return -1;
        }

        /// <summary>"the Uzbek capital", "the Kenyan capital": the capital the lexicon gives the country of the adjective, when no
        /// name follows the description (which is then the place: "the Serbian capital Belgrade").</summary>
        internal static string? DescribedCapital(TokenList tokens, int k, EntityIndex entities)
        {
            if (k + 2 >= tokens.Count || tokens[k].Text != "the" || tokens[k + 2].Text != "capital") return null;
            if (k + 3 < tokens.Count && tokens[k + 3].IsWord && char.IsUpper(tokens[k + 3].Text[0])) return null;
            var lx = entities.Lexicon;
            return lx.CountryByAdjective.TryGetValue(tokens[k + 1].Text, out var country) && lx.CapitalOf.TryGetValue(country, out var city) ? city : null;
        }

        /// <summary>How many tokens after a verb of holding its place may come (past a date: "on Sunday in Riga").</summary>
        private const int PlaceReach = 5;

        /// <summary>"according to the …": the phrase that follows cites a source.</summary>
        private static bool SourceCited(string before, EventWords words)
        {
            string b = before.TrimEnd();
            if (b.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) b = b.Substring(0, b.Length - 4).TrimEnd();
            foreach (var cue in words.SourceCues)
                if (b.EndsWith(cue, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>"was cancelled" / "was called off" after the phrase (a word such as "there" may stand between).</summary>
        private static bool CancelledAfter(string t, TokenList tokens, int right, EventWords words)
        {
            if (right >= tokens.Count) return false;
            int from = tokens[right].Offset, to = Math.Min(t.Length, from + 40);
            string after = t.Substring(from, to - from);
            int stop = after.IndexOfAny(ClauseStops);
            if (stop >= 0) after = after.Substring(0, stop);
            foreach (var cue in words.CancelledAfter)
            {
                int at = after.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                if (at == 0 || at > 0 && after[at - 1] == ' ' && after.Substring(0, at).Split(Space, StringSplitOptions.RemoveEmptyEntries).Length <= 1) return true;
            }
            return false;
        }

        /// <summary>A date starts at <paramref name="j"/>: a month or weekday name, "today", "next", or "on", "in" or "by" before
        /// one or a number.</summary>
        private static bool DateStarts(TokenList tokens, int j, EventWords words)
        {
            string x = tokens[j].Text;
            if (words.DateWords.Contains(x) || words.DeicticDays.Contains(x) || x is "next" or "last") return true;
            return x is "on" or "in" or "by" && j + 1 < tokens.Count && tokens[j + 1].IsWord
                && (words.DateWords.Contains(tokens[j + 1].Text) || char.IsDigit(tokens[j + 1].Text[0]) && EventWords.IsYear(tokens[j + 1].Text));
        }

        /// <summary>"on Tuesday", "on 24 May": a date right at <paramref name="k"/>.</summary>
        private static bool DateAt(TokenList tokens, int k, EventWords words) =>
            k + 1 < tokens.Count && tokens[k].Text == "on" && (words.DateWords.Contains(tokens[k + 1].Text) || char.IsDigit(tokens[k + 1].Text[0]));

        /// <summary>A month or weekday name within <paramref name="n"/> tokens from <paramref name="k"/>.</summary>
        private static bool DateWithin(TokenList tokens, int k, int n, EventWords words)
        {
            for (int j = k; j < tokens.Count && j < k + n; j++)
            {
                if (tokens[j].Text is "." or ";") return false;
                if (words.DateWords.Contains(tokens[j].Text)) return true;
            }
            return false;
        }

        /// <summary>"In Iowa, caucuses were held", "and in New Hampshire, a primary election was held": the place of a fronted
        /// "in &lt;place&gt;," that ends right before the phrase (up to a determiner).</summary>
        private static string? FrontedPlace(TokenList tokens, int left, EntityIndex entities, EventWords words)
        {
            int k = left - 1;
            if (k >= 0 && tokens[k].Text is "a" or "an" or "the") k--;
            if (k < 0 || tokens[k].Text != ",") return null;
            for (int j = k - 1; j >= 1 && j >= k - 5; j--)
            {
                if (!tokens[j - 1].Text.Equals("in", StringComparison.OrdinalIgnoreCase)) continue;
                var pm = PlaceAt(entities, tokens[j].Offset);
                if (pm != null && After(tokens, j, pm) == k) return pm.Canonical;
                if (pm == null && UnknownPlaceAt(tokens, j, entities, words) is { } unknown && unknown.End == k) return unknown.Name;
            }
            return null;
        }

        // the modifiers before a head ("pre"), read without a closure per test
        private static bool AnyProperModifier(TokenList pre, EventWords words)
        {
            foreach (var x in pre) if (x.IsWord && char.IsUpper(x.Text[0]) && !words.Ordinals.Contains(x.Text) && !words.DateWords.Contains(x.Text)) return true;
            return false;
        }

        /// <summary>The last person mention by name (no pronoun or description) before <paramref name="offset"/>.</summary>
        private static EntityMention? LastNamedPersonBefore(EntityIndex entities, int offset)
        {
            var all = entities.Mentions;
            for (int x = all.Count - 1; x >= 0; x--)
                if (all[x].Offset < offset && all[x].Type == EntityType.Person && !all[x].IsPronounOrDescription) return all[x];
            return null;
        }

        private static bool AnyCapitalized(TokenList pre)
        {
            foreach (var x in pre) if (char.IsUpper(x.Text[0])) return true;
            return false;
        }

        private static bool AnyIn(TokenList pre, HashSet<string> set)
        {
            foreach (var x in pre) if (set.Contains(x.Text)) return true;
            return false;
        }

        /// <summary>Every generic modifier among <paramref name="pre"/> is one of a schedule ("next").</summary>
        private static bool OnlyScheduledGeneric(TokenList pre, EventWords words)
        {
            foreach (var x in pre) if (words.GenericModifiers.Contains(x.Text) && !words.ScheduledGeneric.Contains(x.Text)) return false;
            return true;
        }

        private static bool AnyClassifier(TokenList pre, EventWords words)
        {
            foreach (var x in pre) if (words.Classifiers.Contains(x.Text) || words.IsOrdinal(x.Text) || EventWords.IsYear(x.Text)) return true;
            return false;
        }

        private static string Capital(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;

        /// <summary>The party of "a meeting with X" that is not X: the first person after a fronted phrase ("During her meeting
        /// with X, Merkel said"), else the nearest person before the phrase in the sentence ("Merkel said during a meeting with X").</summary>
        private static string? OtherParty(string t, TokenList tokens, EntityIndex entities, int left, int right, List<string> objects)
        {
            bool fronted = true;
            for (int k = 0; k < left; k++)
                if (tokens[k].IsWord && !(char.IsUpper(tokens[k].Text[0]) && k == 0) && !(tokens[k].Text is "a" or "an" or "the" or "her" or "his" or "their" or "its"))
                { fronted = false; break; }
            if (fronted)
            {
                for (int k = right; k < tokens.Count && k < right + 16; k++)
                {
                    if (tokens[k].Text is "." or ";") break;
                    var pm = PersonAt(entities, tokens[k].Offset);
                    if (pm != null && !pm.IsPronounOrDescription && !objects.Contains(pm.Canonical)) return pm.Canonical;
                }
                return null;
            }
            for (int k = left - 1; k >= 0; k--)
            {
                var pm = PersonAt(entities, tokens[k].Offset);
                if (pm != null && !pm.IsPronounOrDescription && !objects.Contains(pm.Canonical)) return pm.Canonical;
            }
            return null;
        }

        private static bool HeadFollows(TokenList tokens, int k, EventWords words)
        {
            for (int j = k; j < tokens.Count && j < k + 4; j++)
            {
                if (!tokens[j].IsWord) return false;
                if (words.Heads.TryGetValue(tokens[j].Text, out var h) && !h.ProperOnly && !(j == k && h.Anchored && char.IsLower(tokens[j].Text[0]) && !IsNounCompound(tokens[k - 1].Text, words))) return true;
                if (!char.IsUpper(tokens[j].Text[0])) return false;
            }
            return false;
        }

        /// <summary>"election rally", "campaign visit": a head used as the modifier of a following anchored head.</summary>
        private static bool IsNounCompound(string first, EventWords words) => words.CompoundModifiers.Contains(first);

        /// <summary>"held talks", "held a meeting", "held their first formal talks", "held lengthy talks": a verb of holding before the
        /// phrase at <paramref name="left"/>, across at most two lower-case adjectives and then "a"/"an" or the holders' possessive
        /// (<c>hold_owners</c>).</summary>
        private static bool HeldBefore(TokenList tokens, int left, EventWords words)
        {
            int k = left - 1;
            for (int n = 0; n < 2 && k >= 0 && tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && !words.FunctionWords.Contains(tokens[k].Text)
                 && !words.Determiners.Contains(tokens[k].Text) && !words.HoldOwners.Contains(tokens[k].Text) && !words.HoldVerbs.Contains(tokens[k].Text); n++) k--;
            if (k >= 1 && (tokens[k].Text is "a" or "an" || words.HoldOwners.Contains(tokens[k].Text))) k--;
            return k >= 0 && words.HoldVerbs.Contains(tokens[k].Text);
        }

        private static bool IsPreModifier(TokenList tokens, int k, EventWords words, EntityIndex entities)
        {
            var tk = tokens[k];
            if (!tk.IsWord) return false;
            string w = tk.Text;
            if (words.Determiners.Contains(w) && char.IsLower(w[0])) return false;
            if (words.GenericModifiers.Contains(w)) return true; // kept to judge genericity, dropped from the name below
            if (char.IsUpper(w[0]))
            {
                // a capitalised word that starts a sentence and is a function word is no modifier
                return !(k == 0 && words.SentenceStarters.Contains(w)) && !words.NeverModifiers.Contains(w);
            }
            if (words.CountryWords.Contains(w)) return true;
            // "October 28 general elections": a day after its month
            if (char.IsDigit(w[0]) && w.Length <= 2 && k > 0 && words.DateWords.Contains(tokens[k - 1].Text)) return true;
            return words.Classifiers.Contains(w) || words.CompoundModifiers.Contains(w) || words.IsOrdinal(w) || EventWords.IsYear(w)
                || words.DurationSuffixes.Any(x => w.EndsWith(x, StringComparison.OrdinalIgnoreCase) && w.Length > x.Length);
        }

        internal sealed class ComplementResult
        {
            public int End;
            public string? Place;
            public bool With;                        // "with X" gave the people
            public bool Distinctive;                 // a complement that makes an anchored head an event
            public readonly List<string> People = new();
            /// <summary>"protests in Suez, Mansoura and Alexandria": the places after the first, with their token ranges.</summary>
            public readonly List<(string Place, int From, int To)> MorePlaces = new();
        }

        /// <summary>"of the CIS Council of Ministers", "on security in Eastern Europe", "to Belarus", "in Hamburg" (for heads that
        /// take a place), "between X and Y", "with X", "against X": the complements that belong to an event's name.</summary>
        [MethodImpl(Jit.Optimized)]
        internal static ComplementResult Complements(string t, TokenList tokens, int k, EventHead head, EntityIndex entities, EventWords words)
        {
            var r = new ComplementResult { End = k };
            var kind = head.Kind;
            int end = k;
            while (end < tokens.Count)
            {
                string w = tokens[end].Text;
                // "an emergency meeting on the margins of the G20 summit": where it was held, no topic
                if (w is "on" or "at" or "in" && SidelinesAt(tokens, end, words)) break;
                if (w is "of" or "on")
                {
                    int j = end + 1;
                    if (j < tokens.Count && tokens[j].Text is "the" or "a" or "an") j++;
                    int phraseStart = j;
                    // "on 24 May", "on Tuesday": a date, not a topic
                    if (w == "on" && j < tokens.Count && (char.IsDigit(tokens[j].Text[0]) || words.DateWords.Contains(tokens[j].Text))) break;
                    // "session of the forum": a part of another event
                    if (w == "of" && j < tokens.Count && words.Heads.ContainsKey(tokens[j].Text) && char.IsLower(tokens[j].Text[0]) && j == end + 2)
                    {
                        end = j + 1;
                        continue;
                    }
                    if (w == "of" && !head.AfterOf)
                    {
                        // capitalised names with their connectors: "the Main Group of the Munich Security Conference"
                        while (j < tokens.Count && !(j > phraseStart + 1 && StartsPlaceAfterOrganization(entities, tokens, j))
                               && (tokens[j].IsWord && (char.IsUpper(tokens[j].Text[0]) || EventWords.IsNumericOrdinal(tokens[j].Text))
                               || (tokens[j].Text is "of" or "for" or "and" or "the" && j + 1 < tokens.Count && (char.IsUpper(tokens[j + 1].Text[0]) || tokens[j + 1].Text == "the"))
                               || (tokens[j].Text == "," && j + 1 < tokens.Count && char.IsUpper(tokens[j + 1].Text[0]) && IsPersonAt(entities, tokens[j + 1].Offset))))
                            j++;
                    }
                    else
                    {
                        // "on the implementation of the National Human Rights Plan", "signing of the … agreement": up to a clause boundary
                        // never into its date: "a vote on the budget on Thursday", "talks on trade next week"
                        while (j < tokens.Count && j < phraseStart + 16 && tokens[j].IsWord && (!words.ClauseBoundaries.Contains(tokens[j].Text) || tokens[j].Text == "and")
                               && !DateStarts(tokens, j, words)) j++;
                        while (j > phraseStart && tokens[j - 1].Text == "and") j--;
                    }
                    if (j == phraseStart) break;
                    r.Distinctive = true;
                    end = j;
                    continue;
                }
                if (w == "between" || (w == "with" && kind is not (EventKindModel.Election or EventKindModel.Protest or EventKindModel.Visit)))
                {
                    // "talks between X and Y", "a telephone conversation with French president Nicolas Sarkozy"
                    int j = end + 1, last = j;
                    var people = new List<string>();
                    while (j < tokens.Count)
                    {
                        // "with his Lithuanian counterpart Ingrida Šimonytė": a determiner or possessive may open the description
                        for (int look = j; look < tokens.Count && look < j + 6 && tokens[look].IsWord
                             && (char.IsUpper(tokens[look].Text[0]) || look > j || words.Determiners.Contains(tokens[look].Text)); look++)
                            if (IsPersonAt(entities, tokens[look].Offset)) { j = look; break; }
                        var pm = PersonAt(entities, tokens[j].Offset);
                        if (pm == null) break;
                        if (!people.Contains(pm.Canonical)) people.Add(pm.Canonical);
                        j = last = After(tokens, j, pm);
                        if (j + 1 < tokens.Count && tokens[j].Text == "and") { j++; continue; }
                        break;
                    }
                    j = last;
                    if (people.Count == 0)
                    {
                        // "a meeting with the Prime Minister", "a dinner with Brazilian and South Korean Presidents": the other
                        // party named by a capitalised description (a title, a nationality) and no name
                        int d = end + 1;
                        if (d < tokens.Count && tokens[d].Text == "the") d++;
                        int dEnd = d, k2 = d;
                        while (k2 < tokens.Count && k2 < d + 7 && tokens[k2].IsWord && (char.IsUpper(tokens[k2].Text[0]) || tokens[k2].Text is "and" or "of"))
                        {
                            if (char.IsUpper(tokens[k2].Text[0])) dEnd = k2 + 1;
                            k2++;
                        }
                        // "talks with Philippine officials", "a meeting with European leaders": the group the description qualifies
                        // ("a dinner with American business leaders": up to one lower-case word before the group)
                        if (dEnd > d && dEnd < tokens.Count && words.GatheringGroups.Contains(tokens[dEnd].Text) && char.IsLower(tokens[dEnd].Text[0])) dEnd++;
                        else if (dEnd > d && dEnd + 1 < tokens.Count && tokens[dEnd].IsWord && char.IsLower(tokens[dEnd].Text[0]) && !words.FunctionWords.Contains(tokens[dEnd].Text)
                            && words.GatheringGroups.Contains(tokens[dEnd + 1].Text)) dEnd += 2;
                        if (dEnd == d || w == "between" || MentionsIn(entities, tokens[d].Offset, tokens[dEnd - 1].End).Any(x => x.Type != EntityType.Person)) break;
                        r.Distinctive = true;
                        end = dEnd;
                        continue;
                    }
                    r.People.AddRange(people);
                    r.With = w == "with";
                    r.Distinctive = true;
                    end = j;
                    continue;
                }
                if (w is "in" or "of" && kind == EventKindModel.Election && end + 1 < tokens.Count && words.DateWords.Contains(tokens[end + 1].Text))
                {
                    // "the elections in March 2008", "the elections of June 21": an election named by its date
                    int j = end + 2;
                    while (j < tokens.Count && j < end + 4 && tokens[j].IsWord && char.IsDigit(tokens[j].Text[0])) j++;
                    r.Distinctive = true;
                    end = j;
                    continue;
                }
                if (w == "against" && kind == EventKindModel.Protest)
                {
                    // "protests against Bush", "a march against the war"
                    int j = end + 1;
                    if (j < tokens.Count && tokens[j].Text is "the" or "a") j++;
                    int phraseStart = j;
                    while (j < tokens.Count && j < phraseStart + 6 && tokens[j].IsWord && !words.ClauseBoundaries.Contains(tokens[j].Text) && tokens[j].Text != "in") j++;
                    if (j == phraseStart) break;
                    r.Distinctive = true;
                    end = j;
                    continue;
                }
                if ((w is "to" && kind == EventKindModel.Visit) || (w is "in" or "at" && head.PlaceIn))
                {
                    // "visit to Belarus", "Council in Hamburg", "protests in Suez": a place
                    if (end + 1 < tokens.Count && PlaceAt(entities, tokens[end + 1].Offset) is { } pm)
                    {
                        bool first = r.Place == null;
                        r.Place ??= pm.Canonical;
                        r.Distinctive = true;
                        end = After(tokens, end + 1, pm);
                        if (first && head.PlaceIn) ListedPlaces(tokens, end, entities, words, r.MorePlaces);
                        continue;
                    }
                    // "visit to the Middle East": a place after the article
                    if (end + 2 < tokens.Count && tokens[end + 1].Text == "the" && PlaceAt(entities, tokens[end + 2].Offset) is { } pm2)
                    {
                        r.Place ??= pm2.Canonical;
                        r.Distinctive = true;
                        end = After(tokens, end + 2, pm2);
                        continue;
                    }
                    // "a three-day visit to Kenya", "protests in Suez": a place the lexicon does not know
                    if (end + 1 < tokens.Count && UnknownPlaceAt(tokens, end + 1, entities, words) is { } unknown)
                    {
                        bool first = r.Place == null;
                        r.Place ??= unknown.Name;
                        r.Distinctive = true;
                        end = unknown.End;
                        if (first && head.PlaceIn) ListedPlaces(tokens, end, entities, words, r.MorePlaces);
                        continue;
                    }
                }
                break;
            }
            r.End = end;
            return r;
        }

        /// <summary>", Mansoura, Damanhour, and Alexandria" after a first place: each further place of the list.</summary>
        private static void ListedPlaces(TokenList tokens, int k, EntityIndex entities, EventWords words, List<(string, int, int)> into)
        {
            var found = new List<(string, int, int)>();
            bool closed = false;
            while (k + 1 < tokens.Count && !closed)
            {
                int j = k;
                if (tokens[j].Text == ",") j++;
                else if (tokens[j].Text != "and") break;
                if (j < tokens.Count && tokens[j].Text == "and") { j++; closed = true; }
                if (j == k || j >= tokens.Count) break;
                if (PlaceAt(entities, tokens[j].Offset) is { } pm) { found.Add((pm.Canonical, j, After(tokens, j, pm))); k = After(tokens, j, pm); }
                else if (UnknownPlaceAt(tokens, j, entities, words) is { } u) { found.Add((u.Name, j, u.End)); k = u.End; }
                else break;
            }
            if (closed) into.AddRange(found); // only a list that ends with "and X" is a list of places
        }

        /// <summary>"… of the OSCE Parliamentary Assembly Belarus suggested": a place right after an organisation's name starts a new clause.</summary>
        private static bool StartsPlaceAfterOrganization(EntityIndex entities, TokenList tokens, int j) =>
            PlaceAt(entities, tokens[j].Offset) != null
            && MentionsIn(entities, tokens[j - 1].Offset - 200, tokens[j - 1].Offset + 1).Any(m => m.Type == EntityType.Organization && m.Offset + m.Length == tokens[j - 1].End);

        private static string? NearestPlace(EntityIndex entities, int start, int end, int at, PlaceKindModel kind)
        {
            EntityMention? best = null;
            foreach (var pm in PlacesIn(entities, start, end))
            {
                var place = entities.Places.FirstOrDefault(p => p.Name == pm.Canonical);
                if (place == null || place.Kind != kind || pm.IsPronounOrDescription) continue;
                if (best == null || Math.Abs(pm.Offset - at) < Math.Abs(best.Offset - at)) best = pm;
            }
            return best?.Canonical;
        }

        /// <summary>The name of a phrase: generic modifiers dropped, known abbreviations expanded (MSC → Munich Security Conference).</summary>
        [MethodImpl(Jit.Optimized)]
        internal static string Phrase(string t, TokenList tokens, int left, int right, LexiconIndex lx, EventWords words)
        {
            var parts = new List<string>();
            for (int k = left; k < right; k++)
            {
                string w = tokens[k].Text;
                if (k < right - 1 && words.GenericModifiers.Contains(w) && k == left) continue;
                if (lx.EventSeriesByAbbreviation.TryGetValue(w, out var series)) { parts.Add(series); continue; }
                bool glue = parts.Count > 0 && k > left && tokens[k].Offset == tokens[k - 1].End && !tokens[k].IsWord;
                if (glue || (parts.Count > 0 && tokens[k].Offset == tokens[k - 1].End && !tokens[k - 1].IsWord && tokens[k - 1].Text is "-" or "’" or "'" or "("))
                    parts[parts.Count - 1] += w;
                else parts.Add(w);
            }
            string s = string.Join(" ", parts).Replace(" ,", ",");
            return Capital(s);
        }
    }
}
