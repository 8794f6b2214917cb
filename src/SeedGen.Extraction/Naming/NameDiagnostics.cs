using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Naming
{
    /// <summary>SG0304 (info): a generated member's name depends on another article. Told at every article involved, so the
    /// article that caused it (the one just added) is among them.</summary>
    internal static class NameDiagnostics
    {
        private const int Listed = 5;

        [MethodImpl(Jit.Optimized)]
        public static void Collisions(List<DiagnosticModel> into, string scope, IReadOnlyList<NameCollision> collisions, Func<int, IEnumerable<string>> filesOf)
        {
            foreach (var c in collisions)
            {
                var files = new SortedSet<string>(StringComparer.Ordinal);
                var described = new List<string>();
                for (int k = 0; k < c.Members.Count; k++)
                {
                    var given = filesOf(c.Members[k]);
                    var mine = given is IReadOnlyList<string> { Count: <= 1 } one ? one : given.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    foreach (var f in mine) files.Add(f);
                    if (described.Count < Listed) described.Add(c.Names[k] + (mine.Count > 0 ? " (" + mine[0] + ")" : ""));
                }
                string more = c.Members.Count > Listed ? $" and {c.Members.Count - Listed} more" : "";
                string message = $"{c.Members.Count} records of Corpus.{scope} want the name '{c.Base}', so none gets it bare: {string.Join(", ", described)}{more}. " +
                                 "Each is named by its own attributes (place, country, date or source file); adding or removing one of them renames the others (pin a name with 'ids:' in seedgen.yaml)";
                foreach (var f in files)
                    into.Add(new DiagnosticModel(DiagnosticIds.NameDependsOnOtherArticle, DiagnosticSeverityModel.Info, message, f, new SourceSpan(0, 0, 1, 1)));
            }
        }

        /// <summary>A person whose canonical (fullest) name comes from some articles while others use a shorter spelling: the
        /// articles that give the fuller name are told the member is named after it.</summary>
        public static void FullerNames(List<DiagnosticModel> into, IEnumerable<(string Canonical, string Id)> people,
            Func<string, IEnumerable<string>> filesOf, Func<string, string, IEnumerable<string>> spellingsIn)
        {
            foreach (var (canonical, id) in people)
            {
                var files = filesOf(canonical).ToList();
                if (files.Count < 2) continue;
                var givers = files.Where(f => spellingsIn(canonical, f).Contains(canonical, StringComparer.Ordinal)).ToList();
                var shorter = files.Where(f => !spellingsIn(canonical, f).Contains(canonical, StringComparer.Ordinal)).ToList();
                if (givers.Count == 0 || shorter.Count == 0) continue;
                string other = shorter[0];
                string spelling = spellingsIn(canonical, other).OrderBy(s => s, StringComparer.Ordinal).First();
                foreach (var f in givers)
                    into.Add(new DiagnosticModel(DiagnosticIds.NameDependsOnOtherArticle, DiagnosticSeverityModel.Info,
                        $"this article gives the fuller name '{canonical}' of the person {other} calls '{spelling}'; the member Corpus.People.{id} is named after it, so it may change when this article is removed",
                        f, new SourceSpan(0, 0, 1, 1)));
            }
        }
    }
}
