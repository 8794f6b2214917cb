using System;
using System.Collections.Generic;
using System.IO;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Curation
{
    /// <summary>
    /// Reads curation YAML: a per-article sidecar <c>NAME.seedgen.yaml</c> (keys at the top level) or the corpus-wide
    /// <c>seedgen.yaml</c> (keys under <c>articles: { FILE: ... }</c>). Lexicon keys in the same files are left to the lexicon.
    /// </summary>
    public static class CurationYaml
    {
        private static readonly string[] ArticleKeys = { "published", "title", "statements", "events", "ids" };
        private static readonly string[] LexiconKeys = { "people", "places", "countries", "organizations", "roles", "events", "boilerplate", "articles", "words" };

        /// <summary>Is this path a per-article sidecar, and if so, for which article file name (<c>x.seedgen.yaml</c> → <c>x</c>)?</summary>
        public static string? SidecarStem(string path)
        {
            string name = path;
            int slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
            if (slash >= 0) name = name.Substring(slash + 1);
            const string suffix = ".seedgen.yaml";
            if (!name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || name.Length == suffix.Length) return null;
            return name.Substring(0, name.Length - suffix.Length);
        }

        /// <summary>Reads a sidecar for <paramref name="articleFile"/>.</summary>
        public static ArticleCuration ReadSidecar(string articleFile, string yamlPath, string yaml)
        {
            var diagnostics = new List<DiagnosticModel>();
            var root = Load(yamlPath, yaml, diagnostics, sidecar: true);
            return root is null ? Empty(articleFile, diagnostics) : ReadArticle(articleFile, yamlPath, yaml, root, diagnostics, topLevel: true);
        }

        /// <summary>Reads the <c>articles:</c> section of a corpus-wide file; keys are article file names (or paths ending with them).</summary>
        public static IReadOnlyList<ArticleCuration> ReadCorpusFile(string yamlPath, string yaml)
        {
            var diagnostics = new List<DiagnosticModel>();
            var root = Load(yamlPath, yaml, diagnostics, sidecar: false);
            var result = new List<ArticleCuration>();
            if (root is null) { if (diagnostics.Count > 0) result.Add(Empty("", diagnostics)); return result; }
            foreach (var e in root.Children)
            {
                if ((e.Key as YamlScalarNode)?.Value != "articles") continue;
                if (e.Value is not YamlMappingNode articles) { diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, yamlPath, yaml, e.Value.Start, "'articles' must map article file names to curation")); continue; }
                foreach (var a in articles.Children)
                {
                    string file = (a.Key as YamlScalarNode)?.Value ?? "";
                    if (a.Value is YamlMappingNode m) result.Add(ReadArticle(file, yamlPath, yaml, m, new List<DiagnosticModel>(), topLevel: false));
                    else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, yamlPath, yaml, a.Value.Start, $"curation for '{file}' must be a mapping"));
                }
            }
            if (diagnostics.Count > 0) result.Add(Empty("", diagnostics));
            return result;
        }

        /// <summary>The first entry of <c>articles:</c> sections that names the article, by its path or its file name.</summary>
        public static ArticleCuration? ForArticle(IEnumerable<ArticleCuration> corpusCurations, string articlePath)
        {
            string fileName = articlePath.Substring(articlePath.LastIndexOf('/') + 1);
            foreach (var c in corpusCurations)
                if (c.File.Length > 0 && (c.File == articlePath || c.File == fileName)) return c;
            return null;
        }

        private static ArticleCuration Empty(string file, List<DiagnosticModel> diagnostics) =>
            new(file, null, DateValue.None, EquatableArray<StatementFix>.Empty, EquatableArray<StatementAddition>.Empty,
                EquatableArray<EventFix>.Empty, EquatableArray<EventAddition>.Empty, EquatableArray<EventMerge>.Empty,
                EquatableArray<IdRename>.Empty, diagnostics.ToEquatableArray());

        private static YamlMappingNode? Load(string path, string yaml, List<DiagnosticModel> diagnostics, bool sidecar)
        {
            var stream = YamlGuard.Load(yaml, out var problem);
            if (stream is null)
            {
                // a corpus-wide file is also read as a lexicon, which reports its problem once; a sidecar is read only here
                if (sidecar)
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlSyntax, DiagnosticSeverityModel.Warning, "curation was ignored: " + problem!.Reason, path,
                        new SourceSpan(FrontMatter.Offset(yaml, problem.Line, problem.Column), 0, problem.Line, problem.Column)));
                return null;
            }
            if (stream.Documents.Count == 0) return null;
            return stream.Documents[0].RootNode as YamlMappingNode; // a non-mapping root is reported by the lexicon reader
        }

        private static ArticleCuration ReadArticle(string file, string path, string yaml, YamlMappingNode m, List<DiagnosticModel> diagnostics, bool topLevel)
        {
            string? title = null;
            DateValue published = DateValue.None;
            var sFix = new List<StatementFix>();
            var sAdd = new List<StatementAddition>();
            var eFix = new List<EventFix>();
            var eAdd = new List<EventAddition>();
            var merges = new List<EventMerge>();
            var splits = new List<EventSplit>();
            var renames = new List<IdRename>();

            foreach (var e in m.Children)
            {
                string key = (e.Key as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "title":
                        title = Scalar(e.Value);
                        break;
                    case "published":
                        published = DateValue.ParseIso(Scalar(e.Value));
                        if (published.IsNone) diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, e.Value.Start, "'published' must be an ISO date such as 2018-10-31, 2018-10 or 2018"));
                        break;
                    case "statements":
                        foreach (var item in Items(e.Value, path, yaml, key, diagnostics))
                        {
                            var span = SpanOf(yaml, item.Start);
                            string? add = Get(item, "add"), match = Get(item, "match");
                            if (add != null)
                            {
                                var kindText = Get(item, "kind") ?? "direct";
                                var kind = kindText.Equals("indirect", StringComparison.OrdinalIgnoreCase) ? StatementKindModel.Indirect
                                    : kindText.Equals("partial", StringComparison.OrdinalIgnoreCase) ? StatementKindModel.Partial : StatementKindModel.Direct;
                                sAdd.Add(new StatementAddition(add, kind, Get(item, "speaker"), Get(item, "event"), span));
                            }
                            else if (match != null)
                                sFix.Add(new StatementFix(match, Get(item, "speaker"), Get(item, "event"), IsTrue(Get(item, "suppress")), span));
                            else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, "a statement entry needs 'match:' (to fix or suppress one) or 'add:' (to add one)"));
                            Unknown(item, path, yaml, diagnostics, "add", "match", "kind", "speaker", "event", "suppress");
                        }
                        break;
                    case "events":
                        foreach (var item in Items(e.Value, path, yaml, key, diagnostics))
                        {
                            var span = SpanOf(yaml, item.Start);
                            string? add = Get(item, "add"), match = Get(item, "match");
                            var kind = ParseKind(Get(item, "kind"), path, yaml, item, diagnostics);
                            var participants = GetList(item, "participants").ToEquatableArray();
                            if (Get(item, "split") is { } split)
                            {
                                var parts = new List<EventAddition>();
                                if (item.Children.TryGetValue(new YamlScalarNode("into"), out var intoNode) && intoNode is YamlSequenceNode into)
                                    foreach (var partNode in into.Children)
                                    {
                                        if (partNode is not YamlMappingNode part || Get(part, "name") is not { } partName)
                                        {
                                            diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, partNode.Start, "each part of a split needs a 'name:'"));
                                            continue;
                                        }
                                        parts.Add(new EventAddition(partName, ParseKind(Get(part, "kind"), path, yaml, part, diagnostics) ?? EventKindModel.Other,
                                            DateValue.ParseIso(Get(part, "start")), DateValue.ParseIso(Get(part, "end")), Get(part, "location"),
                                            GetList(part, "participants").ToEquatableArray(), SpanOf(yaml, part.Start)));
                                        Unknown(part, path, yaml, diagnostics, "name", "kind", "start", "end", "location", "participants");
                                    }
                                if (parts.Count < 2) diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, "'split' needs 'into:' with at least two events"));
                                else splits.Add(new EventSplit(split, parts.ToEquatableArray(), span));
                            }
                            else if (item.Children.ContainsKey(new YamlScalarNode("merge")))
                            {
                                var names = GetList(item, "merge");
                                if (names.Count < 2) diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, "'merge' needs at least two event names"));
                                else merges.Add(new EventMerge(names.ToEquatableArray(), span));
                            }
                            else if (add != null)
                                eAdd.Add(new EventAddition(add, kind ?? EventKindModel.Other, DateValue.ParseIso(Get(item, "start")), DateValue.ParseIso(Get(item, "end")), Get(item, "location"), participants, span));
                            else if (match != null)
                                eFix.Add(new EventFix(match, Get(item, "name"), kind, DateValue.ParseIso(Get(item, "start")), DateValue.ParseIso(Get(item, "end")), Get(item, "location"), participants, IsTrue(Get(item, "suppress")), span));
                            else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, "an event entry needs 'match:', 'add:', 'merge:' or 'split:'"));
                            Unknown(item, path, yaml, diagnostics, "add", "match", "merge", "split", "into", "name", "kind", "start", "end", "location", "participants", "suppress");
                        }
                        break;
                    case "ids":
                        if (e.Value is YamlMappingNode ids)
                        {
                            foreach (var r in ids.Children)
                            {
                                var from = (r.Key as YamlScalarNode)?.Value;
                                var to = Scalar(r.Value);
                                if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
                                    diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, r.Key.Start, "each 'ids' entry maps a generated identifier to a new one"));
                                else renames.Add(new IdRename(from!.Trim(), to!.Trim(), SpanOf(yaml, r.Key.Start)));
                            }
                        }
                        else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, e.Value.Start, "'ids' must map generated identifiers to new ones"));
                        break;
                    default:
                        if (!(topLevel && Array.IndexOf(LexiconKeys, key) >= 0) && key != "events" )
                            diagnostics.Add(Diag(DiagnosticIds.YamlUnknownKey, path, yaml, e.Key.Start,
                                $"unknown curation key '{key}' (known: {string.Join(", ", ArticleKeys)})"));
                        break;
                }
            }
            return new ArticleCuration(file, title, published, sFix.ToEquatableArray(), sAdd.ToEquatableArray(), eFix.ToEquatableArray(),
                eAdd.ToEquatableArray(), merges.ToEquatableArray(), renames.ToEquatableArray(), diagnostics.ToEquatableArray())
            { EventSplits = splits.ToEquatableArray() };
        }

        private static EventKindModel? ParseKind(string? text, string path, string yaml, YamlMappingNode item, List<DiagnosticModel> diagnostics)
        {
            if (text is null) return null;
            if (Enum.TryParse<EventKindModel>(text, true, out var k)) return k;
            diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, $"unknown event kind '{text}' (meeting, conference, forum, summit, session, visit, election, talks, discussion, ceremony, congress, other)"));
            return null;
        }

        private static bool IsTrue(string? s) => s != null && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase));

        private static string? Scalar(YamlNode n) => n is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) ? s.Value!.Trim() : null;

        private static string? Get(YamlMappingNode m, string key)
        {
            foreach (var e in m.Children) if ((e.Key as YamlScalarNode)?.Value == key) return Scalar(e.Value);
            return null;
        }

        private static List<string> GetList(YamlMappingNode m, string key)
        {
            var list = new List<string>();
            foreach (var e in m.Children)
            {
                if ((e.Key as YamlScalarNode)?.Value != key) continue;
                if (e.Value is YamlSequenceNode seq) { foreach (var i in seq.Children) if (Scalar(i) is { } v) list.Add(v); }
                else if (Scalar(e.Value) is { } one) list.Add(one);
            }
            return list;
        }

        private static IEnumerable<YamlMappingNode> Items(YamlNode node, string path, string yaml, string key, List<DiagnosticModel> diagnostics)
        {
            if (node is not YamlSequenceNode seq)
            {
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, node.Start, $"'{key}' must be a list"));
                yield break;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode m) yield return m;
                else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, path, yaml, item.Start, $"each entry of '{key}' must be a mapping"));
            }
        }

        private static void Unknown(YamlMappingNode m, string path, string yaml, List<DiagnosticModel> diagnostics, params string[] known)
        {
            foreach (var e in m.Children)
            {
                var k = (e.Key as YamlScalarNode)?.Value ?? "";
                if (Array.IndexOf(known, k) < 0)
                    diagnostics.Add(Diag(DiagnosticIds.YamlUnknownKey, path, yaml, e.Key.Start, $"unknown key '{k}' (known here: {string.Join(", ", known)})"));
            }
        }

        internal static SourceSpan SpanOf(string yaml, Mark mark) =>
            new(FrontMatter.Offset(yaml, (int)mark.Line, (int)mark.Column), 0, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

        private static DiagnosticModel Diag(string id, string path, string yaml, Mark mark, string message) =>
            new(id, DiagnosticSeverityModel.Warning, message, path, SpanOf(yaml, mark));
    }
}
