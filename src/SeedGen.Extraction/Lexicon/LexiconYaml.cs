using System;
using System.Collections.Generic;
using System.IO;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Lexicon
{
    /// <summary>Reads lexicon YAML into a <see cref="Lexicon"/>. Every problem is a diagnostic with file, line and column.</summary>
    internal static class LexiconYaml
    {
        public static void Load(Lexicon lex, LexiconFile file, List<DiagnosticModel> diagnostics)
        {
            // every YAML path goes through the guard (depth, size, anchors, aliases) before a node is built
            var stream = YamlGuard.Load(file.Text, out var problem);
            if (stream is null)
            {
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, problem!.Line, problem.Column, problem.Reason + "; the file was ignored (the built-in lexicon and the other files still apply)"));
                return;
            }
            if (stream.Documents.Count == 0) return;
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return;
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, stream.Documents[0].RootNode.Start, "a lexicon must be a mapping with keys such as 'people:' and 'places:'"));
                return;
            }

            foreach (var entry in root.Children)
            {
                string key = (entry.Key as YamlScalarNode)?.Value ?? "";
                switch (key)
                {
                    case "people":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var name = Str(m, "name", file, diagnostics, required: true);
                            if (name == null) continue;
                            lex.People.Add(new PersonEntry(name, List(m, "aliases", file, diagnostics), Str(m, "role", file, diagnostics),
                                Str(m, "country", file, diagnostics), List(m, "titles", file, diagnostics)));
                            Unknown(m, file, diagnostics, "name", "aliases", "role", "country", "titles");
                        }
                        break;
                    case "places":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var name = Str(m, "name", file, diagnostics, required: true);
                            if (name == null) continue;
                            var kindText = Str(m, "kind", file, diagnostics) ?? "other";
                            if (!Enum.TryParse<PlaceKindModel>(kindText, true, out var kind))
                            {
                                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, ValueStart(m, "kind"), $"unknown place kind '{kindText}' (city, country, region, other)"));
                                kind = PlaceKindModel.Other;
                            }
                            lex.Places.Add(new PlaceEntry(name, kind, Str(m, "country", file, diagnostics), List(m, "aliases", file, diagnostics)));
                            Unknown(m, file, diagnostics, "name", "kind", "country", "aliases");
                        }
                        break;
                    case "countries":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var name = Str(m, "name", file, diagnostics, required: true);
                            if (name == null) continue;
                            lex.Countries.Add(new CountryEntry(name, List(m, "adjectives", file, diagnostics), Str(m, "capital", file, diagnostics), List(m, "aliases", file, diagnostics),
                                List(m, "demonyms", file, diagnostics)));
                            Unknown(m, file, diagnostics, "name", "adjectives", "capital", "aliases", "demonyms");
                        }
                        break;
                    case "organizations":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var name = Str(m, "name", file, diagnostics, required: true);
                            if (name == null) continue;
                            lex.Organizations.Add(new OrganizationEntry(name, Str(m, "abbreviation", file, diagnostics), List(m, "aliases", file, diagnostics)));
                            Unknown(m, file, diagnostics, "name", "abbreviation", "aliases");
                        }
                        break;
                    case "roles":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var title = Str(m, "title", file, diagnostics, required: true);
                            if (title == null) continue;
                            var person = Str(m, "person", file, diagnostics);
                            lex.Roles.Add(new RoleEntry(title, Str(m, "implies", file, diagnostics), person is null || !person.Equals("false", StringComparison.OrdinalIgnoreCase)));
                            Unknown(m, file, diagnostics, "title", "implies", "person");
                        }
                        break;
                    case "events":
                        foreach (var m in Items(entry.Value, file, key, diagnostics))
                        {
                            var name = Str(m, "name", file, diagnostics, required: true);
                            if (name == null) continue;
                            lex.EventSeries.Add(new EventSeriesEntry(name, Str(m, "abbreviation", file, diagnostics), List(m, "aliases", file, diagnostics)));
                            Unknown(m, file, diagnostics, "name", "abbreviation", "aliases");
                        }
                        break;
                    case "boilerplate":
                        if (entry.Value is YamlSequenceNode seq)
                        {
                            foreach (var item in seq.Children)
                                if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)) lex.Boilerplate.Add(s.Value!);
                        }
                        else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, entry.Value.Start, "'boilerplate' must be a list of strings"));
                        break;
                    case Lexicon.WordsKey:
                        LoadWords(lex, entry.Value, file, diagnostics);
                        break;
                    case "articles":
                        break; // curation (per-article overrides) is read by the curation step, not the lexicon
                    default:
                        diagnostics.Add(Diag(DiagnosticIds.YamlUnknownKey, file, entry.Key.Start,
                            $"unknown lexicon key '{key}' (known: {string.Join(", ", Lexicon.TopLevelKeys)})"));
                        break;
                }
            }
        }

        /// <summary><c>words:</c> a mapping of list name to a list of words or phrases; each file adds to the lists it names.</summary>
        private static void LoadWords(Lexicon lex, YamlNode node, LexiconFile file, List<DiagnosticModel> diagnostics)
        {
            if (node is YamlScalarNode { Value: null or "" }) return;
            if (node is not YamlMappingNode map)
            {
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, node.Start, "'words' must be a mapping of list names to lists of words"));
                return;
            }
            foreach (var e in map.Children)
            {
                string name = (e.Key as YamlScalarNode)?.Value ?? "";
                if (name.Length == 0) continue;
                var words = new List<string>();
                if (e.Value is YamlSequenceNode seq)
                {
                    foreach (var item in seq.Children)
                        if (item is YamlScalarNode v) { if (!string.IsNullOrWhiteSpace(v.Value)) words.Add(v.Value!.Trim()); }
                        else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, item.Start, $"'words: {name}' must be a list of strings"));
                }
                else if (e.Value is YamlScalarNode s) { if (!string.IsNullOrWhiteSpace(s.Value)) words.Add(s.Value!.Trim()); }
                else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, e.Value.Start, $"'words: {name}' must be a list of strings"));
                lex.AddWords(name, words);
            }
        }

        private static IEnumerable<YamlMappingNode> Items(YamlNode node, LexiconFile file, string key, List<DiagnosticModel> diagnostics)
        {
            if (node is YamlScalarNode { Value: null or "" }) yield break;
            if (node is not YamlSequenceNode seq)
            {
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, node.Start, $"'{key}' must be a list"));
                yield break;
            }
            foreach (var item in seq.Children)
            {
                if (item is YamlMappingNode m) yield return m;
                else diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, item.Start, $"each entry of '{key}' must be a mapping"));
            }
        }

        /// <summary>Where the value of <paramref name="key"/> starts (the entry's start when the key is absent).</summary>
        private static YamlDotNet.Core.Mark ValueStart(YamlMappingNode m, string key)
        {
            foreach (var e in m.Children) if ((e.Key as YamlScalarNode)?.Value == key) return e.Value.Start;
            return m.Start;
        }

        private static string? Str(YamlMappingNode m, string key, LexiconFile file, List<DiagnosticModel> diagnostics, bool required = false)
        {
            foreach (var e in m.Children)
            {
                if ((e.Key as YamlScalarNode)?.Value != key) continue;
                if (e.Value is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value!.Trim();
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, e.Value.Start, $"'{key}' must be a single value"));
                return null;
            }
            if (required) diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, m.Start, $"entry has no '{key}'"));
            return null;
        }

        private static IReadOnlyList<string> List(YamlMappingNode m, string key, LexiconFile file, List<DiagnosticModel> diagnostics)
        {
            foreach (var e in m.Children)
            {
                if ((e.Key as YamlScalarNode)?.Value != key) continue;
                if (e.Value is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? Array.Empty<string>() : new[] { s.Value!.Trim() };
                if (e.Value is YamlSequenceNode seq)
                {
                    var list = new List<string>();
                    foreach (var item in seq.Children)
                    {
                        if (item is YamlScalarNode v && !string.IsNullOrWhiteSpace(v.Value)) list.Add(v.Value!.Trim());
                        else if (item is not YamlScalarNode) diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, item.Start, $"'{key}' must be a list of strings"));
                    }
                    return list;
                }
                diagnostics.Add(Diag(DiagnosticIds.YamlSyntax, file, e.Value.Start, $"'{key}' must be a list of strings"));
            }
            return Array.Empty<string>();
        }

        private static void Unknown(YamlMappingNode m, LexiconFile file, List<DiagnosticModel> diagnostics, params string[] known)
        {
            foreach (var e in m.Children)
            {
                var k = (e.Key as YamlScalarNode)?.Value ?? "";
                if (Array.IndexOf(known, k) < 0)
                    diagnostics.Add(Diag(DiagnosticIds.YamlUnknownKey, file, e.Key.Start, $"unknown key '{k}' (known here: {string.Join(", ", known)})"));
            }
        }

        private static string OneLine(string s) => s.Replace('\r', ' ').Replace('\n', ' ');

        private static DiagnosticModel Diag(string id, LexiconFile file, Mark mark, string message) =>
            Diag(id, file, (int)mark.Line, (int)mark.Column, message);

        internal static DiagnosticModel Diag(string id, LexiconFile file, int line, int column, string message)
        {
            int offset = FrontMatter.Offset(file.Text, line, column);
            var severity = DiagnosticSeverityModel.Warning; // a bad word list never breaks the build; the built-in lexicon still applies
            return new DiagnosticModel(id, severity, message, file.Path, new SourceSpan(offset, 0, Math.Max(1, line), Math.Max(1, column)));
        }
    }
}
