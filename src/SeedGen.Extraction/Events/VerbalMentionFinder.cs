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
    /// Stage 1b: events reported by a verb in one sentence. "X met (with) Y" is a meeting of X and Y; "X visited Y" a visit of X
    /// to Y; "X spoke by phone with Y", "X and Y spoke on the phone", "X phoned Y" a phone conversation between them; "X
    /// signed the … agreement" the signing of it. The subject is the nearest person before the verb in its clause; the
    /// object the people (or place, or document) after it.
    /// </summary>
    internal static class VerbalMentionFinder
    {
        [MethodImpl(Jit.Optimized)]
        public static List<EventMention> Find(string t, TokenList tokens, EntityIndex entities, EventWords words, bool[] used)
        {
            var found = new List<EventMention>();
            for (int i = 0; i < tokens.Count; i++)
            {
                if (used[i] || !tokens[i].IsWord) continue;
                string w = tokens[i].Text;
                if (!words.VerbalTriggers.Contains(w)) continue; // no list below has it
                if (Negated(tokens, i, words)) continue;
                EventMention? m = null;
                // "X met with Y" / "X meets Y" / "X, who met with Y"; "while meeting with" (the gerund as a verb)
                bool verbMeeting = words.MeetingVerbs.Contains(w) || (w == "meeting" && i > 0 && words.GerundBefore.Contains(tokens[i - 1].Text))
                    || (w == "meet" && i > 0 && words.MeetAfter.Contains(tokens[i - 1].Text))
                    // "is scheduled to meet Xi on Saturday", "is due to meet him next week": the base form after "to", dated
                    || (w == "meet" && i > 1 && tokens[i - 1].Text == "to" && DayInClause(tokens, i, words));
                // "X, who is in Doha, Qatar meeting with Y": the gerund right after where its subject is
                string? whereMeeting = null;
                if (!verbMeeting && w == "meeting" && i + 1 < tokens.Count && tokens[i + 1].Text == "with" && PlaceBeforeGerund(tokens, i, entities) is { } at)
                { verbMeeting = true; whereMeeting = at; }
                // "met Irish Prime Minister Leo Varadkar", "hosted X", "received X": a person, maybe after a title, as the object
                // "received a delegation of the European Parliament": a delegation (host_groups) as the object of hosting is met too
                bool hosted = words.HostMeetingVerbs.Contains(w) && i + 1 < tokens.Count && (PersonObjectAt(tokens, i + 1, entities) || GroupObjectAt(tokens, i + 1, words))
                    && !ForAnEvent(tokens, i, words);
                if (hosted || verbMeeting && i + 1 < tokens.Count && (tokens[i + 1].Text == "with" || (w != "meeting" && PersonObjectAt(tokens, i + 1, entities))))
                {
                    m = Meeting(t, tokens, i, entities, words);
                    if (m != null && whereMeeting != null)
                    {
                        m.Place = whereMeeting;
                        m.Aliases.Add(m.People[0] + "'s meeting in " + whereMeeting);
                    }
                }
                // "Biden and Putin met in Geneva on Wednesday": two people as the subject met each other
                else if (verbMeeting && w != "meeting" && i + 1 < tokens.Count && words.ReciprocalAfter.Contains(tokens[i + 1].Text)
                    && Subjects(tokens, i, entities) is { Count: >= 2 } pair)
                    m = Reciprocal(tokens, i, pair, words);
                else if (words.VisitVerbs.Contains(w))
                    m = Visit(tokens, i, entities, "Visit", "visit", needsTo: false);
                // "is due to visit China next month", "will visit Kenya on Monday": the base form after "to" or a modal, dated
                else if (w == "visit" && i > 0 && tokens[i - 1].Text is "to" or "will" or "would" or "shall" && DayInClause(tokens, i, words))
                    m = Visit(tokens, i, entities, "Visit", "visit", needsTo: false);
                else if (words.ArrivalVerbs.Contains(w) && i + 1 < tokens.Count && tokens[i + 1].Text == "in")
                    m = Arrival(tokens, i, entities, words);
                else if (words.TravelVerbs.Contains(w))
                    m = Visit(tokens, i, entities, "Trip", "trip", needsTo: true);
                else if (words.ProtestVerbs.TryGetValue(w, out var protestNoun))
                    m = Protest(t, tokens, i, entities, words, protestNoun);
                else if (words.SpeakVerbs.Contains(w) || words.PhoneVerbs.Contains(w))
                {
                    m = Phone(t, tokens, i, entities, words);
                    // "X spoke with Y by phone and Z in person", "X spoke with Y in person": a meeting with the one met in person
                    if (words.SpeakVerbs.Contains(w) && InPerson(t, tokens, i, entities, words, m) is { } met)
                    {
                        if (m == null) m = met;
                        else
                        {
                            found.Add(met);
                            for (int k = 0; k < tokens.Count; k++) if (tokens[k].Offset >= met.Start && tokens[k].Offset < met.End) used[k] = true;
                        }
                    }
                }
                else if (words.SignVerbs.Contains(w))
                    m = Signing(t, tokens, i, entities, words);
                else if (words.ResolutionVerbs.Contains(w)
                    || (words.ResolutionBaseVerbs.Contains(w) && VotedTo(tokens, i, words)))
                    m = Resolution(t, tokens, i, entities, words);
                else if (words.DebateVerbs.Contains(w) && (i == 0 || tokens[i - 1].Text is not ("a" or "an" or "the")))
                    m = Resolution(t, tokens, i, entities, words, "debate on");
                else if (words.VotedVerbs.Contains(w) && i + 1 < tokens.Count && tokens[i + 1].Text == "on")
                    m = Resolution(t, tokens, i + 1, entities, words, "vote on");
                else if (words.ElectVerbs.Contains(w))
                    m = PartyElection(t, tokens, i, entities, words);
                else if (InaugurationAt(tokens, i, words) is int phraseEnd && phraseEnd >= i)
                    m = Inauguration(tokens, i, phraseEnd, entities);
                else if (words.GatheringVerbs.Contains(w) && Gathering(tokens, i, entities, words) is { } gathering)
                    m = gathering;
                else if (w == "polls" && i >= 3 && tokens[i - 1].Text == "the" && tokens[i - 2].Text == "to" && words.PollsVerbs.Contains(tokens[i - 3].Text))
                    m = Polls(tokens, i, entities, words);
                if (m == null) continue;
                found.Add(m);
                for (int k = i; k < tokens.Count && tokens[k].Offset < m.End; k++) used[k] = true;
            }
            return found;
        }

        /// <summary>"did not travel", "has never visited", "decided not to meet", "won't attend": the verb at <paramref name="i"/>
        /// right after a negator (<c>negators</c>), or after one and "to", reports no event.</summary>
        internal static bool Negated(TokenList tokens, int i, EventWords words)
        {
            if (i > 0 && words.Negators.Contains(tokens[i - 1].Text)) return true;
            return i > 1 && tokens[i - 1].Text == "to" && words.Negators.Contains(tokens[i - 2].Text);
        }

        /// <summary>"in Doha meeting with", "in Doha, Qatar meeting with": the place (the first of a "city, country" pair) that ends
        /// right before the gerund at <paramref name="g"/> and follows "in"; else null.</summary>
        private static string? PlaceBeforeGerund(TokenList tokens, int g, EntityIndex entities)
        {
            if (g < 2) return null;
            var last = MentionsIn(entities, tokens[g - 1].Offset - 200, tokens[g - 1].Offset + 1)
                .LastOrDefault(x => x.Type == EntityType.Place && x.Offset + x.Length == tokens[g - 1].End);
            if (last == null) return null;
            int k = g - 1;
            while (k > 0 && tokens[k].Offset > last.Offset) k--;
            if (k >= 1 && tokens[k - 1].Text == "in") return last.Canonical;
            // "in Doha, Qatar": the city before the comma is where the subject is
            if (k >= 2 && tokens[k - 1].Text == ",")
            {
                var first = MentionsIn(entities, tokens[k - 2].Offset - 200, tokens[k - 2].Offset + 1)
                    .LastOrDefault(x => x.Type == EntityType.Place && x.Offset + x.Length == tokens[k - 2].End);
                if (first == null) return null;
                int f = k - 2;
                while (f > 0 && tokens[f].Offset > first.Offset) f--;
                if (f >= 1 && tokens[f - 1].Text == "in") return first.Canonical;
            }
            return null;
        }

        /// <summary>The nearest person before the verb in its clause ("Lukashenka has met with", "Mitchell, who met with"),
        /// and for "X and Y spoke" the one before "and" too.</summary>
        private static List<EntityMention> Subjects(TokenList tokens, int v, EntityIndex entities)
        {
            var result = new List<EntityMention>();
            for (int k = v - 1; k >= 0 && k >= v - 12; k--)
            {
                if (tokens[k].Text is "." or ";") break;
                var pm = MentionsIn(entities, tokens[k].Offset - 200, tokens[k].Offset + 1).LastOrDefault(m => m.Type == EntityType.Person && m.Offset + m.Length >= tokens[k].End);
                if (pm == null) continue;
                result.Insert(0, pm);
                // "Trump and Erdoğan spoke": a second subject joined by "and"
                int before = k;
                while (before > 0 && tokens[before].Offset > pm.Offset) before--;
                // "X and Turkish President Y": the title before the second name
                for (int title = 0; title < 4 && before >= 1 && tokens[before - 1].IsWord && char.IsUpper(tokens[before - 1].Text[0]); title++) before--;
                if (before >= 1 && tokens[before - 1].Text == "and")
                {
                    var other = MentionsIn(entities, tokens[before - 1].Offset - 200, tokens[before - 1].Offset).LastOrDefault(m => m.Type == EntityType.Person && m.Offset + m.Length >= tokens[before - 1].Offset - 1);
                    if (other != null && other.Canonical != pm.Canonical) result.Insert(0, other);
                }
                break;
            }
            return result;
        }

        /// <summary>People after position <paramref name="j"/>, joined by "and" or commas; titles before a name are skipped.</summary>
        private static List<string> Objects(TokenList tokens, ref int j, EntityIndex entities)
        {
            var people = new List<string>();
            while (j < tokens.Count)
            {
                // "the President of the Republic of Korea Mr. Roh Moo-hyun": a title (capitalised words and their "of the") before the name
                // ("Mr. Roh": the full stop of an abbreviated title too)
                for (int look = j; look < tokens.Count && look < j + 10 && (tokens[look].IsWord && char.IsUpper(tokens[look].Text[0]) || tokens[look].Text is "of" or "the"
                    || tokens[look].Text == "." && look > j && tokens[look - 1].IsWord && tokens[look - 1].Text.Length <= 3 && char.IsUpper(tokens[look - 1].Text[0])); look++)
                    if (IsPersonAt(entities, tokens[look].Offset)) { j = look; break; }
                var pm = PersonAt(entities, tokens[j].Offset);
                if (pm == null) break;
                if (!people.Contains(pm.Canonical)) people.Add(pm.Canonical);
                j = After(tokens, j, pm);
                if (j < tokens.Count && tokens[j].Text is "and" or ",") { j++; continue; }
                break;
            }
            return people;
        }

        private static EventMention? Meeting(string t, TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            var subjects = Subjects(tokens, v, entities);
            if (subjects.Count == 0) return null;
            var subject = subjects[subjects.Count - 1];
            int j = v + 1;
            if (j < tokens.Count && tokens[j].Text == "with") j++;
            if (j < tokens.Count && tokens[j].Text is "the") j++;
            int objStart = j;
            var people = new List<string> { subject.Canonical };
            foreach (var p in Objects(tokens, ref j, entities)) if (!people.Contains(p)) people.Add(p);
            string objectText;
            if (people.Count > 1) objectText = string.Join(" and ", people.Skip(1));
            else
            {
                // objects as a noun phrase ("the CIS ministers of foreign affairs")
                int e = objStart;
                while (e < tokens.Count && tokens[e].IsWord && !words.ObjectBoundaries.Contains(tokens[e].Text) && !ParticipleWithAgent(tokens, e, words) && e < objStart + 8) e++;
                if (e < tokens.Count && tokens[e].Text == "of")
                {
                    e++;
                    while (e < tokens.Count && tokens[e].IsWord && e < objStart + 12 && !(tokens[e].Text is "on" or "in" or "at") && !ParticipleWithAgent(tokens, e, words)) e++;
                }
                if (e == objStart) return null;
                objectText = t.Substring(tokens[objStart].Offset, tokens[e - 1].End - tokens[objStart].Offset);
                j = e;
            }
            string name = people.Count > 1 ? "Meeting of " + subject.Canonical + " and " + objectText : "Meeting of " + subject.Canonical + " with " + objectText;
            var m = new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[Math.Max(v, j - 1)].End,
                Kind = EventKindModel.Meeting,
                Named = true,
                Name = name,
                People = people,
            };
            if (people.Count > 1) m.Aliases.Add("Meeting between " + subject.Canonical + " and " + objectText);
            return m;
        }

        /// <summary>"a delegation of …", "the delegation": a group of <c>host_groups</c> after an article, up to one adjective between.</summary>
        private static bool GroupObjectAt(TokenList tokens, int j, EventWords words)
        {
            if (j >= tokens.Count || !(tokens[j].Text is "a" or "an" or "the")) return false;
            for (int k = j + 1; k < tokens.Count && k <= j + 2; k++)
                if (words.HostGroups.Contains(tokens[k].Text)) return true;
            return false;
        }

        /// <summary>"led by", "chaired by": a lower-case word before an agent marker (<c>agent_markers</c>), the participle that
        /// starts a phrase of its own after a noun phrase ("a delegation of the Congress led by Senator X").</summary>
        private static bool ParticipleWithAgent(TokenList tokens, int e, EventWords words) =>
            e + 1 < tokens.Count && tokens[e].IsWord && char.IsLower(tokens[e].Text[0]) && words.AgentMarkers.Contains(tokens[e + 1].Text);

        /// <summary>"X and Y met": the meeting of the two subjects, named by them; "… met in Geneva on Wednesday in their first
        /// summit": the gathering the clause says it was (a head after "in", "at" or "during" and a determiner) is its kind.</summary>
        private static EventMention Reciprocal(TokenList tokens, int v, List<EntityMention> pair, EventWords words)
        {
            var people = pair.Select(p => p.Canonical).Distinct().ToList();
            var kind = EventKindModel.Meeting;
            string head = "Meeting";
            int end = v;
            for (int k = v + 1; k + 2 < tokens.Count && k <= v + 12; k++)
            {
                if (tokens[k].Text is "." or ";" or "but" or "and") break;
                if (!(tokens[k].Text is "in" or "at" or "during" && words.Determiners.Contains(tokens[k + 1].Text))) continue;
                for (int h = k + 2; h < tokens.Count && h <= k + 5 && tokens[h].IsWord && char.IsLower(tokens[h].Text[0]); h++)
                    if (words.Heads.TryGetValue(tokens[h].Text, out var eh) && !eh.Plural && !eh.Anchored && !eh.ProperOnly && eh.Kind is EventKindModel.Summit or EventKindModel.Meeting or EventKindModel.Talks)
                    {
                        kind = eh.Kind;
                        head = char.ToUpperInvariant(tokens[h].Text[0]) + tokens[h].Text.Substring(1);
                        end = h;
                        break;
                    }
                if (end > v) break;
            }
            var m = new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[end].End,
                Kind = kind,
                Named = true,
                Name = head + " of " + string.Join(" and ", people),
                People = people,
            };
            m.Aliases.Add(head + " between " + string.Join(" and ", people));
            // "Biden and Xi last met in Bali": another edition than the meeting the article reports
            if (v > 0 && words.EditionModifiers.Contains(tokens[v - 1].Text)) m.Edition = tokens[v - 1].Text.ToLowerInvariant();
            return m;
        }

        /// <summary>A person at <paramref name="j"/>, or after up to four capitalised title words ("Irish Prime Minister Leo
        /// Varadkar"), who is not the owner of what follows ("welcomed Y's decision").</summary>
        private static bool PersonObjectAt(TokenList tokens, int j, EntityIndex entities)
        {
            for (int look = j; look < tokens.Count && look < j + 5; look++)
            {
                if (IsPersonAt(entities, tokens[look].Offset) && PersonAt(entities, tokens[look].Offset) is { } pm)
                {
                    int after = After(tokens, look, pm);
                    string lastWord = tokens[Math.Max(look, after - 1)].Text;
                    return !(after < tokens.Count && tokens[after].Text is "'s" or "\u2019s" or "'" or "\u2019")
                        && !lastWord.EndsWith("'s", StringComparison.Ordinal) && !lastWord.EndsWith("\u2019s", StringComparison.Ordinal);
                }
                if (!tokens[look].IsWord || !char.IsUpper(tokens[look].Text[0])) return false;
            }
            return false;
        }

        /// <summary>"hosted Y for a working dinner", "received Y for talks": an event head after "for" in the clause, which names what
        /// was held (the nominal finder reads it).</summary>
        private static bool ForAnEvent(TokenList tokens, int v, EventWords words)
        {
            for (int k = v + 1; k < tokens.Count && k <= v + 12; k++)
            {
                if (tokens[k].Text is "." or ";") return false;
                if (tokens[k].Text != "for") continue;
                for (int h = k + 1; h < tokens.Count && h <= k + 4; h++)
                    if (words.Heads.ContainsKey(tokens[h].Text)) return true;
                return false;
            }
            return false;
        }

        /// <summary>A month or weekday name, "today", "tomorrow", "next" or "this" in the clause after <paramref name="v"/>.</summary>
        private static bool DayInClause(TokenList tokens, int v, EventWords words)
        {
            for (int k = v + 1; k < tokens.Count && k <= v + 10; k++)
            {
                if (tokens[k].Text is "." or ";") return false;
                if (words.DateWords.Contains(tokens[k].Text) || words.DeicticDays.Contains(tokens[k].Text) || tokens[k].Text is "next") return true;
            }
            return false;
        }

        /// <summary>"Xi arrived in Moscow on Monday for a three-day state visit": the subject's trip to the place after "in", a visit
        /// when the clause calls it one.</summary>
        private static EventMention? Arrival(TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            if (v + 2 >= tokens.Count || PlaceAt(entities, tokens[v + 2].Offset) is not { } place) return null;
            var subjects = Subjects(tokens, v, entities);
            if (subjects.Count == 0) return null;
            var subject = subjects[subjects.Count - 1];
            bool visit = false;
            int visitAt = -1;
            for (int k = v + 3; k < tokens.Count && k <= v + 14 && !visit; k++)
            {
                if (tokens[k].Text is "." or ";") break;
                visit = tokens[k].Text is "visit";
                if (visit) visitAt = k;
            }
            string noun = visit ? "Visit" : "Trip";
            var m = new EventMention
            {
                Start = tokens[v].Offset,
                // "arrived in X on a working visit": the clause's visit is this one (its phrase is no mention of its own)
                End = visitAt >= 0 ? tokens[visitAt].End : place.Offset + place.Length,
                Kind = EventKindModel.Visit,
                Named = true,
                Name = noun + " of " + subject.Canonical + " to " + place.Canonical,
                Place = place.Canonical,
                People = new List<string> { subject.Canonical },
            };
            m.Aliases.Add(subject.Canonical + "'s " + noun.ToLowerInvariant() + " to " + place.Canonical);
            return m;
        }

        /// <summary>"X visited Y", "X is visiting Y": a visit of X to the place Y.</summary>
        private static EventMention? Visit(TokenList tokens, int v, EntityIndex entities, string noun, string lowerNoun, bool needsTo)
        {
            if (v + 1 >= tokens.Count) return null;
            int j = v + 1;
            if (tokens[j].Text == "to") j++;
            else if (needsTo) return null;
            if (j >= tokens.Count) return null;
            if (tokens[j].Text == "the" && j + 1 < tokens.Count) j++;
            // "visited the capital, Sana'a": a description, then the place in apposition
            if (EventWords.Default.PlaceDescriptions.Contains(tokens[j].Text) && j + 2 < tokens.Count && tokens[j + 1].Text == "," && PlaceAt(entities, tokens[j + 2].Offset) != null) j += 2;
            var known = PlaceAt(entities, tokens[j].Offset);
            // "flew to Kenya": with "to", a place the lexicon does not know
            var unknown = known == null && needsTo ? UnknownPlaceAt(tokens, j, entities, EventWords.Default) : null;
            if (known == null && unknown == null) return null;
            var place = known != null ? (Canonical: known.Canonical, End: known.Offset + known.Length) : (Canonical: unknown!.Value.Name, End: tokens[unknown.Value.End - 1].End);
            var subjects = Subjects(tokens, v, entities);
            if (subjects.Count == 0) return null;
            var subject = subjects[subjects.Count - 1];
            // "travel to Buckingham Palace": a building named after a place is a venue, not that place (the trip's place is left to the
            // resolver: the dateline's city)
            string target = place.Canonical;
            string? placeOfTrip = place.Canonical;
            int venueAt = TokenAt(tokens, place.End);
            if (venueAt >= 0 && EventWords.Default.VenueWords.Contains(tokens[venueAt].Text))
            {
                target = WordsOf(tokens, j, venueAt);
                placeOfTrip = null;
                place.End = tokens[venueAt].End;
            }
            var m = new EventMention
            {
                Start = tokens[v].Offset,
                End = place.End,
                Kind = EventKindModel.Visit,
                Named = true,
                Name = noun + " of " + subject.Canonical + " to " + target,
                Place = placeOfTrip,
                People = new List<string> { subject.Canonical },
            };
            m.Aliases.Add(subject.Canonical + "'s " + lowerNoun + " to " + target);
            return m;
        }

        /// <summary>The index of the token that starts at <paramref name="offset"/> or right after it (one space), or -1.</summary>
        private static int TokenAt(TokenList tokens, int offset)
        {
            for (int k = 0; k < tokens.Count; k++)
                if (tokens[k].Offset == offset + 1 || tokens[k].Offset == offset) return tokens[k].Offset == offset ? -1 : k;
            return -1;
        }

        /// <summary>The words of tokens [from, to] as written (one space between).</summary>
        private static string WordsOf(TokenList tokens, int from, int to)
        {
            var parts = new List<string>();
            for (int k = from; k <= to; k++) parts.Add(tokens[k].Text);
            return string.Join(" ", parts);
        }

        /// <summary>"X spoke by phone with Y", "X and Y spoke on the phone", "X phoned Y".</summary>
        private static EventMention? Phone(string t, TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            int j = v + 1;
            bool phone = words.PhoneVerbs.Contains(tokens[v].Text);
            if (!phone)
            {
                // the phone phrase right after the verb, before or after "with Y"
                int from = tokens[v].End;
                int to = Math.Min(t.Length, from + 60);
                string after = t.Substring(from, to - from);
                foreach (var p in words.PhonePhrases)
                {
                    int at = after.IndexOf(p, StringComparison.OrdinalIgnoreCase);
                    if (at >= 0 && at <= 24) { phone = true; break; }
                }
                if (!phone) return null;
            }
            var subjects = Subjects(tokens, v, entities);
            if (subjects.Count == 0) return null;
            var people = subjects.Select(s => s.Canonical).Distinct(StringComparer.Ordinal).ToList();
            int end = v;
            // the other party: "with Y" / "to Y" within the next words, or the object of "phoned Y"
            for (int k = v + 1; k < tokens.Count && k < v + 10; k++)
            {
                if (tokens[k].Text is "." or ";") break;
                if (tokens[k].Text is "with" or "to" || (phone && k == v + 1 && words.PhoneVerbs.Contains(tokens[v].Text)))
                {
                    int o = tokens[k].Text is "with" or "to" ? k + 1 : k;
                    var objs = Objects(tokens, ref o, entities);
                    if (objs.Count > 0) { foreach (var p in objs) if (!people.Contains(p)) people.Add(p); end = o - 1; }
                    break;
                }
            }
            if (people.Count < 2) return null;
            string name = "Phone conversation between " + string.Join(" and ", people);
            var m = new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[Math.Max(v, end)].End,
                Kind = EventKindModel.Talks,
                Named = true,
                Name = name,
                People = people,
            };
            m.Aliases.Add("Telephone conversation between " + string.Join(" and ", people));
            return m;
        }

        /// <summary>How many tokens after a verb of speaking its "in person" may come ("spoke with X by phone and Vice President Y in person").</summary>
        private const int InPersonReach = 20;

        /// <summary>"X spoke with Y by phone and Z in person", "X spoke with Y in person": a meeting of the subject and the person
        /// right before an in-person phrase of the verb's clause (not the other party of a call).</summary>
        private static EventMention? InPerson(string t, TokenList tokens, int v, EntityIndex entities, EventWords words, EventMention? call)
        {
            for (int k = v + 1; k < tokens.Count && k <= v + InPersonReach; k++)
            {
                if (tokens[k].Text is "." or ";") return null;
                string? phrase = null;
                foreach (var p in words.InPersonPhrases)
                    if (string.Compare(t, tokens[k].Offset, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0
                        && (tokens[k].Offset + p.Length >= t.Length || !char.IsLetter(t[tokens[k].Offset + p.Length]))) { phrase = p; break; }
                if (phrase == null) continue;
                // the person whose name ends right before the phrase
                var pm = k > 0 ? MentionsIn(entities, tokens[k - 1].Offset - 200, tokens[k - 1].Offset + 1)
                    .LastOrDefault(x => x.Type == EntityType.Person && x.Offset + x.Length == tokens[k - 1].End && !x.IsPronounOrDescription) : null;
                if (pm == null || (call != null && call.People.Contains(pm.Canonical))) return null;
                var subjects = Subjects(tokens, v, entities);
                if (subjects.Count == 0) return null;
                string subject = subjects[subjects.Count - 1].Canonical;
                if (subject == pm.Canonical) return null;
                var m = new EventMention
                {
                    Start = pm.Offset,
                    End = tokens[k].Offset + phrase.Length,
                    Kind = EventKindModel.Meeting,
                    Named = true,
                    Name = "Meeting of " + subject + " and " + pm.Canonical,
                    People = new List<string> { subject, pm.Canonical },
                };
                m.Aliases.Add("Meeting between " + subject + " and " + pm.Canonical);
                return m;
            }
            return null;
        }

        /// <summary>"15,000 people marched against Bush in Ottawa": a protest in the place that follows (a place is required).</summary>
        private static EventMention? Protest(string t, TokenList tokens, int v, EntityIndex entities, EventWords words, string noun)
        {
            int j = v + 1;
            string against = "";
            if (j < tokens.Count && tokens[j].Text == "against")
            {
                int s = j + 1;
                int e = s;
                while (e < tokens.Count && e < s + 6 && tokens[e].IsWord && tokens[e].Text != "in" && !words.ClauseBoundaries.Contains(tokens[e].Text)) e++;
                if (e == s) return null;
                against = " against " + t.Substring(tokens[s].Offset, tokens[e - 1].End - tokens[s].Offset);
                j = e;
            }
            else if (j + 1 < tokens.Count && tokens[j].Text == "the" && tokens[j + 1].IsWord && char.IsUpper(tokens[j + 1].Text[0]))
            {
                // "hundreds protested the Annapolis Conference": the object of the verb is what they protested against
                int s = j, e = j + 1;
                while (e < tokens.Count && e < s + 6 && tokens[e].IsWord && char.IsUpper(tokens[e].Text[0])) e++;
                against = " against " + t.Substring(tokens[s].Offset, tokens[e - 1].End - tokens[s].Offset);
                j = e;
            }
            // the place: "in <place>" in the verb's clause ("… in conjunction with a funeral in Hebron")
            EntityMention? known = null;
            (string Name, int End)? unknown = null;
            for (int k = j; k + 1 < tokens.Count && k < j + ProtestPlaceReach; k++)
            {
                if (tokens[k].Text is "." or ";" or "," or ":") break;
                if (tokens[k].Text != "in") continue;
                known = PlaceAt(entities, tokens[k + 1].Offset);
                unknown = known == null ? UnknownPlaceAt(tokens, k + 1, entities, words) : null;
                if (known != null || unknown != null) break;
            }
            if (known == null && unknown == null) return null;
            string place = known?.Canonical ?? unknown!.Value.Name;
            int end = known != null ? known.Offset + known.Length : tokens[unknown!.Value.End - 1].End;
            return new EventMention
            {
                Start = tokens[v].Offset,
                End = end,
                Kind = EventKindModel.Protest,
                Named = true,
                Name = char.ToUpperInvariant(noun[0]) + noun.Substring(1) + against + " in " + place,
                Place = place,
            };
        }

        /// <summary>How many tokens after a verb of protest (and its object) its "in &lt;place&gt;" may come.</summary>
        private const int ProtestPlaceReach = 8;

        /// <summary>How many tokens after a verb of electing the office may come ("elect Boris Johnson — former …, and … — as the new … leader").</summary>
        private const int OfficeReach = 30;

        /// <summary>"members voted to elect X as the new Conservative leader", "X was elected Labour leader": the party's election
        /// of that officer ("Conservative Party leadership election"). The party is the capitalised word right before the office,
        /// as the article's organisation of that name ("Conservative" → "Conservative Party") when it names one.</summary>
        private static EventMention? PartyElection(string t, TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            for (int k = v + 1; k < tokens.Count && k <= v + OfficeReach; k++)
            {
                if (tokens[k].Text is "." or ";") return null;
                if (!words.PartyOffices.TryGetValue(tokens[k].Text, out var office)) continue;
                int p = k - 1;
                string party;
                if (p > v && tokens[p].IsWord && char.IsUpper(tokens[p].Text[0]))
                {
                    if (entities.Lexicon.CountryByAdjective.ContainsKey(tokens[p].Text) || IsPersonAt(entities, tokens[p].Offset) || PlaceAt(entities, tokens[p].Offset) != null) return null;
                    party = tokens[p].Text;
                    var org = entities.Mentions.FirstOrDefault(x => x.Type == EntityType.Organization && x.Canonical.StartsWith(party + " ", StringComparison.Ordinal));
                    if (org != null) party = org.Canonical;
                }
                else if (p > v && words.HoldOwners.Contains(tokens[p].Text) || p > v + 1 && tokens[p].Text == "new" && words.HoldOwners.Contains(tokens[p - 1].Text))
                {
                    // "the Labour Party elected X as its new leader": the organisation that is the verb's subject
                    var org = PartyBefore(tokens, v, entities, words);
                    if (org == null) return null;
                    party = org;
                }
                else return null;
                string name = party + " " + office + " election";
                return new EventMention
                {
                    Start = tokens[v].Offset,
                    End = tokens[k].End,
                    Kind = EventKindModel.Election,
                    Named = true,
                    Name = char.ToUpperInvariant(name[0]) + name.Substring(1),
                };
            }
            return null;
        }

        /// <summary>The index of the last token of an inauguration phrase (<c>inauguration_phrases</c>) that starts at <paramref name="i"/>, or -1.</summary>
        private static int InaugurationAt(TokenList tokens, int i, EventWords words)
        {
            foreach (var phrase in words.InaugurationPhrases)
            {
                if (i + phrase.Length > tokens.Count) continue;
                bool all = true;
                for (int k = 0; k < phrase.Length && all; k++) all = string.Equals(tokens[i + k].Text, phrase[k], StringComparison.Ordinal);
                if (all) return i + phrase.Length - 1;
            }
            return -1;
        }

        /// <summary>"Joe Biden was sworn in on Wednesday", "the new president will be inaugurated": the inauguration of the person who
        /// is the subject (the nearest person before the verb in its clause).</summary>
        private static EventMention? Inauguration(TokenList tokens, int v, int phraseEnd, EntityIndex entities)
        {
            var subjects = Subjects(tokens, v, entities);
            if (subjects.Count != 1) return null;
            string person = subjects[0].Canonical;
            return new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[phraseEnd].End,
                Kind = EventKindModel.Ceremony,
                Named = true,
                Name = "Inauguration of " + person,
                People = new List<string> { person },
            };
        }

        /// <summary>"The foreign ministers of the G7 gathered in Capri on Wednesday", "EU leaders will convene in Brussels next week",
        /// "the Security Council met in emergency session on Monday": a meeting of the subject, a group (<c>gathering_groups</c>)
        /// or an organisation, when no one met is the verb's object and a place ("in X") or a day follows within its clause.</summary>
        private static EventMention? Gathering(TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            if (v + 1 < tokens.Count && (tokens[v + 1].Text == "with" || IsPersonAt(entities, tokens[v + 1].Offset))) return null; // "met with X": a meeting of people
            // the subject: the noun phrase that ends right before the verb (or its auxiliary: "will convene")
            int end = v - 1;
            while (end >= 0 && tokens[end].IsWord && words.GatheringAuxiliaries.Contains(tokens[end].Text)) end--;
            if (end < 0 || !tokens[end].IsWord) return null;
            int start = end;
            while (start > 0 && end - start < 8 && tokens[start - 1].IsWord && !words.ClauseBoundaries.Contains(tokens[start - 1].Text)
                   && !(tokens[start - 1].Text is "and" or "that" or "when" or "after" or "before" or "as" or "while")
                   && !words.SpeechBarriers.Contains(tokens[start - 1].Text)) start--;
            bool group = false;
            for (int k = start; k <= end && !group; k++)
                group = words.GatheringGroups.Contains(tokens[k].Text) || (k < end && words.GatheringGroups.Contains(tokens[k].Text + " " + tokens[k + 1].Text));
            var org = group ? null : MentionsIn(entities, tokens[start].Offset, tokens[end].End).LastOrDefault(x => x.Type == EntityType.Organization && x.Offset + x.Length >= tokens[end].End);
            // "the Trilateral Contact Group met in Minsk": a capitalised name headed by an organisation's head word is a body too
            bool namedBody = !group && org == null && end > start && char.IsUpper(tokens[end - 1].Text[0])
                && entities.Lexicon.Words(LexiconIndex.Lists.OrganizationHeads).Contains(tokens[end].Text);
            if (!group && org == null && !namedBody) return null;
            if (words.SubjectPronouns.Contains(tokens[start].Text)) return null;
            // "the two leaders", "Leaders meet": a group no word qualifies names no one gathering (it refers to people named elsewhere)
            bool qualified = false;
            for (int k = start; k <= end && !qualified; k++)
            {
                string x = tokens[k].Text;
                qualified = !(words.GatheringGroups.Contains(x) || words.FunctionWords.Contains(x) || x is "The" or "the" or "two" or "three" or "both" || char.IsDigit(x[0]));
            }
            if (!qualified) return null;
            // a place or a day in the clause after the verb
            string? place = null;
            bool dated = false;
            int last = v;
            for (int k = v + 1; k < tokens.Count && k <= v + 10; k++)
            {
                if (tokens[k].Text is "." or ";" || (k > v + 1 && words.ClauseBoundaries.Contains(tokens[k].Text) && tokens[k].Text is not ("in" or "on" or "at"))) break;
                if (place == null && tokens[k - 1].Text is "in" or "at" && PlaceAt(entities, tokens[k].Offset) is { } pl) { place = pl.Canonical; last = k; }
                if (words.DateWords.Contains(tokens[k].Text) || words.DeicticDays.Contains(tokens[k].Text)) dated = true;
            }
            if (place == null && !dated) return null;
            // "met in emergency session", "gathered … for three days of talks": the event the clause names is what they held
            string head = "Meeting";
            var kind = EventKindModel.Meeting;
            for (int k = v + 1; k < tokens.Count && k <= v + 12; k++)
            {
                if (tokens[k].Text is "." or ";") break;
                if (!tokens[k].IsWord || !char.IsLower(tokens[k].Text[0]) || !words.Heads.TryGetValue(tokens[k].Text, out var h) || h.Plural || h.ProperOnly) continue;
                // "meet again at the Ibero-American summit": the clause names an event of its own, which the nominal finder reads
                if (tokens[k - 1].IsWord && char.IsUpper(tokens[k - 1].Text[0])) return null;
                kind = h.Kind;
                head = tokens[k].Text;
                string before = tokens[k - 1].Text;
                if (tokens[k - 1].IsWord && char.IsLower(before[0]) && !words.FunctionWords.Contains(before) && !char.IsDigit(before[0]) && before is not ("of" or "for" or "in" or "at"))
                    head = before + " " + head;
                head = char.ToUpperInvariant(head[0]) + head.Substring(1);
                last = Math.Max(last, k);
                break;
            }
            int from = start;
            if (tokens[from].Text is "The" or "the") from++;
            if (from > end) return null;
            var subjectWords = tokens.Skip(from).Take(end - from + 1).Select(x => x.Text).ToList();
            // "Leaders of the EU", "Defence ministers of …": a word capitalised only because it opens the sentence (no name, no
            // group's proper name) is written in lower case inside the event's name, after "the"
            bool common = words.GatheringGroups.Contains(subjectWords[0])
                || (from == 0 && !MentionsIn(entities, tokens[0].Offset, tokens[0].End).Any());
            if (common) subjectWords[0] = subjectWords[0].ToLowerInvariant();
            string subject = string.Join(" ", subjectWords);
            var gathered = new EventMention
            {
                Start = tokens[start].Offset,
                End = tokens[last].End,
                Kind = kind,
                Named = true,
                Name = head + " of " + (from > start || common ? "the " : "") + subject + (place != null ? " in " + place : ""),
                Place = place,
            };
            // "the group last met in Minsk": another edition than the one the article reports
            for (int k = end + 1; k < v; k++)
                if (words.EditionModifiers.Contains(tokens[k].Text)) { gathered.Edition = tokens[k].Text.ToLowerInvariant(); break; }
            return gathered;
        }

        /// <summary>"Voters in Mexico went to the polls on Sunday to elect a new president", "Chileans head to the polls": an election,
        /// in the place "in X" names before the verb in its clause or whose adjective the voters carry ("Chileans", "Mexican
        /// voters"), presidential or parliamentary by what the clause says they elect (<c>polls_offices</c>).</summary>
        private static EventMention? Polls(TokenList tokens, int polls, EntityIndex entities, EventWords words)
        {
            string? place = null;
            for (int k = polls - 4; k >= 0 && k >= polls - 12 && place == null; k--)
            {
                if (tokens[k].Text is "." or ";") break;
                if (k >= 1 && tokens[k - 1].Text == "in" && PlaceAt(entities, tokens[k].Offset) is { } pl) place = pl.Canonical;
                else if (tokens[k].IsWord && entities.Lexicon.CountryByAdjective.TryGetValue(tokens[k].Text, out var country)) place = country;
                else if (tokens[k].IsWord && entities.Lexicon.CountryByDemonym.TryGetValue(tokens[k].Text, out var people)) place = people;
                // "South African voters", "New Zealanders": an adjective or demonym of two words
                else if (k >= 1 && tokens[k].IsWord && tokens[k - 1].IsWord
                    && (entities.Lexicon.CountryByAdjective.TryGetValue(tokens[k - 1].Text + " " + tokens[k].Text, out var two)
                        || entities.Lexicon.CountryByDemonym.TryGetValue(tokens[k - 1].Text + " " + tokens[k].Text, out two))) place = two;
            }
            // "the party will go to the polls with a new leader": with neither a place nor a day in its clause, no one election
            if (place == null && !DayInClause(tokens, polls, words)) return null;
            string? classifier = null;
            for (int k = polls + 1; k < tokens.Count && k <= polls + 10 && classifier == null; k++)
            {
                if (tokens[k].Text is "." or ";") break;
                if (words.PollsOffices.TryGetValue(tokens[k].Text, out var c)) classifier = c;
            }
            string name = (classifier != null ? char.ToUpperInvariant(classifier[0]) + classifier.Substring(1) + " election" : "Election") + (place != null ? " in " + place : "");
            return new EventMention
            {
                Start = tokens[polls - 3].Offset,
                End = tokens[polls].End,
                Kind = EventKindModel.Election,
                Named = true,
                Name = name,
                Place = place,
            };
        }

        /// <summary>"voted to pass", "voted 52-48 to approve": "to" right before the verb at <paramref name="v"/>, and a verb of voting
        /// up to four tokens before it.</summary>
        private static bool VotedTo(TokenList tokens, int v, EventWords words)
        {
            if (v < 2 || tokens[v - 1].Text != "to") return false;
            for (int k = v - 2; k >= 0 && k >= v - 6; k--)
            {
                if (tokens[k].Text is "." or ";" or ",") return false;
                if (words.VotedVerbs.Contains(tokens[k].Text)) return true;
            }
            return false;
        }

        /// <summary>The organisation named last before the verb at <paramref name="v"/> in its clause ("the Labour Party elected").</summary>
        private static string? PartyBefore(TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            for (int k = v - 1; k >= 0 && k >= v - 8; k--)
            {
                if (tokens[k].Text is "." or ";" or ",") return null;
                var org = MentionsIn(entities, tokens[k].Offset - 200, tokens[k].Offset + 1).LastOrDefault(x => x.Type == EntityType.Organization && x.Offset + x.Length >= tokens[k].End && x.Offset <= tokens[k].Offset);
                if (org != null) return org.Canonical;
            }
            return null;
        }

        /// <summary>How many tokens before a verb of passing its legislative subject may stand ("lawmakers have expressed solidarity … and passed").</summary>
        private const int LegislatureReach = 16;

        /// <summary>"Romanian lawmakers passed a resolution", "the Senate adopted the bill": a vote of the legislature on it. The
        /// subject is the nearest legislative word before the verb in its sentence (with a country adjective before it, the vote
        /// is held in that country); "it passed a resolution" with no legislature named is left alone.</summary>
        private static EventMention? Resolution(string t, TokenList tokens, int v, EntityIndex entities, EventWords words, string what = "vote on")
        {
            int j = v + 1;
            if (j < tokens.Count && tokens[j].Text is "a" or "an" or "the") j++;
            int objStart = j;
            int noun = -1;
            for (int k = objStart; k < tokens.Count && k < objStart + 4; k++)
            {
                if (!tokens[k].IsWord) break;
                if (words.ResolutionObjects.Contains(tokens[k].Text)) { noun = k; break; }
            }
            if (noun < 0) return null;
            int body = -1;
            for (int k = v - 1; k >= 0 && k >= v - LegislatureReach; k--)
            {
                if (tokens[k].Text is "." or ";") break;
                if (words.LegislativeWords.Contains(tokens[k].Text)) { body = k; break; }
            }
            if (body < 0) return null;
            // "Romanian lawmakers", "the European Parliament", "the US Senate": capitalised words before the legislative word
            int bodyStart = body;
            while (bodyStart > 0 && bodyStart > body - 3 && tokens[bodyStart - 1].IsWord && char.IsUpper(tokens[bodyStart - 1].Text[0])
                   && !(bodyStart - 1 == 0 && words.SentenceStarters.Contains(tokens[bodyStart - 1].Text)) && !words.NeverModifiers.Contains(tokens[bodyStart - 1].Text)) bodyStart--;
            string bodyText = t.Substring(tokens[bodyStart].Offset, tokens[body].End - tokens[bodyStart].Offset);
            if (char.IsLower(bodyText[0]) && bodyStart == body) bodyText = "the " + bodyText;
            string? place = null;
            for (int k = bodyStart; k < body && place == null; k++)
                if (entities.Lexicon.CountryByAdjective.TryGetValue(tokens[k].Text, out var country)) place = country;
            string owner = bodyText.EndsWith("s", StringComparison.Ordinal) ? bodyText + "'" : bodyText + "'s";
            string doc = t.Substring(tokens[objStart].Offset, tokens[noun].End - tokens[objStart].Offset);
            return new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[noun].End,
                Kind = EventKindModel.Session,
                Named = true,
                Name = char.ToUpperInvariant(owner[0]) + owner.Substring(1) + " " + what + " the " + doc,
                Place = place,
            };
        }

        /// <summary>"X signed the … agreement / executive order": the signing of the document, by X.</summary>
        private static EventMention? Signing(string t, TokenList tokens, int v, EntityIndex entities, EventWords words)
        {
            int j = v + 1;
            string? place = null;
            // "signed in the Oval Office a revised version of …": a place phrase before the object, where the signing was
            if (j < tokens.Count && tokens[j].Text is "in" or "at")
            {
                int p = j + 1;
                if (p < tokens.Count && tokens[p].Text == "the") p++;
                if (p < tokens.Count && PlaceAt(entities, tokens[p].Offset) is { } known) place = known.Canonical;
                else if (p < tokens.Count && UnknownPlaceAt(tokens, p, entities, words) is { } unknown) place = unknown.Name;
                for (int k = j + 1; k < tokens.Count && k < j + 7; k++)
                    if (tokens[k].Text is "a" or "an" || (tokens[k].Text == "the" && k > j + 1)) { j = k; break; }
            }
            if (j < tokens.Count && tokens[j].Text is "the" or "a" or "an") j++;
            int objStart = j;
            int noun = -1;
            for (int k = objStart; k < tokens.Count && k < objStart + 14; k++)
            {
                if (!tokens[k].IsWord && tokens[k].Text != "-") break;
                if (words.SignedObjects.Contains(tokens[k].Text)) { noun = k; if (!(k + 1 < tokens.Count && tokens[k + 1].Text == "of")) break; }
                if (tokens[k].IsWord && words.ClauseBoundaries.Contains(tokens[k].Text) && tokens[k].Text != "and") break;
            }
            if (noun < 0) return null;
            var subjects = Subjects(tokens, v, entities);
            // "They signed the Broad Relationship of Cooperation … agreement": a document named by its title is signed at an
            // event even when the signers are not named in the clause
            bool titled = false;
            for (int k = objStart; k < noun; k++) if (tokens[k].IsWord && char.IsUpper(tokens[k].Text[0])) titled = true;
            if (subjects.Count == 0 && !titled) return null;
            string doc = t.Substring(tokens[objStart].Offset, tokens[noun].End - tokens[objStart].Offset);
            return new EventMention
            {
                Start = tokens[v].Offset,
                End = tokens[noun].End,
                Kind = EventKindModel.Ceremony,
                Named = true,
                Name = "Signing of the " + doc,
                Place = place,
                People = subjects.Select(s => s.Canonical).Distinct(StringComparer.Ordinal).ToList(),
            };
        }
    }
}
