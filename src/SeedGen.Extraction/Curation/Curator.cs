using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Curation
{
    /// <summary>
    /// Applies an <see cref="ArticleCuration"/> to an extracted article. Curated facts are checked against the article:
    /// a curated quote that does not occur in the text, or a reference to an unknown statement or event, is a diagnostic
    /// at the YAML line, and that one entry is skipped.
    /// </summary>
    public static class Curator
    {
        public static ArticleModel Apply(ArticleModel model, ArticleCuration? curation, string articleText)
        {
            if (curation is null) return model;
            var diagnostics = new List<DiagnosticModel>(model.Diagnostics);
            diagnostics.AddRange(curation.Diagnostics);
            if (curation.IsEmpty) return model with { Diagnostics = diagnostics.ToEquatableArray() };

            string yamlFile = curation.Diagnostics.Count > 0 ? curation.Diagnostics[0].File : SidecarPathFor(model.File);
            var events = model.Events.ToList();
            var statements = model.Statements.ToList();

            // Events first: statements may refer to curated events.
            foreach (var fix in curation.EventFixes)
            {
                int i = events.FindIndex(e => Matches(e, fix.Match));
                if (i < 0) { diagnostics.Add(Unknown(yamlFile, fix.Span, $"curation refers to an event '{fix.Match}' that '{model.File}' does not have")); continue; }
                if (fix.Suppress)
                {
                    string gone = events[i].Name;
                    events.RemoveAt(i);
                    for (int s = 0; s < statements.Count; s++) if (statements[s].Event == gone) statements[s] = statements[s] with { Event = null, EventRef = default };
                    continue;
                }
                var e = events[i];
                string newName = fix.Name ?? e.Name;
                events[i] = e with
                {
                    Name = newName,
                    Kind = fix.Kind ?? e.Kind,
                    Start = fix.Start.IsNone ? e.Start : fix.Start,
                    End = fix.End.IsNone ? e.End : fix.End,
                    Location = fix.Location ?? e.Location,
                    Participants = fix.Participants.IsEmpty ? e.Participants : fix.Participants,
                    Aliases = newName != e.Name ? e.Aliases.Concat(new[] { e.Name }).Distinct(StringComparer.Ordinal).ToEquatableArray() : e.Aliases,
                };
                if (newName != e.Name)
                    for (int s = 0; s < statements.Count; s++) if (statements[s].Event == e.Name) statements[s] = statements[s] with { Event = newName };
            }
            var lines = new LineMap(ArticleReader.Normalize(articleText));
            foreach (var add in curation.EventAdditions)
            {
                if (events.Any(e => string.Equals(e.Name, add.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(Unknown(yamlFile, add.Span, $"'{model.File}' already has an event named '{add.Name}'; use 'match:' to change it"));
                    continue;
                }
                int at = ArticleReader.Normalize(articleText).IndexOf(add.Name, StringComparison.OrdinalIgnoreCase);
                var mention = at >= 0 ? lines.Span(at, add.Name.Length) : lines.Span(0, 0);
                events.Add(new EventModel(add.Name, add.Kind, add.Start, add.End, add.Location, add.Participants, EquatableArray<string>.Empty, EquatableArray.Create(mention)));
            }

            foreach (var merge in curation.EventMerges)
            {
                var idx = merge.Names.Select(n => events.FindIndex(e => Matches(e, n))).ToList();
                if (idx.Any(x => x < 0))
                {
                    diagnostics.Add(Unknown(yamlFile, merge.Span, $"curation merges an event that '{model.File}' does not have: '{merge.Names[idx.FindIndex(x => x < 0)]}'"));
                    continue;
                }
                var keep = events[idx[0]];
                var others = idx.Skip(1).Distinct().Where(x => x != idx[0]).Select(x => events[x]).ToList();
                keep = keep with
                {
                    Start = keep.Start.IsNone ? others.Select(o => o.Start).FirstOrDefault(d => !d.IsNone) : keep.Start,
                    End = keep.End.IsNone ? others.Select(o => o.End).FirstOrDefault(d => !d.IsNone) : keep.End,
                    Location = keep.Location ?? others.Select(o => o.Location).FirstOrDefault(l => l != null),
                    Participants = keep.Participants.Concat(others.SelectMany(o => o.Participants)).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    Aliases = keep.Aliases.Concat(others.SelectMany(o => o.Aliases.Concat(new[] { o.Name }))).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    Mentions = keep.Mentions.Concat(others.SelectMany(o => o.Mentions)).OrderBy(m => m.Offset).ToEquatableArray(),
                };
                events[idx[0]] = keep;
                var names = new HashSet<string>(others.Select(o => o.Name), StringComparer.Ordinal);
                events.RemoveAll(e => names.Contains(e.Name) && !ReferenceEquals(e, keep));
                for (int s = 0; s < statements.Count; s++) if (statements[s].Event is { } ev && names.Contains(ev)) statements[s] = statements[s] with { Event = keep.Name };
            }
            foreach (var split in curation.EventSplits)
            {
                int i = events.FindIndex(e => Matches(e, split.Match));
                if (i < 0) { diagnostics.Add(Unknown(yamlFile, split.Span, $"curation splits an event that '{model.File}' does not have: '{split.Match}'")); continue; }
                var original = events[i];
                var first = split.Into[0];
                events[i] = original with
                {
                    Name = first.Name,
                    Kind = first.Kind != EventKindModel.Other ? first.Kind : original.Kind,
                    Start = first.Start.IsNone ? original.Start : first.Start,
                    End = first.End.IsNone ? original.End : first.End,
                    Location = first.Location ?? original.Location,
                    Participants = first.Participants.IsEmpty ? original.Participants : first.Participants,
                };
                string splitText = ArticleReader.Normalize(articleText);
                foreach (var part in split.Into.Skip(1))
                {
                    int at = splitText.IndexOf(part.Name, StringComparison.OrdinalIgnoreCase);
                    var mention = at >= 0 ? lines.Span(at, part.Name.Length) : original.Span;
                    events.Insert(++i, new EventModel(part.Name, part.Kind != EventKindModel.Other ? part.Kind : original.Kind, part.Start, part.End,
                        part.Location ?? original.Location, part.Participants, EquatableArray<string>.Empty, EquatableArray.Create(mention)));
                }
                for (int s = 0; s < statements.Count; s++)
                    if (statements[s].Event == original.Name) statements[s] = statements[s] with { Event = first.Name };
            }
            foreach (var fix in curation.StatementFixes)
            {
                int i = statements.FindIndex(s => s.Text.IndexOf(fix.Match, StringComparison.Ordinal) >= 0);
                if (i < 0) { diagnostics.Add(Unknown(yamlFile, fix.Span, $"curation refers to a statement containing '{Short(fix.Match)}' that '{model.File}' does not have")); continue; }
                if (fix.Suppress) { statements.RemoveAt(i); continue; }
                if (fix.Event != null && !events.Any(e => Matches(e, fix.Event)))
                {
                    diagnostics.Add(Unknown(yamlFile, fix.Span, $"curation refers to an event '{fix.Event}' that '{model.File}' does not have"));
                    continue;
                }
                var st = statements[i];
                statements[i] = st with
                {
                    Speaker = fix.Speaker ?? st.Speaker,
                    Event = fix.Event != null ? events.First(e => Matches(e, fix.Event)).Name : st.Event,
                };
            }
            string normalized = ArticleReader.Normalize(articleText);
            string folded = FoldForSearch(normalized, out var map);
            foreach (var add in curation.StatementAdditions)
            {
                int at = folded.IndexOf(FoldForSearch(add.Text, out _), StringComparison.Ordinal);
                if (at < 0)
                {
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.CurationQuoteNotInText, DiagnosticSeverityModel.Warning,
                        $"the curated statement \"{Short(add.Text)}\" does not occur in '{model.File}'", yamlFile, add.Span));
                    continue;
                }
                if (add.Event != null && !events.Any(e => Matches(e, add.Event)))
                {
                    diagnostics.Add(Unknown(yamlFile, add.Span, $"curation refers to an event '{add.Event}' that '{model.File}' does not have"));
                    continue;
                }
                int start = map[at];
                int end = map[Math.Min(map.Count - 1, at + FoldForSearch(add.Text, out _).Length - 1)] + 1;
                var added = new StatementModel(add.Kind, add.Text, add.Speaker, null,
                    add.Event != null ? events.First(e => Matches(e, add.Event)).Name : null, lines.Span(start, end - start));
                // the extraction found it too (the same words, or most of them, as the same kind): the curated statement takes
                // its place instead of standing beside it
                // a quotation, whole or partial, is the same kind of statement as a curated quote
                int same = statements.FindIndex(x => (x.Kind == StatementKindModel.Indirect) == (add.Kind == StatementKindModel.Indirect) && MostlyOverlap(x.Span, start, end));
                if (same >= 0)
                {
                    var found = statements[same];
                    bool sameSpeaker = add.Speaker == null || string.Equals(add.Speaker, found.Speaker, StringComparison.Ordinal);
                    statements[same] = added with
                    {
                        Speaker = add.Speaker ?? found.Speaker,
                        SpeakerText = sameSpeaker ? found.SpeakerText : null,
                        Event = added.Event ?? found.Event,
                    };
                }
                else statements.Add(added);
            }
            statements.Sort((a, b) => a.Span.Offset.CompareTo(b.Span.Offset));

            var renames = model.Renames.Concat(curation.Renames.Select(r => new RenameModel(r.From, r.To, yamlFile, r.Span))).ToEquatableArray();
            return model with
            {
                Title = curation.Title ?? model.Title,
                Published = curation.Published.IsNone ? model.Published : curation.Published,
                Events = events.ToEquatableArray(),
                Statements = statements.ToEquatableArray(),
                Diagnostics = diagnostics.ToEquatableArray(),
                Renames = renames,
            };
        }

        /// <summary>The conventional sidecar path of an article: <c>seeds/x.txt</c> → <c>seeds/x.seedgen.yaml</c>.</summary>
        public static string SidecarPathFor(string articleFile)
        {
            int dot = articleFile.LastIndexOf('.');
            int slash = Math.Max(articleFile.LastIndexOf('/'), articleFile.LastIndexOf('\\'));
            return (dot > slash ? articleFile.Substring(0, dot) : articleFile) + ".seedgen.yaml";
        }

        /// <summary>Do a statement's span and [start, end) share at least half of the shorter of the two?</summary>
        private static bool MostlyOverlap(SourceSpan span, int start, int end)
        {
            int a = span.Offset, b = span.Offset + span.Length;
            int overlap = Math.Min(b, end) - Math.Max(a, start);
            int shorter = Math.Min(b - a, end - start);
            return shorter > 0 && overlap * 2 >= shorter;
        }

        private static bool Matches(EventModel e, string name) =>
            string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));

        private static DiagnosticModel Unknown(string file, SourceSpan span, string message) =>
            new(DiagnosticIds.CurationUnknownReference, DiagnosticSeverityModel.Warning, message, file, span);

        private static string Short(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";

        /// <summary>Folds quote marks, dashes and white space so a curated quote typed with straight quotes still matches; map gives original offsets.</summary>
        private static string FoldForSearch(string s, out List<int> map)
        {
            var sb = new System.Text.StringBuilder(s.Length);
            map = new List<int>(s.Length);
            bool space = false;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (char.IsWhiteSpace(c)) { if (!space && sb.Length > 0) { sb.Append(' '); map.Add(i); } space = true; continue; }
                space = false;
                c = c switch { '“' or '”' or '„' or '«' or '»' => '"', '‘' or '’' => '\'', '–' or '—' => '-', _ => c };
                sb.Append(c);
                map.Add(i);
            }
            return sb.ToString();
        }
    }
}
