using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>Checks curated identifier renames (<c>ids:</c> in curation YAML) against the corpus's identifiers; the
    /// <see cref="RenamePlan"/> applies them.</summary>
    internal static class Renamer
    {
        /// <summary>The renames that apply (in file, then offset order), given every identifier of each scope before renaming.</summary>
        public static RenamePlan Plan(IEnumerable<RenameModel> renames, IEnumerable<string> articles, IEnumerable<string> events, IEnumerable<string> statements,
            IEnumerable<string> people, IEnumerable<string> places, IEnumerable<string> organizations)
        {
            var list = renames.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Span.Offset).ToList();
            if (list.Count == 0) return RenamePlan.None;
            var diagnostics = new List<DiagnosticModel>();

            // Identifiers live in separate scopes (Events, People, ...); a rename applies in the scope that has the old name.
            var scopes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
            {
                [RenamePlan.Articles] = new(articles, StringComparer.OrdinalIgnoreCase),
                [RenamePlan.Events] = new(events, StringComparer.OrdinalIgnoreCase),
                [RenamePlan.Statements] = new(statements, StringComparer.OrdinalIgnoreCase),
                [RenamePlan.People] = new(people, StringComparer.OrdinalIgnoreCase),
                [RenamePlan.Places] = new(places, StringComparer.OrdinalIgnoreCase),
                [RenamePlan.Organizations] = new(organizations, StringComparer.OrdinalIgnoreCase),
            };
            var maps = new List<Rename>();
            var mapped = new Dictionary<(string, string), int>();
            foreach (var r in list)
            {
                string to = Identifiers.ToPascalCase(r.To, "");
                if (to != r.To || to.Length == 0)
                {
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.DuplicateIdentifier, DiagnosticSeverityModel.Warning,
                        $"'{r.To}' is not a valid PascalCase identifier (try '{to}')", r.File, r.Span));
                    continue;
                }
                var scope = scopes.FirstOrDefault(s => s.Value.Contains(r.From));
                if (scope.Key is null)
                {
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.CurationUnknownReference, DiagnosticSeverityModel.Warning,
                        $"curation renames '{r.From}', but no generated identifier has that name", r.File, r.Span));
                    continue;
                }
                if (Array.IndexOf(CorpusBuilder.Reserved(scope.Key), to) >= 0 || scope.Value.Contains(to))
                {
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.DuplicateIdentifier, DiagnosticSeverityModel.Warning,
                        $"cannot rename '{r.From}' to '{to}': Corpus.{scope.Key}.{to} already exists", r.File, r.Span));
                    continue;
                }
                scope.Value.Remove(r.From);
                scope.Value.Add(to);
                // a later rename of the same identifier replaces the earlier one (as a map entry would)
                if (mapped.TryGetValue((scope.Key, r.From), out int at)) maps[at] = new Rename(scope.Key, r.From, to);
                else { mapped[(scope.Key, r.From)] = maps.Count; maps.Add(new Rename(scope.Key, r.From, to)); }
            }
            return new RenamePlan(maps.ToEquatableArray(), diagnostics.ToEquatableArray());
        }
    }
}
