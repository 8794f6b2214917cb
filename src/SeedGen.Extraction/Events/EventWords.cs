using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Events
{
    /// <summary>What the event pass knows about one head noun ("meeting", "protests", "call").</summary>
    internal sealed record EventHead(string Word, EventKindModel Kind, bool Plural, bool OneEvent, bool ProperOnly, bool Anchored, bool PlaceIn, bool AfterOf);

    /// <summary>
    /// The event pass's word lists, read once from the embedded <c>Lexicon/event-words.yaml</c>: head nouns and their kinds,
    /// classifiers, generic and proposal markers, ordinals, verbs of meeting, visiting, calling, signing and hosting, and the
    /// cues of dates, places and statements. No word list lives in the C# code of the pass.
    /// </summary>
    internal sealed class EventWords
    {
        private static readonly Lazy<EventWords> DefaultLazy = new(() => Parse(ReadEmbedded()));

        public static EventWords Default => DefaultLazy.Value;

        public readonly Dictionary<string, EventHead> Heads = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> CouncilBefore = new(StringComparer.Ordinal);
        public readonly HashSet<string> Classifiers = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> CompoundModifiers = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> GenericOrdinalFollowers = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> ProposalCues = new();
        public readonly List<string> SourceCues = new();
        public readonly HashSet<string> SpeechBarriers = new(StringComparer.Ordinal);
        public readonly HashSet<string> PlaceDescriptions = new(StringComparer.Ordinal);
        public readonly List<string> OngoingCues = new();
        public readonly HashSet<string> AnaphoricRelativeCues = new(StringComparer.Ordinal);
        public readonly List<string> CancelledAfter = new();
        public readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal);
        public readonly HashSet<string> NeverModifiers = new(StringComparer.Ordinal);
        public readonly List<string> ParticipationCues = new();
        public readonly HashSet<string> MeetingVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> GerundBefore = new(StringComparer.Ordinal);
        public readonly HashSet<string> HoldVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> HoldOwners = new(StringComparer.Ordinal);
        public readonly HashSet<string> OwnWords = new(StringComparer.Ordinal);
        public readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal);
        public readonly HashSet<string> ProcessHeads = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> ProcessVerbs = new(StringComparer.Ordinal);
        public readonly List<string> DeadlineCues = new();
        public readonly List<string> InPersonPhrases = new();
        public readonly HashSet<string> ResolutionVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> ElectVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> ResolutionBaseVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> VotedVerbs = new(StringComparer.Ordinal);
        public readonly List<string> PartOfCues = new();
        public readonly List<string> SidelinesCues = new();
        public readonly HashSet<string> RemoteWords = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>A word of <c>remote_words</c> in the text ("Phone conversation between …", "video call"): held at a distance.</summary>
        public bool NamesRemote(string text)
        {
            foreach (var tok in Tokenizer.Tokenize(text, 0, text.Length))
                if (tok.IsWord && RemoteWords.Contains(tok.Text)) return true;
            return false;
        }
        public readonly HashSet<string> PollsVerbs = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> GatheringVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> GatheringGroups = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> GatheringAuxiliaries = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> AttendVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> AgentMarkers = new(StringComparer.Ordinal);
        public readonly HashSet<string> BeginVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> DurationUnits = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> HostGroups = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> ReciprocalAfter = new(StringComparer.Ordinal);
        public readonly HashSet<string> VisitMakeVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> OccasionPrepositions = new(StringComparer.Ordinal);
        public readonly HashSet<string> HostMeetingVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> RoundWords = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> ClosingVerbs = new();
        public readonly HashSet<string> ArrivalVerbs = new(StringComparer.Ordinal);
        public readonly List<string[]> InaugurationPhrases = new();
        public readonly Dictionary<string, string> PollsOffices = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> InfinitiveHeads = new(StringComparer.Ordinal);
        public readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> VisitTakeVerbs = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> PartyOffices = new(StringComparer.Ordinal);
        public readonly HashSet<string> ResolutionObjects = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> LegislativeWords = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> DebateVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> RelativeSubjects = new(StringComparer.Ordinal);
        public readonly HashSet<string> PluralSubjects = new(StringComparer.Ordinal);
        public readonly HashSet<string> RelativeAuxiliaries = new(StringComparer.Ordinal);
        public readonly HashSet<string> RelativeBeginVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> RelativeSelfVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal);
        public readonly HashSet<string> HostingVerbs = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> VisitVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> SpeakVerbs = new(StringComparer.Ordinal);
        public readonly List<string> PhonePhrases = new();
        public readonly HashSet<string> PhoneVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> SignVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> SignedObjects = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> HabitualCues = new();
        public string SinceCue = "since ";
        public readonly HashSet<string> ClauseBoundaries = new(StringComparer.Ordinal);
        public readonly HashSet<string> ObjectBoundaries = new(StringComparer.Ordinal);
        public readonly List<string> Numbers = new();
        public readonly HashSet<string> DurationBefore = new(StringComparer.Ordinal);
        public readonly List<string> TimeShiftCues = new();
        public readonly List<string> TopicBefore = new();
        public readonly List<string> HeldAfter = new();
        public readonly List<string> DateBarriers = new();
        public readonly HashSet<EventKindModel> NationalKinds = new();
        public readonly HashSet<string> PartyVoteHeads = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<EventKindModel> OneDayKinds = new();
        public readonly HashSet<EventKindModel> VenueKinds = new();
        public readonly HashSet<string> ScheduledGeneric = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> EditionModifiers = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> EndCues = new();
        public readonly HashSet<string> CountedFromCues = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> ReferentDeterminers = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> ReferentVerbs = new(StringComparer.OrdinalIgnoreCase);
        public readonly List<string> ReferentSuffixes = new();
        public int MaxDateDistance = int.MaxValue;
        public readonly HashSet<string> TravelVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> MeetAfter = new(StringComparer.Ordinal);
        public readonly Dictionary<string, string> ProtestVerbs = new(StringComparer.Ordinal);
        public readonly HashSet<string> VenueWords = new(StringComparer.Ordinal);
        public readonly HashSet<string> CountryWords = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<EventKindModel> SinglePerArticle = new();
        public readonly List<string> DurationSuffixes = new();
        public readonly HashSet<EventKindModel> Containers = new();
        public readonly HashSet<string> DateWords = new(StringComparer.Ordinal);
        public readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal);
        public readonly List<string> SameTimeCues = new();
        public readonly HashSet<string> DeicticDays = new(StringComparer.Ordinal);
        public readonly HashSet<string> NationalBodies = new(StringComparer.OrdinalIgnoreCase);
        public readonly HashSet<string> NounsAfterHead = new(StringComparer.Ordinal);
        public readonly List<string> OngoingPresenceCues = new();

        public bool IsHead(string w) => Heads.ContainsKey(w);

        public bool IsOrdinal(string w) => Ordinals.Contains(w) || IsNumericOrdinal(w);

        /// <summary>"26th", "1st", "3rd".</summary>
        public static bool IsNumericOrdinal(string w)
        {
            if (w.Length < 3 || !char.IsDigit(w[0])) return false;
            string suffix = w.Substring(w.Length - 2);
            if (suffix is not ("st" or "nd" or "rd" or "th")) return false;
            for (int i = 0; i < w.Length - 2; i++) if (!char.IsDigit(w[i])) return false;
            return true;
        }

        public static bool IsYear(string w)
        {
            if (w.Length != 4 || (w[0] != '1' && w[0] != '2')) return false;
            foreach (char c in w) if (!char.IsDigit(c)) return false;
            int y = int.Parse(w, System.Globalization.CultureInfo.InvariantCulture);
            return y is >= 1900 and <= 2100;
        }

        private static string ReadEmbedded()
        {
            var asm = typeof(EventWords).GetTypeInfo().Assembly;
            using var s = asm.GetManifestResourceStream("SeedGen.Extraction.Events.event-words.yaml")
                ?? throw new InvalidOperationException("the embedded event word list is missing");
            using var r = new StreamReader(s, Encoding.UTF8);
            return r.ReadToEnd();
        }

        /// <summary>Reads a word list in the format of <c>event-words.yaml</c> (internal so that tests can read a small one).</summary>
        internal static EventWords Parse(string yaml)
        {
            // the one guarded YAML parse (depth, anchors, aliases, size), as for every other YAML file
            var stream = YamlGuard.Load(yaml, out var problem)
                ?? throw new InvalidOperationException("event-words.yaml: " + problem?.Reason + " (line " + problem?.Line + ")");
            var w = new EventWords();
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return w;
            foreach (var entry in root.Children)
            {
                string key = (entry.Key as YamlScalarNode)?.Value ?? "";
                var node = entry.Value;
                switch (key)
                {
                    case "heads":
                        if (node is YamlSequenceNode seq)
                            foreach (var item in seq.Children)
                            {
                                if (item is not YamlMappingNode m) continue;
                                var kindText = Scalar(m, "kind") ?? "other";
                                if (!Enum.TryParse<EventKindModel>(kindText, true, out var kind)) throw new InvalidDataException("unknown event kind '" + kindText + "'");
                                foreach (var word in Words(Child(m, "words")))
                                    w.Heads[word] = new EventHead(word, kind, Flag(m, "plural"), Flag(m, "one_event"), Flag(m, "proper_only"), Flag(m, "anchored"), Flag(m, "place_in"), Flag(m, "after_of"));
                            }
                        break;
                    case "council_before": Add(w.CouncilBefore, node); break;
                    case "classifiers": Add(w.Classifiers, node); break;
                    case "compound_modifiers": Add(w.CompoundModifiers, node); break;
                    case "ordinals": Add(w.Ordinals, node); break;
                    case "generic_modifiers": Add(w.GenericModifiers, node); break;
                    case "generic_ordinal_followers": Add(w.GenericOrdinalFollowers, node); break;
                    case "proposal_cues": w.ProposalCues.AddRange(Words(node)); break;
                    case "source_cues": w.SourceCues.AddRange(Words(node)); break;
                    case "speech_barriers": Add(w.SpeechBarriers, node); break;
                    case "place_descriptions": Add(w.PlaceDescriptions, node); break;
                    case "ongoing_cues": w.OngoingCues.AddRange(Words(node)); break;
                    case "anaphoric_relative_cues": Add(w.AnaphoricRelativeCues, node); break;
                    case "cancelled_after": w.CancelledAfter.AddRange(Words(node)); break;
                    case "determiners": Add(w.Determiners, node); break;
                    case "sentence_starters": Add(w.SentenceStarters, node); break;
                    case "never_modifiers": Add(w.NeverModifiers, node); break;
                    case "participation_cues": w.ParticipationCues.AddRange(Words(node)); break;
                    case "meeting_verbs": Add(w.MeetingVerbs, node); break;
                    case "gerund_before": Add(w.GerundBefore, node); break;
                    case "hold_verbs": Add(w.HoldVerbs, node); break;
                    case "hold_owners": Add(w.HoldOwners, node); break;
                    case "own_words": Add(w.OwnWords, node); break;
                    case "subject_pronouns": Add(w.SubjectPronouns, node); break;
                    case "relative_pronouns": Add(w.RelativePronouns, node); break;
                    case "process_heads": Add(w.ProcessHeads, node); break;
                    case "process_verbs": Add(w.ProcessVerbs, node); break;
                    case "deadline_cues": w.DeadlineCues.AddRange(Words(node)); break;
                    case "in_person_phrases": w.InPersonPhrases.AddRange(Words(node)); break;
                    case "resolution_verbs": Add(w.ResolutionVerbs, node); break;
                    case "elect_verbs": Add(w.ElectVerbs, node); break;
                    case "resolution_base_verbs": Add(w.ResolutionBaseVerbs, node); break;
                    case "voted_verbs": Add(w.VotedVerbs, node); break;
                    case "part_of_cues": w.PartOfCues.AddRange(Words(node)); break;
                    case "sidelines_cues": w.SidelinesCues.AddRange(Words(node)); break;
                    case "remote_words": Add(w.RemoteWords, node); break;
                    case "polls_verbs": Add(w.PollsVerbs, node); break;
                    case "gathering_verbs": Add(w.GatheringVerbs, node); break;
                    case "gathering_groups": Add(w.GatheringGroups, node); break;
                    case "gathering_auxiliaries": Add(w.GatheringAuxiliaries, node); break;
                    case "attend_verbs": Add(w.AttendVerbs, node); break;
                    case "negators": Add(w.Negators, node); break;
                    case "agent_markers": Add(w.AgentMarkers, node); break;
                    case "begin_verbs": Add(w.BeginVerbs, node); break;
                    case "duration_units": Add(w.DurationUnits, node); break;
                    case "host_groups": Add(w.HostGroups, node); break;
                    case "reciprocal_after": Add(w.ReciprocalAfter, node); break;
                    case "visit_make_verbs": Add(w.VisitMakeVerbs, node); break;
                    case "occasion_prepositions": Add(w.OccasionPrepositions, node); break;
                    case "host_meeting_verbs": Add(w.HostMeetingVerbs, node); break;
                    case "round_words": Add(w.RoundWords, node); break;
                    case "closing_verbs": w.ClosingVerbs.AddRange(Words(node)); break;
                    case "arrival_verbs": Add(w.ArrivalVerbs, node); break;
                    case "inauguration_phrases": foreach (var phrase in Words(node)) w.InaugurationPhrases.Add(phrase.Split(' ')); break;
                    case "polls_offices":
                        if (node is YamlMappingNode pm)
                            foreach (var kv in pm.Children)
                                if (kv.Key is YamlScalarNode { Value: { } pollOffice } && kv.Value is YamlScalarNode { Value: { } classifier }) w.PollsOffices[pollOffice] = classifier;
                        break;
                    case "infinitive_heads": Add(w.InfinitiveHeads, node); break;
                    case "role_nouns": Add(w.RoleNouns, node); break;
                    case "visit_take_verbs": Add(w.VisitTakeVerbs, node); break;
                    case "party_offices":
                        if (node is YamlMappingNode po)
                            foreach (var kv in po.Children)
                                if (kv.Key is YamlScalarNode { Value: { } office } && kv.Value is YamlScalarNode { Value: { } election }) w.PartyOffices[office] = election;
                        break;
                    case "resolution_objects": Add(w.ResolutionObjects, node); break;
                    case "legislative_words": Add(w.LegislativeWords, node); break;
                    case "debate_verbs": Add(w.DebateVerbs, node); break;
                    case "relative_subjects": Add(w.RelativeSubjects, node); break;
                    case "plural_subjects": Add(w.PluralSubjects, node); break;
                    case "relative_auxiliaries": Add(w.RelativeAuxiliaries, node); break;
                    case "relative_begin_verbs": Add(w.RelativeBeginVerbs, node); break;
                    case "relative_self_verbs": Add(w.RelativeSelfVerbs, node); break;
                    case "passive_auxiliaries": Add(w.PassiveAuxiliaries, node); break;
                    case "hosting_verbs": Add(w.HostingVerbs, node); break;
                    case "visit_verbs": Add(w.VisitVerbs, node); break;
                    case "speak_verbs": Add(w.SpeakVerbs, node); break;
                    case "phone_phrases": w.PhonePhrases.AddRange(Words(node)); break;
                    case "phone_verbs": Add(w.PhoneVerbs, node); break;
                    case "sign_verbs": Add(w.SignVerbs, node); break;
                    case "signed_objects": Add(w.SignedObjects, node); break;
                    case "habitual_cues": w.HabitualCues.AddRange(Words(node)); break;
                    case "since_cue": w.SinceCue = (node as YamlScalarNode)?.Value ?? w.SinceCue; break;
                    case "clause_boundaries": Add(w.ClauseBoundaries, node); break;
                    case "object_boundaries": Add(w.ObjectBoundaries, node); break;
                    case "numbers": w.Numbers.AddRange(Words(node)); break;
                    case "duration_before": Add(w.DurationBefore, node); break;
                    case "time_shift_cues": w.TimeShiftCues.AddRange(Words(node)); break;
                    case "topic_before": w.TopicBefore.AddRange(Words(node)); break;
                    case "duration_suffixes": w.DurationSuffixes.AddRange(Words(node)); break;
                    case "travel_verbs": Add(w.TravelVerbs, node); break;
                    case "meet_after": Add(w.MeetAfter, node); break;
                    case "venue_words": Add(w.VenueWords, node); break;
                    case "country_words": Add(w.CountryWords, node); break;
                    case "protest_verbs":
                        if (node is YamlMappingNode pv)
                            foreach (var kv in pv.Children)
                                if (kv.Key is YamlScalarNode { Value: { } verb } && kv.Value is YamlScalarNode { Value: { } noun }) w.ProtestVerbs[verb] = noun;
                        break;
                    case "single_per_article": Kinds(w.SinglePerArticle, node); break;
                    case "containers":
                        foreach (var k in Words(node))
                            if (Enum.TryParse<EventKindModel>(k, true, out var ck)) w.Containers.Add(ck);
                            else throw new InvalidDataException("unknown event kind '" + k + "'");
                        break;
                    case "end_cues": w.EndCues.AddRange(Words(node)); break;
                    case "max_date_distance":
                        MaxDistance(w, node);
                        break;
                    case "national_kinds": Kinds(w.NationalKinds, node); break;
                    case "party_vote_heads": Add(w.PartyVoteHeads, node); break;
                    case "one_day_kinds": Kinds(w.OneDayKinds, node); break;
                    case "venue_kinds": Kinds(w.VenueKinds, node); break;
                    case "scheduled_generic": Add(w.ScheduledGeneric, node); break;
                    case "edition_modifiers": Add(w.EditionModifiers, node); break;
                    case "date_barriers": w.DateBarriers.AddRange(Words(node)); break;
                    case "counted_from_cues": Add(w.CountedFromCues, node); break;
                    case "referent_determiners": Add(w.ReferentDeterminers, node); break;
                    case "referent_verbs": Add(w.ReferentVerbs, node); break;
                    case "referent_suffixes": w.ReferentSuffixes.AddRange(Words(node)); break;
                    case "held_after":
                        w.HeldAfter.AddRange(Words(node));
                        // longest first: "continued to occur" before "continued"
                        w.HeldAfter.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
                        break;
                    case "date_words": Add(w.DateWords, node); break;
                    case "function_words": Add(w.FunctionWords, node); break;
                    case "nouns_after_head": Add(w.NounsAfterHead, node); break;
                    case "deictic_days": Add(w.DeicticDays, node); break;
                    case "national_bodies": Add(w.NationalBodies, node); break;
                    case "same_time_cues": w.SameTimeCues.AddRange(Words(node)); break;
                    case "ongoing_presence_cues": w.OngoingPresenceCues.AddRange(Words(node)); break;
                    default: throw new InvalidDataException("unknown key '" + key + "' in the event word list");
                }
            }
            w.BuildVerbalTriggers();
            return w;
        }

        /// <summary>Every word at which <see cref="VerbalMentionFinder"/> can find an event (its verbs of meeting, visiting,
        /// travel, protest, speaking, phoning, signing, resolutions, elections and gathering, the first words of the inauguration
        /// phrases, and "meeting", "meet" and "polls"): one lookup
        /// passes over every other word instead of one per list. Built once the lists are read.</summary>
        public readonly HashSet<string> VerbalTriggers = new(StringComparer.Ordinal);

        private void BuildVerbalTriggers()
        {
            VerbalTriggers.Add("meeting");
            VerbalTriggers.Add("meet");
            VerbalTriggers.Add("polls");
            VerbalTriggers.Add("visit"); // "is due to visit China"
            foreach (var set in new[] { MeetingVerbs, VisitVerbs, TravelVerbs, SpeakVerbs, PhoneVerbs, SignVerbs, ResolutionVerbs, ResolutionBaseVerbs, ElectVerbs, GatheringVerbs, HostMeetingVerbs, ArrivalVerbs, DebateVerbs, VotedVerbs })
                VerbalTriggers.UnionWith(set);
            VerbalTriggers.UnionWith(ProtestVerbs.Keys);
            foreach (var phrase in InaugurationPhrases) if (phrase.Length > 0) VerbalTriggers.Add(phrase[0]);
        }

        private static YamlNode? Child(YamlMappingNode m, string key) =>
            m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private static string? Scalar(YamlMappingNode m, string key) => (Child(m, key) as YamlScalarNode)?.Value;

        private static bool Flag(YamlMappingNode m, string key) => string.Equals(Scalar(m, key), "true", StringComparison.OrdinalIgnoreCase);

        private static IEnumerable<string> Words(YamlNode? node)
        {
            if (node is YamlSequenceNode seq)
                foreach (var c in seq.Children)
                    if (c is YamlScalarNode { Value: { Length: > 0 } v }) yield return v;
        }

        private static void MaxDistance(EventWords w, YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) w.MaxDateDistance = n;
            else throw new InvalidDataException("max_date_distance must be a number");
        }

        private static void Kinds(HashSet<EventKindModel> set, YamlNode? node)
        {
            foreach (var k in Words(node))
                if (Enum.TryParse<EventKindModel>(k, true, out var kind)) set.Add(kind);
                else throw new InvalidDataException("unknown event kind '" + k + "'");
        }

        private static void Add(HashSet<string> set, YamlNode? node)
        {
            foreach (var v in Words(node)) set.Add(v);
        }
    }
}
