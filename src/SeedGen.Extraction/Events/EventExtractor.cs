using System;
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
    /// Finds events (meetings, conferences, visits, sessions, elections, talks) with dates, place and participants,
    /// one per real event in the article, and links statements to the event they were said at.
    /// </summary>
    /// <remarks>
    /// How: every event head noun ("meeting", "conference", "elections" ...) and every known event series from the lexicon is
    /// grown into the noun phrase a reader would use (capitalised and classifying modifiers before it; "of …", "on …",
    /// "to &lt;place&gt;" after it). A phrase with something distinctive (a proper noun, a complement, a year) names an
    /// event; a bare "the meeting" refers back to the last event of its kind. "X met with Y" is a meeting of X and Y.
    /// Mentions of one event are merged; dates, place and participants come from the sentences that mention it.
    /// </remarks>
    public static class EventExtractor
    {
        private static readonly Dictionary<string, EventKindModel> Heads = new(StringComparer.OrdinalIgnoreCase)
        {
            ["meeting"] = EventKindModel.Meeting, ["meetings"] = EventKindModel.Meeting,
            ["conference"] = EventKindModel.Conference, ["conferences"] = EventKindModel.Conference,
            ["forum"] = EventKindModel.Forum, ["forums"] = EventKindModel.Forum,
            ["summit"] = EventKindModel.Summit, ["summits"] = EventKindModel.Summit,
            ["session"] = EventKindModel.Session, ["sessions"] = EventKindModel.Session,
            ["visit"] = EventKindModel.Visit, ["visits"] = EventKindModel.Visit,
            ["talks"] = EventKindModel.Talks, ["negotiations"] = EventKindModel.Talks,
            ["election"] = EventKindModel.Election, ["elections"] = EventKindModel.Election,
            ["discussion"] = EventKindModel.Discussion, ["congress"] = EventKindModel.Congress,
            ["ceremony"] = EventKindModel.Ceremony, ["council"] = EventKindModel.Meeting, ["dialogue"] = EventKindModel.Forum,
            ["assembly"] = EventKindModel.Session,
        };

        /// <summary>Heads that are plural by nature (one event): "talks", "elections".</summary>
        private static readonly HashSet<string> PluralHeads = new(StringComparer.OrdinalIgnoreCase) { "talks", "negotiations", "elections" };

        /// <summary>Heads that name an event only as part of a proper name ("OSCE Ministerial Council", "Minsk Dialogue").</summary>
        private static readonly HashSet<string> ProperOnlyHeads = new(StringComparer.OrdinalIgnoreCase) { "council", "dialogue", "assembly" };

        /// <summary>Lower-case words that classify an event and belong to its name.</summary>
        private static readonly HashSet<string> Classifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            "presidential", "parliamentary", "local", "municipal", "general", "legislative", "regional", "international", "expert", "experts",
            "ministerial", "counterterrorism", "counter-terrorism", "panel", "annual", "plenary", "extraordinary", "informal", "joint",
            "trilateral", "tripartite", "quadrilateral", "summit", "working", "round", "table", "roundtable", "donor", "investment", "economic",
            "security", "peace", "press", "scientific", "academic", "high-level", "inaugural", "founding", "official", "state", "group",
        };

        /// <summary>Modifiers that make a phrase generic, not the name of one event ("similar forums", "bilateral meetings").</summary>
        private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            "similar", "such", "other", "many", "several", "previous", "these", "those", "some", "any", "every", "each", "only", "bilateral",
            "first", "next", "numerous", "various", "few", "future", "regular", "top", "further", "more", "most", "new",
        };

        /// <summary>Words before a phrase that make it a proposal or a wish, not an event ("ready to host a meeting").</summary>
        private static readonly string[] ProposalCues = { "ready to", "willing to", "proposed", "suggested", "offered", "idea of", "calls for", "called for", "proposal" };

        private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "that", "its", "their", "his", "her", "our" };

        private static readonly string[] ParticipationCues =
        {
            "taking part", "take part", "took part", "takes part", "attend", "attendance", "attended", "participants", "participated", "participate",
            "met with", "speaking to", "addressed", "delegation", "arrived", "visited", "chaired",
        };

        private sealed class Mention
        {
            public int Start, End;              // the phrase in the document
            public int SentenceIndex = -1;
            public string Name = "";
            public EventKindModel Kind;
            public bool Named;                  // names an event (else refers back to one)
            public bool Generic;                // neither: "bilateral meetings"
            public List<string> People = new(); // people in the phrase or its verb ("X met with Y")
            public string? Place;               // a place the phrase itself names ("visit to Belarus", "elections in Russia")
            public DateValue Year;              // a year written inside the phrase ("the 2016 parliamentary elections")
            public int Event = -1;
        }

        private sealed class Draft
        {
            public string Name = "";
            public EventKindModel Kind;
            public readonly List<Mention> Mentions = new();
            public readonly List<string> Aliases = new();
            public readonly List<string> Participants = new();
            public DateValue Start, End;
            public string? Location;
        }

        public static IReadOnlyList<EventModel> Extract(ArticleDocument doc, EntityIndex entities, ArticleTime time, Lexicon.Lexicon lexicon,
            List<DiagnosticModel> diagnostics, CancellationToken cancellationToken)
        {
            var lx = entities.Lexicon;
            string t = doc.Text;
            // The title is read as sentence -1: it names events ("… at MSC Core Group meeting") but gives no dates.
            var units = new List<(int Start, int End, int Sentence)>();
            if (doc.TitleSpan.Length > 0) units.Add((doc.TitleSpan.Offset, doc.TitleSpan.Offset + doc.TitleSpan.Length, -1));
            for (int i = 0; i < doc.Sentences.Count; i++) units.Add((doc.Sentences[i].Offset, doc.Sentences[i].End, i));

            var anchor = ContextAnchor(doc, time);
            var mentions = new List<Mention>();
            var datesBySentence = new Dictionary<int, IReadOnlyList<TemporalMatch>>();
            foreach (var (start, end, si) in units)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (end - start > 5000) continue; // not a sentence a reader would read as one; keeps the work linear
                var tokens = doc.Tokens(start, end);
                var found = FindMentions(t, tokens, entities, lx, start, end);
                foreach (var m in found) m.SentenceIndex = si;
                mentions.AddRange(found);
                if (si >= 0 && found.Count > 0)
                    datesBySentence[si] = DateRecognizer.Recognize(t.Substring(start, end - start), anchor);
            }

            // Merge mentions into events, in text order (title last: it repeats the body).
            var drafts = new List<Draft>();
            var pendingForward = new List<(Mention Mention, Mention NamedLater)>();
            var ordered = mentions.Where(m => m.SentenceIndex >= 0).Concat(mentions.Where(m => m.SentenceIndex < 0)).ToList();
            foreach (var m in ordered)
            {
                if (m.Generic) continue;
                int target = -1;
                if (m.Named)
                {
                    for (int d = 0; d < drafts.Count && target < 0; d++)
                        if (SameEvent(drafts[d], m)) target = d;
                    if (target < 0)
                    {
                        drafts.Add(new Draft { Name = m.Name, Kind = m.Kind });
                        target = drafts.Count - 1;
                    }
                }
                else
                {
                    // "the meeting", "the forum": the most recent event of that kind mentioned before
                    for (int d = drafts.Count - 1; d >= 0 && target < 0; d--)
                        if (drafts[d].Mentions.Any(x => x.Start < m.Start) && (drafts[d].Kind == m.Kind || m.Kind == EventKindModel.Other)) target = d;
                    // "the conference" for a meeting the text also calls a conference: the most recent gathering of any kind
                    if (target < 0 && m.Kind is EventKindModel.Conference or EventKindModel.Forum or EventKindModel.Summit or EventKindModel.Meeting or EventKindModel.Session)
                        for (int d = drafts.Count - 1; d >= 0 && target < 0; d--)
                            if (drafts[d].Mentions.Any(x => x.Start < m.Start) && drafts[d].Kind is EventKindModel.Conference or EventKindModel.Forum or EventKindModel.Summit or EventKindModel.Meeting or EventKindModel.Session) target = d;
                    if (target < 0)
                    {
                        // "for a two-day visit. The visit of X to Y …": the event is named just after
                        var later = ordered.FirstOrDefault(x => x.Named && !x.Generic && x.Kind == m.Kind && x.Start > m.Start && x.SentenceIndex >= 0
                            && m.SentenceIndex >= 0 && x.SentenceIndex - m.SentenceIndex <= 2);
                        if (later != null) pendingForward.Add((m, later));
                        continue;
                    }
                }
                m.Event = target;
                var draft = drafts[target];
                draft.Mentions.Add(m);
                if (m.Named && NameTokens(m.Name).Count > NameTokens(draft.Name).Count && m.SentenceIndex >= 0) { draft.Aliases.Add(draft.Name); draft.Name = m.Name; }
                else if (m.Named && !string.Equals(m.Name, draft.Name, StringComparison.OrdinalIgnoreCase)) draft.Aliases.Add(m.Name);
                foreach (var p in m.People) if (!draft.Participants.Contains(p)) draft.Participants.Add(p);
            }

            foreach (var (early, later) in pendingForward)
            {
                if (later.Event < 0) continue;
                early.Event = later.Event;
                drafts[later.Event].Mentions.Insert(0, early);
            }
            foreach (var draft in drafts)
            {
                Dates(doc, draft, datesBySentence, anchor, mentions);
                draft.Location = Location(doc, draft, entities, lx);
            }
            // "the plenary session of the forum": a part of an event is where that event is
            foreach (var d in drafts)
            {
                if (d.Location != null) continue;
                int of = d.Name.LastIndexOf(" of the ", StringComparison.Ordinal);
                if (of < 0) continue;
                string partOf = d.Name.Substring(of + 8).Trim();
                if (!Heads.TryGetValue(partOf, out var parentKind)) continue;
                var parent = drafts.Where(x => x != d && x.Kind == parentKind && x.Location != null).OrderBy(x => x.Mentions.Min(m => m.Start)).FirstOrDefault();
                if (parent != null) d.Location = parent.Location;
            }
            Participants(doc, drafts, entities);

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

        // ---------------------------------------------------------------- mentions

        private static List<Mention> FindMentions(string t, List<Token> tokens, EntityIndex entities, LexiconIndex lx, int sentenceStart, int sentenceEnd)
        {
            var found = new List<Mention>();
            var used = new bool[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (used[i] || !tokens[i].IsWord) continue;
                string w = tokens[i].Text;

                // "X met with Y" / "X meets Y" / "X, who met with Y": a meeting of X and Y
                // ("meeting with" only as a verb: "while meeting with")
                bool verbMeeting = w is "met" or "meets" || (w == "meeting" && i > 0 && tokens[i - 1].Text is "while" or "when" or "after" or "before");
                if (verbMeeting && i + 1 < tokens.Count && (tokens[i + 1].Text == "with" || (w != "meeting" && IsPersonAt(entities, tokens[i + 1].Offset)))
                    && VerbMeeting(t, tokens, i, entities) is { } vm) { found.Add(vm); continue; }

                if (!Heads.TryGetValue(w, out var kind))
                {
                    // "26thsession": an ordinal glued to its head, as copy-pasted news sometimes has it
                    int glue = 0;
                    while (glue < w.Length && char.IsDigit(w[glue])) glue++;
                    if (glue == 0 || glue + 2 >= w.Length || !IsOrdinal(w.Substring(0, glue + 2)) || !Heads.TryGetValue(w.Substring(glue + 2), out kind)) continue;
                    if (ProperOnlyHeads.Contains(w.Substring(glue + 2))) continue;
                }
                // "Munich Security Conference Core Group meeting": the head is the last noun of the compound
                if (HeadFollows(tokens, i + 1)) continue;
                bool plural = w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !PluralHeads.Contains(w) && !w.Equals("talks", StringComparison.OrdinalIgnoreCase);
                bool properOnly = ProperOnlyHeads.Contains(w);
                if (properOnly && !char.IsUpper(w[0])) continue;
                // a capitalised head right before a name is part of a title ("Commissioner for … Enlargement Negotiations Johannes Hahn")
                if (char.IsUpper(w[0]) && i + 1 < tokens.Count && IsPersonAt(entities, tokens[i + 1].Offset)) continue;
                // "Council" is an event only as a ministerial council ("OSCE Ministerial Council"), not an organ ("UN Security Council")
                if (w.Equals("council", StringComparison.OrdinalIgnoreCase) && !(i > 0 && tokens[i - 1].Text is "Ministerial" or "Ministers" or "Ministers’" or "Ministers'")) continue;
                if (w.Equals("assembly", StringComparison.OrdinalIgnoreCase)) continue;

                // modifiers before the head
                int left = i;
                while (left - 1 >= 0)
                {
                    if (IsPreModifier(tokens, left - 1, lx)) { left--; continue; }
                    // "Baltic Council of Ministers session": a connector between capitalised words
                    if (left - 2 >= 0 && tokens[left - 1].Text is "of" or "for" or "and" && char.IsUpper(tokens[left].Text[0]) && char.IsUpper(tokens[left - 2].Text[0])
                        && IsPreModifier(tokens, left - 2, lx) && !Determiners.Contains(tokens[left - 2].Text)) { left -= 2; continue; }
                    break;
                }
                // a sentence-initial capital that is a function word is not a modifier ("On", "The")
                while (left < i && Determiners.Contains(tokens[left].Text)) left++;
                // complements after the head
                int right = i + 1;
                right = Complements(t, tokens, right, w, kind, entities, out var complementPlace);

                var pre = tokens.Skip(left).Take(i - left).ToList();
                bool proper = pre.Any(x => char.IsUpper(x.Text[0]) && x.IsWord) || (char.IsUpper(w[0]) && left < i);
                if (properOnly && !pre.Any(x => char.IsUpper(x.Text[0]))) continue;
                bool hasComplement = right > i + 1;
                bool generic = pre.Any(x => GenericModifiers.Contains(x.Text)) || (left > 0 && GenericModifiers.Contains(tokens[left - 1].Text));
                string before = t.Substring(Math.Max(sentenceStart, tokens[left].Offset - 40), tokens[left].Offset - Math.Max(sentenceStart, tokens[left].Offset - 40));
                bool proposal = ProposalCues.Any(c => before.IndexOf(c, StringComparison.OrdinalIgnoreCase) >= 0);
                bool classified = pre.Any(x => Classifiers.Contains(x.Text) || IsOrdinal(x.Text) || IsYear(x.Text)) || char.IsDigit(w[0]);
                bool named = false;
                var m = new Mention
                {
                    Start = tokens[left].Offset,
                    End = tokens[right - 1].End,
                    Kind = kind,
                };
                // elections need a classifier or a country ("presidential elections"), not "elections in the republics" as a proposal
                if (kind == EventKindModel.Election && !classified && !proper) generic = true;
                m.Named = !plural && !proposal && (proper || hasComplement || (classified && kind != EventKindModel.Visit));
                // "X and Y held talks in Riga": an event that happened, named by who held it
                if (!m.Named && !proposal && !generic && left >= 1 && (tokens[left - 1].Text is "held" or "hold" or "holds" or "holding" or "had" or "conducted"
                    || (left >= 2 && tokens[left - 1].Text is "a" or "an" && tokens[left - 2].Text is "held" or "hold" or "holds" or "had")))
                {
                    var holders = new List<string>();
                    for (int k = left - 1; k >= 0 && k >= left - 30; k--)
                    {
                        if (tokens[k].Text is "." or ";") break;
                        foreach (var pm in MentionsIn(entities, tokens[k].Offset, tokens[k].Offset + 1))
                            if (pm.Type == EntityType.Person && !pm.IsPronounOrDescription && !holders.Contains(pm.Canonical)) holders.Insert(0, pm.Canonical);
                    }
                    if (holders.Count > 0)
                    {
                        m.Named = true;
                        m.People.AddRange(holders);
                        string headWord = char.ToUpperInvariant(w[0]) + w.Substring(1);
                        string? heldIn = null;
                        if (right < tokens.Count && tokens[right].Text == "in")
                            heldIn = MentionsIn(entities, right + 1 < tokens.Count ? tokens[right + 1].Offset : int.MaxValue, right + 1 < tokens.Count ? tokens[right + 1].Offset + 1 : int.MaxValue).FirstOrDefault(x => x.Type == EntityType.Place)?.Canonical;
                        m.Name = headWord + " of " + string.Join(" and ", holders) + (heldIn != null ? " in " + heldIn : "");
                        if (heldIn != null) complementPlace = heldIn;
                        named = true;
                    }
                }
                m.Generic = (plural && !(hasComplement && proper)) || generic || proposal;
                if (m.Generic) m.Named = false;
                if (!named) m.Name = Phrase(t, tokens, left, right, lx);
                foreach (var x in pre) if (IsYear(x.Text)) m.Year = new DateValue(int.Parse(x.Text, System.Globalization.CultureInfo.InvariantCulture), 0, 0);
                foreach (var pm in MentionsIn(entities, m.Start, m.End))
                {
                    if (pm.Type == EntityType.Person && !m.People.Contains(pm.Canonical)) m.People.Add(pm.Canonical);
                }
                m.Place = complementPlace;
                if (kind == EventKindModel.Election && m.Named && m.Place == null)
                {
                    // "congratulations to Russia on … presidential elections", "elections will take place in Azerbaijan": the country of the sentence
                    var country = NearestPlace(entities, sentenceStart, sentenceEnd, m.Start, PlaceKindModel.Country);
                    if (country != null) { m.Place = country; m.Name += " in " + country; }
                }
                for (int k = left; k < right; k++) used[k] = true;
                found.Add(m);
                i = right - 1;
            }
            // "the event" refers back to the last event of any kind
            for (int i = 0; i < tokens.Count; i++)
                if (tokens[i].Text.Equals("event", StringComparison.OrdinalIgnoreCase) && i > 0 && tokens[i - 1].Text is "the" or "The" or "this" or "This")
                    found.Add(new Mention { Start = tokens[i - 1].Offset, End = tokens[i].End, Kind = EventKindModel.Other, Name = "event" });
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        private static IEnumerable<EntityMention> MentionsIn(EntityIndex entities, int start, int end) => entities.MentionsIn(start, end);

        private static bool IsPersonAt(EntityIndex entities, int offset) =>
            MentionsIn(entities, offset, offset + 1).Any(m => m.Type == EntityType.Person);

        private static bool HeadFollows(List<Token> tokens, int k)
        {
            for (int j = k; j < tokens.Count && j < k + 4; j++)
            {
                if (!tokens[j].IsWord) return false;
                if (Heads.ContainsKey(tokens[j].Text) && !ProperOnlyHeads.Contains(tokens[j].Text)) return true;
                if (!char.IsUpper(tokens[j].Text[0])) return false;
            }
            return false;
        }

        private static bool IsPreModifier(List<Token> tokens, int k, LexiconIndex lx)
        {
            var tk = tokens[k];
            if (!tk.IsWord) return false;
            string w = tk.Text;
            if (Determiners.Contains(w) && char.IsLower(w[0])) return false;
            if (GenericModifiers.Contains(w)) return true; // kept to judge genericity, dropped from the name below
            if (char.IsUpper(w[0]))
            {
                // a capitalised word that starts a sentence and is a function word is no modifier
                return !(k == 0 && (w is "On" or "In" or "At" or "During" or "After" or "Before" or "The" or "A" or "An" or "This" or "Last" or "Since" or "By"))
                    && !(w is "On" or "In" or "At" or "During" or "The" or "A" or "An");
            }
            return Classifiers.Contains(w) || IsOrdinal(w) || IsYear(w);
        }

        /// <summary>"of the CIS Council of Ministers of Foreign Affairs", "on security in Eastern Europe", "to Belarus", "in Hamburg" (for
        /// councils and elections), "with CIS ministers": the complements that belong to an event's name. Returns the new end index.</summary>
        private static int Complements(string t, List<Token> tokens, int k, string head, EventKindModel kind, EntityIndex entities, out string? place)
        {
            int end = k;
            place = null;
            while (end < tokens.Count)
            {
                string w = tokens[end].Text;
                if (w is "of" or "on")
                {
                    int j = end + 1;
                    if (j < tokens.Count && tokens[j].Text is "the" or "a" or "an") j++;
                    int phraseStart = j;
                    // "on 24 May", "on Tuesday": a date, not a topic
                    if (w == "on" && j < tokens.Count && (char.IsDigit(tokens[j].Text[0]) || IsDateWord(tokens[j].Text))) break;
                    // "session of the forum": a part of another event
                    if (w == "of" && j < tokens.Count && Heads.ContainsKey(tokens[j].Text) && char.IsLower(tokens[j].Text[0]) && j == end + 2)
                    {
                        end = j + 1;
                        continue;
                    }
                    if (w == "of")
                    {
                        // capitalised names with their connectors: "the Main Group of the Munich Security Conference"
                        while (j < tokens.Count && !(j > phraseStart + 1 && StartsPlaceAfterOrganization(entities, tokens, j))
                               && (tokens[j].IsWord && (char.IsUpper(tokens[j].Text[0]) || IsOrdinal(tokens[j].Text))
                               || (tokens[j].Text is "of" or "for" or "and" or "the" && j + 1 < tokens.Count && (char.IsUpper(tokens[j + 1].Text[0]) || tokens[j + 1].Text == "the"))
                               || (tokens[j].Text == "," && j + 1 < tokens.Count && char.IsUpper(tokens[j + 1].Text[0]) && IsPersonAfter(entities, tokens, j + 1))))
                            j++;
                        // "of foreign affairs" after "ministers": lower-case continuation of a title
                    }
                    else
                    {
                        // "on the implementation of the National Human Rights Plan", "on security in Eastern Europe": up to a clause boundary
                        while (j < tokens.Count && j < phraseStart + 16 && tokens[j].IsWord && (!IsClauseBoundary(tokens[j].Text) || tokens[j].Text == "and")) j++;
                        while (j > phraseStart && tokens[j - 1].Text == "and") j--;
                    }
                    if (j == phraseStart) break;
                    end = j;
                    continue;
                }
                if ((w is "to" && kind == EventKindModel.Visit) || (w is "in" && (kind == EventKindModel.Election || head.Equals("council", StringComparison.OrdinalIgnoreCase))))
                {
                    // "visit to Belarus", "Council in Hamburg": a place
                    if (end + 1 < tokens.Count && MentionsIn(entities, tokens[end + 1].Offset, tokens[end + 1].Offset + 1).Any(m => m.Type == EntityType.Place))
                    {
                        var pm = MentionsIn(entities, tokens[end + 1].Offset, tokens[end + 1].Offset + 1).First(m => m.Type == EntityType.Place);
                        place = pm.Canonical;
                        int j = end + 1;
                        while (j < tokens.Count && tokens[j].Offset < pm.Offset + pm.Length) j++;
                        end = j;
                        continue;
                    }
                }
                break;
            }
            return end;
        }

        /// <summary>"… of the OSCE Parliamentary Assembly Belarus suggested": a place right after an organisation's name starts a new clause.</summary>
        private static bool StartsPlaceAfterOrganization(EntityIndex entities, List<Token> tokens, int j) =>
            MentionsIn(entities, tokens[j].Offset, tokens[j].Offset + 1).Any(m => m.Type == EntityType.Place)
            && MentionsIn(entities, tokens[j - 1].Offset - 200, tokens[j - 1].Offset + 1).Any(m => m.Type == EntityType.Organization && m.Offset + m.Length == tokens[j - 1].End);

        private static bool IsDateWord(string w) =>
            w is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or "November" or "December"
              or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

        private static bool IsPersonAfter(EntityIndex entities, List<Token> tokens, int j) =>
            MentionsIn(entities, tokens[j].Offset, tokens[j].Offset + 1).Any(m => m.Type == EntityType.Person);

        private static bool IsClauseBoundary(string w) =>
            w is "which" or "that" or "who" or "is" or "are" or "was" or "were" or "will" or "has" or "have" or "had" or "with" or "due" or "represents"
               or "held" or "took" or "takes" or "and" or "but" or "to" or "where" or "when" or "as" or "at" or "during" or "since" or "by";

        private static Mention? VerbMeeting(string t, List<Token> tokens, int v, EntityIndex entities)
        {
            // subject: the nearest person before the verb in the clause ("Lukashenka has met with", "Mitchell, who met with")
            EntityMention? subject = null;
            for (int k = v - 1; k >= 0 && k >= v - 12; k--)
            {
                var pm = MentionsIn(entities, tokens[k].Offset - 200, tokens[k].Offset + 1).LastOrDefault(m => m.Type == EntityType.Person && m.Offset + m.Length >= tokens[k].End);
                if (pm != null) { subject = pm; break; }
                if (tokens[k].Text is "." or ";") break;
            }
            if (subject == null) return null;
            int j = v + 1;
            if (j < tokens.Count && tokens[j].Text == "with") j++;
            if (j < tokens.Count && tokens[j].Text is "the") j++;
            int objStart = j;
            var people = new List<string> { subject.Canonical };
            // objects: people joined by "and" / ","; or a noun phrase ("the CIS ministers of foreign affairs")
            while (j < tokens.Count)
            {
                // "with Polish Foreign Minister Jacek Czaputowicz": a title before the name
                for (int look = j; look < tokens.Count && look < j + 6 && tokens[look].IsWord && char.IsUpper(tokens[look].Text[0]); look++)
                    if (MentionsIn(entities, tokens[look].Offset, tokens[look].Offset + 1).Any(m => m.Type == EntityType.Person)) { j = look; break; }
                var pm = MentionsIn(entities, tokens[j].Offset, tokens[j].Offset + 1).FirstOrDefault(m => m.Type == EntityType.Person);
                if (pm != null)
                {
                    if (!people.Contains(pm.Canonical)) people.Add(pm.Canonical);
                    while (j < tokens.Count && tokens[j].Offset < pm.Offset + pm.Length) j++;
                    if (j < tokens.Count && tokens[j].Text is "and" or ",") { j++; continue; }
                    break;
                }
                break;
            }
            string objectText;
            if (people.Count > 1) objectText = string.Join(" and ", people.Skip(1));
            else
            {
                int e = objStart;
                while (e < tokens.Count && tokens[e].IsWord && !(tokens[e].Text is "on" or "in" or "at" or "and" or "to" or "during" or "when" or "as" or "after" or "before") && e < objStart + 8) e++;
                // "ministers of foreign affairs": keep a following "of X Y"
                if (e < tokens.Count && tokens[e].Text == "of") { e++; while (e < tokens.Count && tokens[e].IsWord && e < objStart + 12 && !(tokens[e].Text is "on" or "in" or "at")) e++; }
                if (e == objStart) return null;
                objectText = t.Substring(tokens[objStart].Offset, tokens[e - 1].End - tokens[objStart].Offset);
                j = e;
            }
            string name = people.Count > 1 ? "Meeting of " + subject.Canonical + " and " + objectText : "Meeting of " + subject.Canonical + " with " + objectText;
            return new Mention
            {
                Start = tokens[v].Offset,
                End = tokens[Math.Max(v, j - 1)].End,
                Kind = EventKindModel.Meeting,
                Named = true,
                Name = name,
                People = people,
            };
        }

        private static string Phrase(string t, List<Token> tokens, int left, int right, LexiconIndex lx)
        {
            // drop generic modifiers from the name; expand known abbreviations (MSC → Munich Security Conference)
            var parts = new List<string>();
            for (int k = left; k < right; k++)
            {
                string w = tokens[k].Text;
                if (k < right - 1 && GenericModifiers.Contains(w) && k == left) continue;
                if (lx.EventSeriesByAbbreviation.TryGetValue(w, out var series)) { parts.Add(series); continue; }
                bool glue = parts.Count > 0 && k > left && tokens[k].Offset == tokens[k - 1].End && !tokens[k].IsWord;
                if (glue || (parts.Count > 0 && tokens[k].Offset == tokens[k - 1].End && !tokens[k - 1].IsWord && tokens[k - 1].Text is "-" or "’" or "'"))
                    parts[parts.Count - 1] += w;
                else parts.Add(w);
            }
            string s = string.Join(" ", parts).Replace(" ,", ",");
            return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;
        }

        private static bool IsOrdinal(string w) =>
            w.Length >= 3 && char.IsDigit(w[0]) && (w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) || w.EndsWith("rd", StringComparison.Ordinal) || w.EndsWith("th", StringComparison.Ordinal))
            && w.Take(w.Length - 2).All(char.IsDigit);

        private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsDigit) && (w[0] == '1' || w[0] == '2') && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

        // ---------------------------------------------------------------- merging

        private static List<string> NameTokens(string name) => EventNameTokens.Of(name, singular: true, dropMeeting: false);

        private static bool SameEvent(Draft d, Mention m)
        {
            if (d.Kind != m.Kind) return false;
            var a = NameTokens(m.Name);
            foreach (var name in new[] { d.Name }.Concat(d.Aliases))
            {
                var b = NameTokens(name);
                if (a.Count == 0 || b.Count == 0) continue;
                // elections in different countries are different elections
                if (m.Place != null && d.Mentions.Any(x => x.Place != null && !string.Equals(x.Place, m.Place, StringComparison.OrdinalIgnoreCase)) && m.Kind == EventKindModel.Election) return false;
                bool subset = a.All(b.Contains) || b.All(a.Contains);
                int common = a.Count(b.Contains);
                double f1 = 2.0 * common / (a.Count + b.Count);
                if (subset && Math.Min(a.Count, b.Count) >= 2) return true;
                if (f1 >= 0.75) return true;
            }
            // the same people meeting: "Lukashenka met with Mitchell" and "Mitchell, who met with Lukashenko"
            if (m.People.Count >= 2 && d.Participants.Count(m.People.Contains) >= 2 && d.Kind == m.Kind) return true;
            return false;
        }

        // ---------------------------------------------------------------- dates

        internal static DateValue ContextAnchor(ArticleDocument doc, ArticleTime time) => time.Anchor;

        private static void Dates(ArticleDocument doc, Draft d, Dictionary<int, IReadOnlyList<TemporalMatch>> datesBySentence, DateValue anchor, List<Mention> all)
        {
            // a year written in the phrase itself ("the 2016 parliamentary elections") is the event's own date
            if (d.Mentions.FirstOrDefault(x => !x.Year.IsNone && x.SentenceIndex >= 0) is { } own)
            {
                d.Start = own.Year;
                d.End = DateValue.None;
                return;
            }
            // the date expression nearest to a mention in its sentence, that no other event mention is nearer to; absolute before relative
            TemporalMatch? best = null;
            int bestScore = int.MaxValue;
            foreach (var m in d.Mentions)
            {
                if (m.SentenceIndex < 0 || !datesBySentence.TryGetValue(m.SentenceIndex, out var dates)) continue;
                int sStart = doc.Sentences[m.SentenceIndex].Offset;
                foreach (var dm in dates)
                {
                    if (dm.Kind == TemporalKind.Period) continue;
                    // "the first since 2016": the start of a period, not this event's date
                    if (sStart + dm.Index >= 6 && doc.Text.Substring(sStart + dm.Index - 6, 6).EndsWith("since ", StringComparison.OrdinalIgnoreCase)) continue;
                    // "takes place in Munich in February", "is held every May": a recurring event's usual month is no date of this one
                    if (dm.Kind == TemporalKind.Month && !dm.Start.HasYear && Habitual(doc[doc.Sentences[m.SentenceIndex]])) continue;
                    int at = sStart + dm.Index;
                    int distance = at < m.Start ? m.Start - (at + dm.Length) : at - m.End;
                    if (at >= m.Start && at < m.End) distance = 0;
                    // a date nearer to another event's mention in the sentence belongs to that event
                    bool nearerOther = all.Any(o => o.SentenceIndex == m.SentenceIndex && o.Event >= 0 && !d.Mentions.Contains(o) && !o.Generic
                        && Distance(o, at, dm.Length) < Math.Max(0, distance));
                    if (nearerOther) continue;
                    int score = Math.Max(0, distance) + (dm.Kind == TemporalKind.Relative ? 1000 : 0) + (m.Named ? 0 : 500);
                    if (score < bestScore) { best = dm; bestScore = score; }
                }
            }
            if (best is { } b)
            {
                d.Start = b.Start;
                d.End = !b.End.IsNone ? b.End : b.Start.IsComplete || (!b.Start.HasYear && b.Start.Day != 0) ? b.Start : DateValue.None;
            }
            else if (d.Mentions.FirstOrDefault(x => !x.Year.IsNone) is { } withYear)
            {
                d.Start = withYear.Year;
            }
            // "over three days", "a two-day forum": the end from the duration, in the paragraph of the first mention
            if (d.Start.IsComplete && (d.End.IsNone || d.End == d.Start))
            {
                var first = d.Mentions.FirstOrDefault(x => x.SentenceIndex >= 0);
                if (first != null && Duration(doc.Paragraphs[doc.Sentences[first.SentenceIndex].ParagraphIndex].Text) is int days && days > 1)
                {
                    var end = new DateTime(d.Start.Year, d.Start.Month, d.Start.Day, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days - 1);
                    d.End = new DateValue(end.Year, end.Month, end.Day);
                }
            }
        }

        private static bool Habitual(string sentence) =>
            sentence.IndexOf("takes place", StringComparison.OrdinalIgnoreCase) >= 0 || sentence.IndexOf("is held", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("every ", StringComparison.OrdinalIgnoreCase) >= 0 || sentence.IndexOf("annually", StringComparison.OrdinalIgnoreCase) >= 0
            || sentence.IndexOf("each year", StringComparison.OrdinalIgnoreCase) >= 0;

        private static int Distance(Mention m, int at, int length)
        {
            if (at >= m.Start && at < m.End) return 0;
            return at < m.Start ? Math.Max(0, m.Start - (at + length)) : at - m.End;
        }

        private static readonly string[] Numbers = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

        private static int? Duration(string paragraph)
        {
            // both forms need "day" ("over three days", "a two-day visit"): most paragraphs have none
            if (paragraph.IndexOf("day", StringComparison.OrdinalIgnoreCase) < 0) return null;
            var words = paragraph.Split(new[] { ' ', ',', '.', ';', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                string w = words[i].ToLowerInvariant();
                int n = Array.IndexOf(Numbers, w);
                if (n < 0 && int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed < 32) n = parsed;
                string next = words[i + 1].ToLowerInvariant();
                if (n > 1 && (next == "days") && i > 0 && (words[i - 1] is "over" or "for" or "lasts" or "last")) return n;
                int dash = w.IndexOf("-day", StringComparison.Ordinal);
                if (dash > 0) { int k = Array.IndexOf(Numbers, w.Substring(0, dash)); if (k > 1) return k; }
            }
            return null;
        }

        // ---------------------------------------------------------------- place

        private static string? Location(ArticleDocument doc, Draft d, EntityIndex entities, LexiconIndex lx)
        {
            foreach (var m in d.Mentions) if (m.Place != null) return m.Place;
            string t = doc.Text;
            foreach (var m in d.Mentions.Where(x => x.SentenceIndex >= 0))
            {
                var s = doc.Sentences[m.SentenceIndex];
                EntityMention? best = null;
                int bestDistance = int.MaxValue;
                foreach (var pm in PlacesIn(entities, s.Offset, s.End))
                {
                    if (pm.Offset >= m.Start && pm.Offset < m.End) continue; // part of the name ("Munich Security Conference")
                    int end = pm.Offset + pm.Length;
                    string before = t.Substring(Math.Max(s.Offset, pm.Offset - 10), pm.Offset - Math.Max(s.Offset, pm.Offset - 10));
                    string after = t.Substring(end, Math.Min(s.End, end + 16) - end);
                    bool cue = before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" to ", StringComparison.Ordinal) || before.EndsWith("held in ", StringComparison.Ordinal)
                        || HostsAfter(t, end, s.End);
                    if (!cue) continue;
                    if (d.Kind == EventKindModel.Visit && !before.EndsWith(" to ", StringComparison.Ordinal)) continue;
                    int distance = Math.Abs(pm.Offset - m.Start);
                    if (distance < bestDistance) { best = pm; bestDistance = distance; }
                }
                if (best != null) return best.Canonical;
            }
            // a place for an event named after its host city ("Minsk Dialogue", "Munich Security Conference")
            foreach (var m in d.Mentions.Where(x => x.Named))
            {
                var first = m.Name.Split(' ')[0];
                if (lx.Places.TryGetValue(first, out var place) && place.Kind == PlaceKindModel.City && m.Name.StartsWith(first + " ", StringComparison.Ordinal)) return place.Name;
            }
            return null;
        }

        /// <summary>"Minsk is hosting", "Belarus will also host", "the Belarusian capital welcomed": a hosting verb within the next three words.</summary>
        private static bool HostsAfter(string t, int from, int limit)
        {
            var words = Tokenizer.Tokenize(t, from, Math.Min(limit, from + 40));
            for (int k = 0; k < words.Count && k < 3; k++)
            {
                if (!words[k].IsWord) return false;
                string w = words[k].Text.ToLowerInvariant();
                if (w is "host" or "hosts" or "hosted" or "hosting" or "welcomed" or "welcomes" or "welcoming" or "holds" or "held" or "holding") return true;
            }
            return false;
        }

        private static IEnumerable<EntityMention> PlacesIn(EntityIndex entities, int start, int end) =>
            MentionsIn(entities, start, end).Where(m => m.Type == EntityType.Place);

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

        // ---------------------------------------------------------------- participants

        private static void Participants(ArticleDocument doc, List<Draft> drafts, EntityIndex entities)
        {
            if (drafts.Count == 0) return;
            // the event each body sentence speaks of: the one it mentions, else (for a participation sentence) the one the previous sentence mentioned
            var eventOfSentence = new Dictionary<int, int>();
            for (int e = 0; e < drafts.Count; e++)
                foreach (var m in drafts[e].Mentions)
                    if (m.SentenceIndex >= 0 && !eventOfSentence.ContainsKey(m.SentenceIndex)) eventOfSentence[m.SentenceIndex] = e;
            int last = -1;
            for (int si = 0; si < doc.Sentences.Count; si++)
            {
                var s = doc.Sentences[si];
                if (s.Length > 5000) continue;
                string text = doc[s];
                bool cue = ParticipationCues.Any(c => text.IndexOf(c, StringComparison.OrdinalIgnoreCase) >= 0);
                int e = eventOfSentence.TryGetValue(si, out var found) ? found : (cue ? last : -1);
                // a participation sentence without a mention continues the sentence right before it, not any earlier one
                last = eventOfSentence.ContainsKey(si) ? found : -1;
                if (e < 0 || !cue) continue;
                foreach (var pm in MentionsIn(entities, s.Offset, s.End))
                {
                    if (pm.Type != EntityType.Person || pm.IsPronounOrDescription) continue;
                    if (!drafts[e].Participants.Contains(pm.Canonical)) drafts[e].Participants.Add(pm.Canonical);
                }
            }
        }

        // ---------------------------------------------------------------- statements

        /// <summary>Sets <see cref="StatementModel.Event"/> for statements said at one of the events. In order: an event named in
        /// the statement's sentence outside the statement's own words (the attribution: "… said as he met with …"); else the
        /// most recent event named in this or the previous paragraph that the speaker takes part in; else the event the article
        /// leads with, when the speaker takes part in it. Never for a sentence set at another time ("a few weeks ago").
        /// An event named inside the reported words is their topic, not their venue.</summary>
        public static IReadOnlyList<StatementModel> LinkStatements(ArticleDocument doc, IReadOnlyList<StatementModel> statements, IReadOnlyList<EventModel> events)
        {
            if (events.Count == 0 || statements.Count == 0) return statements;
            // the lead event: the first event named in the first paragraph that names one
            EventModel? lead = null;
            int leadAt = int.MaxValue;
            foreach (var e in events)
                foreach (var m in e.Mentions)
                {
                    int ms = SentenceOf(doc, m.Offset);
                    if (ms < 0) continue;
                    if (m.Offset < leadAt) { lead = e; leadAt = m.Offset; }
                }
            if (lead != null && SentenceOf(doc, leadAt) is int ls && ls >= 0 && doc.Sentences[ls].ParagraphIndex > 1) lead = null;

            var result = new List<StatementModel>(statements.Count);
            foreach (var s in statements)
            {
                string? ev = null;
                int sentence = SentenceOf(doc, s.Span.Offset);
                int endSentence = SentenceOf(doc, s.Span.Offset + Math.Max(0, s.Span.Length - 1));
                int paragraph = sentence >= 0 ? doc.Sentences[sentence].ParagraphIndex : -1;
                bool shifted = TimeShift(doc, sentence, s.Span.Offset);
                foreach (var e in events)
                    foreach (var m in e.Mentions)
                    {
                        if (m.Offset >= s.Span.Offset && m.Offset < s.Span.Offset + s.Span.Length) continue; // the topic, not the venue
                        if (IsTopic(doc.Text, m.Offset)) continue; // "the report on the 2016 elections"
                        int ms = SentenceOf(doc, m.Offset);
                        if (ms >= 0 && (ms == sentence || ms == endSentence || ms == endSentence + 1 && IsAttributionOnly(doc, ms))) { ev ??= e.Name; }
                    }
                if (ev == null && s.Speaker != null && !shifted)
                {
                    EventModel? recent = null;
                    int recentAt = -1;
                    foreach (var e in events)
                        foreach (var m in e.Mentions)
                        {
                            int ms = SentenceOf(doc, m.Offset);
                            if (ms < 0 || m.Offset > s.Span.Offset) continue;
                            if (m.Offset >= s.Span.Offset - 0 && m.Offset < s.Span.Offset + s.Span.Length) continue;
                            int mp = doc.Sentences[ms].ParagraphIndex;
                            if (paragraph - mp > 1) continue;
                            if (m.Offset > recentAt) { recent = e; recentAt = m.Offset; }
                        }
                    if (recent != null && recent.Participants.Contains(s.Speaker)) ev = recent.Name;
                    else if (lead != null && lead.Participants.Contains(s.Speaker)) ev = lead.Name;
                }
                result.Add(ev == null ? s : s with { Event = ev });
            }
            return result;
        }

        private static bool IsTopic(string t, int offset)
        {
            int from = Math.Max(0, offset - 12);
            string before = t.Substring(from, offset - from);
            return before.EndsWith(" on the ", StringComparison.Ordinal) || before.EndsWith(" on ", StringComparison.Ordinal)
                || before.EndsWith(" about the ", StringComparison.Ordinal) || before.EndsWith(" about ", StringComparison.Ordinal);
        }

        private static bool IsAttributionOnly(ArticleDocument doc, int sentence) => doc.Sentences[sentence].Length < 80;

        /// <summary>"A few weeks ago, Mr Mitchell promised …": a sentence set at another time is not said at the event around it.</summary>
        private static bool TimeShift(ArticleDocument doc, int sentence, int statementStart)
        {
            if (sentence < 0) return false;
            // only the words around the statement (the attribution) set its time; the reported words may speak of any time
            var se = doc.Sentences[sentence];
            string text = statementStart > se.Offset && statementStart < se.End ? doc.Text.Substring(se.Offset, statementStart - se.Offset) : doc[se];
            foreach (var cue in new[] { " ago", "earlier", "previously", "last year", "last month", "last week", "in the past", "recently" })
                if (text.IndexOf(cue, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        private static int SentenceOf(ArticleDocument doc, int offset)
        {
            int found = doc.SentenceAt(offset);
            return found >= 0 && offset < doc.Sentences[found].End + 1 ? found : -1;
        }
    }
}
