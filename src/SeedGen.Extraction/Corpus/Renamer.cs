using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Naming;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Corpus
{
    /// <summary>Applies curated identifier renames (<c>ids:</c> in curation YAML) to a built corpus.</summary>
    internal static class Renamer
    {
        public static CorpusModel Apply(CorpusModel corpus, IEnumerable<RenameModel> renames)
        {
            var list = renames.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Span.Offset).ToList();
            if (list.Count == 0) return corpus;
            var diagnostics = corpus.Diagnostics.ToList();

            // Identifiers live in separate scopes (Events, People, ...); a rename applies in the scope that has the old name.
            var scopes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
            {
                ["Articles"] = new(corpus.Articles.Select(a => a.Id), StringComparer.OrdinalIgnoreCase),
                ["Events"] = new(corpus.Events.Select(e => e.Id), StringComparer.OrdinalIgnoreCase),
                ["Statements"] = new(corpus.Articles.SelectMany(a => a.Statements).Select(s => s.Id), StringComparer.OrdinalIgnoreCase),
                ["People"] = new(corpus.People.Select(p => p.Id), StringComparer.OrdinalIgnoreCase),
                ["Places"] = new(corpus.Places.Select(p => p.Id), StringComparer.OrdinalIgnoreCase),
                ["Organizations"] = new(corpus.Organizations.Select(p => p.Id), StringComparer.OrdinalIgnoreCase),
            };
            var maps = scopes.Keys.ToDictionary(k => k, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
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
                maps[scope.Key][r.From] = to;
            }

            string M(string scope, string id) => maps[scope].TryGetValue(id, out var n) ? n : id;
            string? N(string scope, string? id) => id is null ? null : M(scope, id);

            return corpus with
            {
                Articles = corpus.Articles.Select(a => a with
                {
                    Id = M("Articles", a.Id),
                    EventIds = a.EventIds.Select(e => e.Length == 0 ? e : M("Events", e)).ToEquatableArray(),
                    Statements = a.Statements.Select(s => s with { Id = M("Statements", s.Id), SpeakerId = N("People", s.SpeakerId), EventId = N("Events", s.EventId) }).ToEquatableArray(),
                }).ToEquatableArray(),
                Events = corpus.Events.Select(e => e with
                {
                    Id = M("Events", e.Id),
                    LocationId = N("Places", e.LocationId),
                    ParticipantIds = e.ParticipantIds.Select(p => M("People", p)).ToEquatableArray(),
                }).ToEquatableArray(),
                People = corpus.People.Select(p => p with { Id = M("People", p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                Places = corpus.Places.Select(p => p with { Id = M("Places", p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                Organizations = corpus.Organizations.Select(p => p with { Id = M("Organizations", p.Id) }).OrderBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray(),
                Diagnostics = diagnostics.ToEquatableArray(),
            };
        }
    }
}
