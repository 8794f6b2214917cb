using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Naming
{
    /// <summary>One record asking for a member name in a scope: its base name, its own attributes that can tell it apart
    /// (most natural first: a place, a country, a source file), and a key of its own that is unique in the scope (the last
    /// resort's order).</summary>
    public sealed record NameRequest(string Base, IReadOnlyList<string?> Qualifiers, string Key);

    /// <summary>Records that wanted the same base name, and the names they got (same order as <see cref="Members"/>).</summary>
    public sealed record NameCollision(string Base, IReadOnlyList<int> Members, IReadOnlyList<string> Names);

    /// <summary>
    /// Names every record of a scope so that a name depends only on the record itself and on the records that want the
    /// same base name (its collision group), never on file order or on unrelated records:
    /// <list type="number">
    /// <item>A base name wanted by one record only is that record's name, bare.</item>
    /// <item>A base name wanted by several records (or a reserved one) is given to none of them: each gets the base name
    /// followed by its first own attribute that no other member of the group shares (a place, then a country, a source
    /// file, ...), so a name never silently comes to mean another record: it stays, or it disappears.</item>
    /// <item>Members that no attribute tells apart get their source file and their ordinal among the group's members of that
    /// file, in the order of their own keys (1, 2, ...), counting the members an attribute told apart.</item>
    /// </list>
    /// So adding, removing or reordering records changes an existing name only when the change creates or removes a
    /// collision with it (or, very rarely, when a qualified name equals another record's name, which moves to its next attribute).
    /// </summary>
    public static class StableNames
    {
        public static string[] Assign(IReadOnlyList<NameRequest> requests, IEnumerable<string> reserved, out List<NameCollision> collisions) =>
            Assign(requests, reserved, null, out collisions);

        /// <summary><see cref="Assign(IReadOnlyList{NameRequest}, IEnumerable{string}, out List{NameCollision})"/> for the
        /// requests of a scope that need a decision only (the bases wanted twice or reserved: every other request is named by its
        /// base, bare), with <paramref name="otherBase"/> telling whether any request of the whole scope wants a base. The names
        /// are those the whole scope would get, at the cost of the collisions alone.</summary>
        [MethodImpl(Jit.Optimized)]
        public static string[] Assign(IReadOnlyList<NameRequest> requests, IEnumerable<string> reserved, Func<string, bool>? otherBase, out List<NameCollision> collisions)
        {
            var names = new string[requests.Count];
            collisions = new List<NameCollision>();
            var reservedSet = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
            var groups = new Dictionary<string, List<int>>(requests.Count, StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < requests.Count; i++)
            {
                if (!groups.TryGetValue(requests[i].Base, out var g)) groups[requests[i].Base] = g = new List<int>();
                g.Add(i);
            }
            // 1. bare names first, so a qualified name can never take one. Group keys differ ignoring case, so a bare name never
            // meets another; every bare name is a group key, which a qualified name never is (below): so `used` needs to hold
            // the reserved names and the qualified ones only, and only the collision groups are put in order.
            var used = new HashSet<string>(reservedSet, StringComparer.OrdinalIgnoreCase);
            bool IsBase(string name) => groups.ContainsKey(name) || (otherBase != null && otherBase(name));
            var keys = new List<string>();
            foreach (var kv in groups)
            {
                var g = kv.Value;
                if (g.Count == 1 && !reservedSet.Contains(kv.Key)) names[g[0]] = requests[g[0]].Base;
                else keys.Add(kv.Key);
            }
            keys.Sort(StringComparer.Ordinal);

            // 2. collision groups, each member by its own attributes (linear in the group: a group can hold thousands of requests)
            var suffixes = new Dictionary<string, string>(StringComparer.Ordinal);
            string SuffixOf(string? q)
            {
                if (q is null) return "";
                if (!suffixes.TryGetValue(q, out var x)) suffixes[q] = x = Suffix(q);
                return x;
            }
            foreach (var k in keys)
            {
                var g = groups[k];
                var ordered = g.OrderBy(i => requests[i].Key, StringComparer.Ordinal).ThenBy(i => i).ToList();
                var remaining = ordered;
                string baseName = requests[remaining[0]].Base;
                int levels = 0;
                foreach (int i in remaining) levels = Math.Max(levels, requests[i].Qualifiers.Count);
                for (int level = 0; level < levels && remaining.Count > 0; level++)
                {
                    var candidate = new string?[remaining.Count];
                    var count = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    for (int j = 0; j < remaining.Count; j++)
                    {
                        int i = remaining[j];
                        var q = level < requests[i].Qualifiers.Count ? requests[i].Qualifiers[level] : null;
                        if (string.IsNullOrWhiteSpace(q)) continue;
                        string suffix = SuffixOf(q);
                        if (suffix.Length == 0) continue;
                        string name = baseName + suffix;
                        candidate[j] = name;
                        count[name] = count.TryGetValue(name, out var c) ? c + 1 : 1;
                    }
                    var left = new List<int>(remaining.Count);
                    for (int j = 0; j < remaining.Count; j++)
                    {
                        int i = remaining[j];
                        var name = candidate[j];
                        if (name != null && count[name] == 1 && !IsBase(name) && used.Add(name)) names[i] = name;
                        else left.Add(i);
                    }
                    remaining = left;
                }
                // the rest, by their most specific attribute (the last one they have: their source file) and their ordinal among
                // all the group's members that share it, in the order of their keys, counting those an attribute already named:
                // so a member's number depends on its own article only, and a number never passes to another record when a
                // member loses the attribute that told it apart
                if (remaining.Count > 0)
                {
                    var pending = new HashSet<int>(remaining);
                    foreach (var sub in ordered.GroupBy(i => SuffixOf(LastQualifier(requests[i])), StringComparer.OrdinalIgnoreCase).OrderBy(x => x.Key, StringComparer.Ordinal))
                    {
                        int n = 0;
                        foreach (int i in sub)
                        {
                            n++;
                            if (!pending.Contains(i)) continue;
                            string name;
                            int m = n;
                            do name = baseName + sub.Key + (m++).ToString(CultureInfo.InvariantCulture); while (IsBase(name) || !used.Add(name));
                            names[i] = name;
                        }
                    }
                }
                if (g.Count > 1) collisions.Add(new NameCollision(baseName, g, g.Select(i => names[i]).ToList()));
            }
            return names;
        }

        private static string? LastQualifier(NameRequest r)
        {
            for (int k = r.Qualifiers.Count - 1; k >= 0; k--) if (!string.IsNullOrWhiteSpace(r.Qualifiers[k])) return r.Qualifiers[k];
            return null;
        }

        private static string Suffix(string? qualifier)
        {
            if (string.IsNullOrWhiteSpace(qualifier)) return "";
            string suffix = Identifiers.ToPascalCase(qualifier!, "");
            if (suffix.StartsWith("@", StringComparison.Ordinal)) return "";
            return suffix.StartsWith("_", StringComparison.Ordinal) ? suffix.Substring(1) : suffix; // "_2019" after a base name needs no underscore
        }

        /// <summary>A file's name without folder and extension ("seeds/2019/minsk.txt" → "minsk").</summary>
        public static string FileStem(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            string name = path.Substring(slash + 1);
            int dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(0, dot) : name;
        }
    }
}
