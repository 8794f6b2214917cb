using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Lexicon
{
    /// <summary>A YAML file that adds to or overrides the built-in lexicon (<c>seedgen.yaml</c>, <c>*.seedgen.yaml</c>).</summary>
    public sealed record LexiconFile(string Path, string Text);

    public sealed record PersonEntry(string Name, IReadOnlyList<string> Aliases, string? Role, string? Country, IReadOnlyList<string> Titles);
    public sealed record PlaceEntry(string Name, PlaceKindModel Kind, string? Country, IReadOnlyList<string> Aliases);
    /// <param name="Demonyms">Nouns for the people of the country ("Brazilians", "Swiss"): never a person's name.</param>
    public sealed record CountryEntry(string Name, IReadOnlyList<string> Adjectives, string? Capital, IReadOnlyList<string> Aliases, IReadOnlyList<string>? Demonyms = null);
    public sealed record OrganizationEntry(string Name, string? Abbreviation, IReadOnlyList<string> Aliases);
    /// <summary>A role or title and what it implies ("head of state" implies the role "president").</summary>
    public sealed record RoleEntry(string Title, string? Implies, bool Person);
    /// <summary>A named series of events with an abbreviation ("MSC" = "Munich Security Conference").</summary>
    public sealed record EventSeriesEntry(string Name, string? Abbreviation, IReadOnlyList<string> Aliases);

    /// <summary>
    /// Word lists for extraction: the built-in defaults (embedded YAML) plus user files. Immutable; equal when built from
    /// the same texts, so the incremental generator can cache on it.
    /// </summary>
    public sealed class Lexicon : IEquatable<Lexicon>
    {
        public static readonly string[] TopLevelKeys = { "people", "places", "countries", "organizations", "roles", "events", "boilerplate", "articles", WordsKey };

        /// <summary>The top-level key of the named word lists (<c>words: { not_name: [...], titles: [...] }</c>).</summary>
        public const string WordsKey = "words";

        /// <summary>The embedded YAML parsed once per process (133 KB of YAML: the largest part of start-up), and what that
        /// parse reported; every <see cref="Create"/> starts from a copy of it instead of parsing it again.</summary>
        private static readonly Lazy<(Lexicon Lexicon, IReadOnlyList<DiagnosticModel> Diagnostics)> BuiltIn = new(LoadBuiltIn);

        /// <summary>The built-in lexicon alone.</summary>
        public static Lexicon Default => BuiltIn.Value.Lexicon;

        private readonly string _fingerprint;

        private Lexicon(string fingerprint)
        {
            _fingerprint = fingerprint;
        }

        public List<PersonEntry> People { get; } = new();
        public List<PlaceEntry> Places { get; } = new();
        public List<CountryEntry> Countries { get; } = new();
        public List<OrganizationEntry> Organizations { get; } = new();
        public List<RoleEntry> Roles { get; } = new();
        public List<EventSeriesEntry> EventSeries { get; } = new();
        public List<string> Boilerplate { get; } = new();

        // ---- named word lists (words: in the YAML): what decides a name, a title, a role, a verb of saying ----
        private readonly Dictionary<string, List<string>> _words = new(StringComparer.Ordinal);

        /// <summary>The names of the word lists defined (built-in and user), in ordinal order.</summary>
        public IReadOnlyList<string> WordListNames
        {
            get { var k = new List<string>(_words.Keys); k.Sort(StringComparer.Ordinal); return k; }
        }

        /// <summary>The words of the list <paramref name="name"/> (every file's entries, in file order); empty when none defines it.</summary>
        public IReadOnlyList<string> WordList(string name) => _words.TryGetValue(name, out var l) ? l : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>Adds words to a named list (user files extend the built-in lists; nothing is removed).</summary>
        internal void AddWords(string name, IEnumerable<string> words)
        {
            if (!_words.TryGetValue(name, out var list)) _words[name] = list = new List<string>();
            list.AddRange(words);
        }

        /// <summary>Builds a lexicon from the embedded defaults and the user files (later files override earlier entries of the same name).
        /// Bad YAML becomes a diagnostic with file, line and column; the rest of the file and the other files still count.</summary>
        public static (Lexicon Lexicon, IReadOnlyList<DiagnosticModel> Diagnostics) Create(IEnumerable<LexiconFile> userFiles)
        {
            var user = new List<LexiconFile>(userFiles);
            var builtIn = BuiltIn.Value;
            // the built-in lexicon alone: one shared instance (a lexicon is never changed once built)
            if (user.Count == 0) return (builtIn.Lexicon, builtIn.Diagnostics);
            user.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path)); // same bytes out whatever the file order

            var fp = new StringBuilder();
            foreach (var f in user) fp.Append(f.Path).Append('\0').Append(f.Text).Append('\0');
            var lex = new Lexicon(Hash(fp.ToString()));
            // the built-in entries as parsing the embedded files would add them (already de-duplicated: de-duplicating again
            // after the user files gives what one pass over all files gives, the last definition at the first one's place)
            lex.CopyFrom(builtIn.Lexicon);
            var diagnostics = new List<DiagnosticModel>(builtIn.Diagnostics);
            foreach (var f in user) LexiconYaml.Load(lex, f, diagnostics);
            lex.Freeze();
            return (lex, diagnostics);
        }

        private static (Lexicon, IReadOnlyList<DiagnosticModel>) LoadBuiltIn()
        {
            var diagnostics = new List<DiagnosticModel>();
            var asm = typeof(Lexicon).GetTypeInfo().Assembly;
            var names = new List<string>(asm.GetManifestResourceNames());
            names.Sort(StringComparer.Ordinal);
            var lex = new Lexicon(Hash(""));
            foreach (var name in names)
            {
                if (!name.StartsWith("SeedGen.Extraction.Lexicon.", StringComparison.Ordinal) || !name.EndsWith(".yaml", StringComparison.Ordinal)) continue;
                using var s = asm.GetManifestResourceStream(name)!;
                using var r = new StreamReader(s, Encoding.UTF8);
                LexiconYaml.Load(lex, new LexiconFile("(built-in)/" + name.Substring("SeedGen.Extraction.Lexicon.".Length), r.ReadToEnd()), diagnostics);
            }
            lex.Freeze();
            return (lex, diagnostics);
        }

        private void CopyFrom(Lexicon other)
        {
            People.AddRange(other.People);
            Places.AddRange(other.Places);
            Countries.AddRange(other.Countries);
            Organizations.AddRange(other.Organizations);
            Roles.AddRange(other.Roles);
            EventSeries.AddRange(other.EventSeries);
            Boilerplate.AddRange(other.Boilerplate);
            foreach (var kv in other._words) _words[kv.Key] = new List<string>(kv.Value);
        }

        private void Freeze()
        {
            // De-duplicate by name: the last definition wins (user files come after the built-in ones).
            Dedupe(People, p => p.Name);
            Dedupe(Places, p => p.Name);
            Dedupe(Countries, p => p.Name);
            Dedupe(Organizations, p => p.Name);
            Dedupe(Roles, p => p.Title);
            Dedupe(EventSeries, p => p.Name);
        }

        private static void Dedupe<T>(List<T> list, Func<T, string> key)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var result = new List<T>();
            foreach (var item in list)
            {
                if (seen.TryGetValue(key(item), out int at)) result[at] = item;
                else { seen[key(item)] = result.Count; result.Add(item); }
            }
            list.Clear();
            list.AddRange(result);
        }

        private static string Hash(string s)
        {
            using var sha = SHA256.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(s));
            var sb = new StringBuilder(64);
            foreach (var b in bytes) sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        public bool Equals(Lexicon? other) => other is not null && _fingerprint == other._fingerprint;
        public override bool Equals(object? obj) => obj is Lexicon l && Equals(l);
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_fingerprint);
    }
}
