using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Generator
{
    /// <summary>
    /// Model → C# text. One file per article (the article record and its statements) and corpus files (events, people,
    /// places, organisations, the All lists). Records live in one private holder class each, so touching one record builds
    /// only it and what it points up to; lists that point down the graph are built on first use by the runtime types.
    /// </summary>
    internal static class Emitter
    {
        public const string Version = "0.1.0";
        private const string Rt = "global::SeedGen.";
        private const int Chunk = 500;
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        // ---------- per article ----------

        public static string EmitArticle(ArticleEmitModel m)
        {
            var a = m.Article;
            var r = m.Ref;
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            if (r is null)
            {
                CloseClass(w, m.Options);
                return w.ToString();
            }

            var events = m.EventLabels.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var people = m.SpeakerLabels.ToDictionary(p => p.Id, StringComparer.Ordinal);

            // Articles.X
            w.Open("partial class Articles");
            w.Line("/// <summary>" + Escaping.Xml(a.Title) + "</summary>");
            var remarks = new StringBuilder();
            remarks.Append(Escaping.Xml(a.File)).Append('.');
            if (!a.Published.IsNone) remarks.Append(" Published ").Append(a.Published.ToIso()).Append('.');
            if (a.Source != null) remarks.Append(" Source: ").Append(Escaping.Xml(a.Source, 200)).Append('.');
            remarks.Append(' ').Append(a.Events.Count.ToString(Inv)).Append(a.Events.Count == 1 ? " event, " : " events, ")
                .Append(a.Statements.Count.ToString(Inv)).Append(a.Statements.Count == 1 ? " statement." : " statements.");
            w.Line("/// <remarks>" + remarks + "</remarks>");
            w.Line("public static " + Rt + "Article " + r.Id + " => " + HolderName("A", r.Id) + ".Value;");
            w.Close();

            // Statements.X
            if (a.Statements.Count > 0)
            {
                w.Line();
                w.Open("partial class Statements");
                for (int i = 0; i < a.Statements.Count && i < r.Statements.Count; i++)
                {
                    var s = a.Statements[i];
                    var sr = r.Statements[i];
                    string who = sr.SpeakerId != null && people.TryGetValue(sr.SpeakerId, out var p) ? p.Name : (s.Speaker ?? "Unattributed");
                    string text = s.Kind == StatementKindModel.Direct ? "\u201C" + s.Text + "\u201D" : "(reported) " + s.Text;
                    w.Line("/// <summary>" + Escaping.Xml(who, 200) + ": " + Escaping.Xml(text) + "</summary>");
                    var rm = new StringBuilder(s.Kind == StatementKindModel.Direct ? "Direct quote" : "Indirect (reported) speech");
                    if (s.SpeakerText != null && !string.Equals(s.SpeakerText, who, StringComparison.Ordinal))
                        rm.Append("; the article names the speaker \u201C").Append(Escaping.Xml(s.SpeakerText, 200)).Append("\u201D");
                    if (sr.EventId != null && events.TryGetValue(sr.EventId, out var ev))
                    {
                        rm.Append(", at ").Append(Escaping.Xml(ev.Name, 300));
                        if (ev.Dates.Length > 0 || ev.Place != null)
                            rm.Append(" (").Append(string.Join(", ", new[] { ev.Dates, Escaping.Xml(ev.Place, 200) }.Where(x => !string.IsNullOrEmpty(x)))).Append(')');
                    }
                    rm.Append(". ").Append(Escaping.Xml(a.File, 300)).Append(", line ").Append(s.Span.Line.ToString(Inv)).Append('.');
                    w.Line("/// <remarks>" + rm + "</remarks>");
                    w.Line("public static " + Rt + "Statement " + sr.Id + " => " + HolderName("S", sr.Id) + ".Value;");
                }
                w.Close();
            }

            // Holders.
            w.Line();
            w.Open("private static class " + HolderName("A", r.Id));
            w.Line("internal static readonly " + Rt + "Article Value = new " + Rt + "Article(");
            w.Indent++;
            w.Line(Escaping.Literal(r.Id) + ", " + Escaping.Literal(a.File) + ", " + Escaping.Literal(a.Title) + ", " + Date(a.Published) + ", "
                + Escaping.Literal(a.Source) + ", " + Escaping.Literal(a.Url) + ",");
            w.Line("() => " + Array("Event", r.EventIds.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Select(e => HolderName("E", e) + ".Value")) + ",");
            w.Line("Statements);");
            w.Indent--;
            w.Line("internal static " + Rt + "Statement[] Statements() => " + Array("Statement", r.Statements.Select(s => HolderName("S", s.Id) + ".Value")) + ";");
            w.Close();
            for (int i = 0; i < a.Statements.Count && i < r.Statements.Count; i++)
            {
                var s = a.Statements[i];
                var sr = r.Statements[i];
                w.Open("private static class " + HolderName("S", sr.Id));
                w.Line("internal static readonly " + Rt + "Statement Value = new " + Rt + "Statement(");
                w.Indent++;
                w.Line(Escaping.Literal(sr.Id) + ", " + Rt + "StatementKind." + s.Kind + ",");
                w.Line(Escaping.Literal(s.Text) + ",");
                w.Line((sr.SpeakerId != null ? HolderName("P", sr.SpeakerId) + ".Value" : "null") + ", " + Escaping.Literal(s.SpeakerText) + ",");
                w.Line((sr.EventId != null ? HolderName("E", sr.EventId) + ".Value" : "null") + ", " + HolderName("A", r.Id) + ".Value,");
                w.Line(Source(a.File, s.Span) + ");");
                w.Indent--;
                w.Close();
            }
            CloseClass(w, m.Options);
            return w.ToString();
        }

        // ---------- corpus ----------

        public static string EmitRoot(RootModel m)
        {
            var w = Header(m.Options);
            if (m.Options.Namespace.Length > 0) w.Open("namespace " + m.Options.Namespace);
            w.Line("/// <summary>Typed data that SeedGen compiled from " + m.ArticleIds.Count.ToString(Inv) + (m.ArticleIds.Count == 1 ? " article: " : " articles: ")
                + m.Events.ToString(Inv) + " events, " + m.Statements.ToString(Inv) + " statements, "
                + m.People.ToString(Inv) + " people. Nothing is parsed at run time.</summary>");
            w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedGen\", \"" + Version + "\")]");
            w.Open("public static partial class " + m.Options.ClassName);

            ScopeClass(w, "Articles", "The articles of the corpus, in file order.", "Article",
                m.ArticleIds.Select(id => HolderName("A", id) + ".Value").ToList(), m.Options);
            w.Line();
            // Statements.All concatenates each article's statements (chunked: no giant method).
            w.Line("/// <summary>Statements (direct quotes and reported speech), by article in file order, then in text order.</summary>");
            w.Open("public static partial class Statements");
            w.Line("/// <summary>Every statement, by article in file order, then in text order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + "Statement> All => __All.Value;");
            FindMethod(w, "Statement", m.Options);
            w.Open("private static class __All");
            w.Line("internal static readonly " + Rt + "Statement[] Value = Build();");
            w.Open("private static " + Rt + "Statement[] Build()");
            w.Line("var list = new global::System.Collections.Generic.List<" + Rt + "Statement>(" + m.Statements.ToString(Inv) + ");");
            int chunks = (m.ArticleIds.Count + Chunk - 1) / Chunk;
            for (int k = 0; k < chunks; k++) w.Line("Add" + k.ToString(Inv) + "(list);");
            w.Line("return list.ToArray();");
            w.Close();
            for (int k = 0; k < chunks; k++)
            {
                w.Open("private static void Add" + k.ToString(Inv) + "(global::System.Collections.Generic.List<" + Rt + "Statement> list)");
                foreach (var id in m.ArticleIds.Skip(k * Chunk).Take(Chunk)) w.Line("list.AddRange(" + HolderName("A", id) + ".Statements());");
                w.Close();
            }
            w.Close();
            w.Close();
            foreach (var (scope, doc) in new[]
            {
                ("Events", "Events (meetings, conferences, visits, sessions, elections, talks), merged across articles."),
                ("People", "People, one record per real person across the corpus whatever the spelling."),
                ("Places", "Places where events were held."),
                ("Organizations", "Organisations named in the articles."),
            })
            {
                w.Line();
                w.Line("/// <summary>" + doc + "</summary>");
                w.Line("public static partial class " + scope + " { }");
            }
            w.Close();
            if (m.Options.Namespace.Length > 0) w.Close();
            return w.ToString();
        }

        /// <summary>A scope's <c>All</c> list and <c>Find</c>, pointing at the records' holders in the chunk files.</summary>
        public static string EmitIndex(ScopeIndex m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            w.Open("partial class " + m.Scope);
            ListAndFind(w, m.Type, m.Doc, m.Ids.Select(id => HolderName(m.Prefix, id) + ".Value").ToList(), m.Options);
            w.Close();
            CloseClass(w, m.Options);
            return w.ToString();
        }

        public static string EmitEvents(Chunk<EventEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            w.Open("partial class Events");
            foreach (var x in m.Items)
            {
                var e = x.Event;
                string dates = DateText(e.Start, e.End);
                string place = x.PlaceName ?? "";
                var summary = new StringBuilder(Escaping.Xml(e.Name, 400)).Append(" \u2014 ").Append(e.Kind.ToString().ToLowerInvariant());
                if (dates.Length > 0) summary.Append(", ").Append(dates);
                if (place.Length > 0) summary.Append(", ").Append(Escaping.Xml(place, 200));
                w.Line("/// <summary>" + summary + ".</summary>");
                var rm = new StringBuilder();
                if (x.ParticipantNames.Count > 0)
                    rm.Append("Participants: ").Append(Escaping.Xml(string.Join(", ", x.ParticipantNames), 600)).Append(". ");
                rm.Append("Reported in ").Append(Escaping.Xml(string.Join("; ", e.Sources.GroupBy(s => s.File, StringComparer.Ordinal)
                    .Select(g => g.Key + " line " + g.First().Span.Line.ToString(Inv))), 800)).Append('.');
                w.Line("/// <remarks>" + rm + "</remarks>");
                w.Line("public static " + Rt + "Event " + e.Id + " => " + HolderName("E", e.Id) + ".Value;");
            }
            w.Close();

            foreach (var x in m.Items)
            {
                var e = x.Event;
                w.Open("private static class " + HolderName("E", e.Id));
                w.Line("internal static readonly " + Rt + "Event Value = new " + Rt + "Event(");
                w.Indent++;
                w.Line(Escaping.Literal(e.Id) + ", " + Escaping.Literal(e.Name) + ", " + Rt + "EventKind." + e.Kind + ",");
                w.Line("new " + Rt + "DateSpan(" + Date(e.Start) + ", " + Date(e.End) + "),");
                // place and participants on first use: touching one event constructs that event only
                // (always a lambda for the place: it selects the constructor that takes factories, whatever the other arguments)
                w.Line("() => " + (e.LocationId != null ? HolderName("L", e.LocationId) + ".Value" : "null") + ",");
                w.Line((e.ParticipantIds.Count > 0 ? "() => " + Array("Person", e.ParticipantIds.Select(p => HolderName("P", p) + ".Value")) : "null") + ",");
                w.Line(Strings(e.Aliases) + ",");
                w.Line(Array("SourceRef", e.Sources.Select(s => Source(s.File, s.Span))) + ",");
                w.Line("() => " + Array("Statement", x.StatementIds.Select(s => HolderName("S", s) + ".Value")) + ",");
                w.Line("() => " + Array("Article", x.ArticleIds.Select(a => HolderName("A", a) + ".Value")) + ");");
                w.Indent--;
                w.Close();
            }
            CloseClass(w, m.Options);
            return w.ToString();
        }

        public static string EmitPeople(Chunk<PersonEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            w.Open("partial class People");
            foreach (var x in m.Items)
            {
                var p = x.Person;
                w.Line("/// <summary>" + Escaping.Xml(p.Name, 300) + (p.Role != null ? ", " + Escaping.Xml(p.Role, 200) : "") + ".</summary>");
                int n = x.StatementIds.Count;
                var rm = new StringBuilder(n.ToString(Inv)).Append(n == 1 ? " statement" : " statements");
                if (p.Aliases.Count > 0) rm.Append("; also written ").Append(Escaping.Xml(string.Join(", ", p.Aliases), 600));
                w.Line("/// <remarks>" + rm + ".</remarks>");
                w.Line("public static " + Rt + "Person " + p.Id + " => " + HolderName("P", p.Id) + ".Value;");
            }
            w.Close();
            foreach (var x in m.Items)
            {
                var p = x.Person;
                w.Open("private static class " + HolderName("P", p.Id));
                w.Line("internal static readonly " + Rt + "Person Value = new " + Rt + "Person(");
                w.Indent++;
                w.Line(Escaping.Literal(p.Id) + ", " + Escaping.Literal(p.Name) + ", " + Strings(p.Aliases) + ", " + Escaping.Literal(p.Role) + ", " + Escaping.Literal(p.Country) + ",");
                w.Line("() => " + Array("Statement", x.StatementIds.Select(s => HolderName("S", s) + ".Value")) + ",");
                w.Line("() => " + Array("Event", x.EventIds.Select(e => HolderName("E", e) + ".Value")) + ");");
                w.Indent--;
                w.Close();
            }
            CloseClass(w, m.Options);
            return w.ToString();
        }

        public static string EmitPlaces(Chunk<PlaceEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            w.Open("partial class Places");
            foreach (var x in m.Items)
            {
                var p = x.Place;
                w.Line("/// <summary>" + Escaping.Xml(p.Name, 300) + " (" + p.Kind.ToString().ToLowerInvariant() + (p.Country != null ? ", " + Escaping.Xml(p.Country, 200) : "") + ").</summary>");
                int n = x.EventIds.Count;
                w.Line("/// <remarks>" + n.ToString(Inv) + (n == 1 ? " event" : " events") + " held here.</remarks>");
                w.Line("public static " + Rt + "Place " + p.Id + " => " + HolderName("L", p.Id) + ".Value;");
            }
            w.Close();
            foreach (var x in m.Items)
            {
                var p = x.Place;
                w.Open("private static class " + HolderName("L", p.Id));
                w.Line("internal static readonly " + Rt + "Place Value = new " + Rt + "Place(");
                w.Indent++;
                w.Line(Escaping.Literal(p.Id) + ", " + Escaping.Literal(p.Name) + ", " + Rt + "PlaceKind." + p.Kind + ", " + Escaping.Literal(p.Country) + ", " + Strings(p.Aliases) + ",");
                w.Line("() => " + Array("Event", x.EventIds.Select(e => HolderName("E", e) + ".Value")) + ");");
                w.Indent--;
                w.Close();
            }
            CloseClass(w, m.Options);
            return w.ToString();
        }

        public static string EmitOrganizations(Chunk<CorpusOrganizationModel> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            w.Open("partial class Organizations");
            foreach (var o in m.Items)
            {
                w.Line("/// <summary>" + Escaping.Xml(o.Name, 300) + (o.Abbreviation != null ? " (" + Escaping.Xml(o.Abbreviation, 50) + ")" : "") + ".</summary>");
                w.Line("public static " + Rt + "Organization " + o.Id + " => " + HolderName("O", o.Id) + ".Value;");
            }
            w.Close();
            foreach (var o in m.Items)
            {
                w.Open("private static class " + HolderName("O", o.Id));
                w.Line("internal static readonly " + Rt + "Organization Value = new " + Rt + "Organization(" + Escaping.Literal(o.Id) + ", " + Escaping.Literal(o.Name) + ", "
                    + Escaping.Literal(o.Abbreviation) + ", " + Strings(o.Aliases) + ");");
                w.Close();
            }
            CloseClass(w, m.Options);
            return w.ToString();
        }

        // ---------- pieces ----------

        private static void ScopeClass(SourceWriter w, string scope, string doc, string type, List<string> values, GeneratorOptions o)
        {
            w.Line("/// <summary>" + doc + "</summary>");
            w.Open("public static partial class " + scope);
            ListAndFind(w, type, doc, values, o);
            w.Close();
        }

        /// <summary>The <c>All</c> list (built on first use, chunked) and <c>Find(id)</c>.</summary>
        private static void ListAndFind(SourceWriter w, string type, string doc, List<string> values, GeneratorOptions o)
        {
            w.Line("/// <summary>" + doc + "</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Rt + type + "> All => __All.Value;");
            FindMethod(w, type, o);
            w.Open("private static class __All");
            w.Line("internal static readonly " + Rt + type + "[] Value = Build();");
            w.Open("private static " + Rt + type + "[] Build()");
            w.Line("var a = new " + Rt + type + "[" + values.Count.ToString(Inv) + "];");
            int chunks = (values.Count + Chunk - 1) / Chunk;
            for (int k = 0; k < chunks; k++) w.Line("Fill" + k.ToString(Inv) + "(a);");
            w.Line("return a;");
            w.Close();
            for (int k = 0; k < chunks; k++)
            {
                w.Open("private static void Fill" + k.ToString(Inv) + "(" + Rt + type + "[] a)");
                for (int i = k * Chunk; i < Math.Min(values.Count, (k + 1) * Chunk); i++) w.Line("a[" + i.ToString(Inv) + "] = " + values[i] + ";");
                w.Close();
            }
            w.Close();
        }

        private static void FindMethod(SourceWriter w, string type, GeneratorOptions o)
        {
            w.Line("/// <summary>The record whose <c>Id</c> (the member name you see in the editor) is <paramref name=\"id\"/>; null when there is none.</summary>");
            w.Line("/// <param name=\"id\">A generated member name.</param>");
            w.Open("public static " + Rt + type + (o.Nullable ? "?" : "") + " Find(string id)");
            w.Line("if (id is null) return null;");
            w.Line("return __Index.Value.TryGetValue(id, out var value) ? value : null;");
            w.Close();
            w.Open("private static class __Index");
            w.Line("internal static readonly global::System.Collections.Generic.Dictionary<string, " + Rt + type + "> Value = Build();");
            w.Open("private static global::System.Collections.Generic.Dictionary<string, " + Rt + type + "> Build()");
            w.Line("var d = new global::System.Collections.Generic.Dictionary<string, " + Rt + type + ">(global::System.StringComparer.Ordinal);");
            w.Line("foreach (var item in All) d[item.Id] = item;");
            w.Line("return d;");
            w.Close();
            w.Close();
        }

        private static SourceWriter Header(GeneratorOptions o)
        {
            var w = new SourceWriter();
            w.Line("// <auto-generated/>");
            w.Line("// Generated by SeedGen from article files. Do not edit: change the article or its .seedgen.yaml instead.");
            if (o.Nullable) w.Line("#nullable enable");
            w.Line();
            return w;
        }

        private static void OpenClass(SourceWriter w, GeneratorOptions o)
        {
            if (o.Namespace.Length > 0) w.Open("namespace " + o.Namespace);
            w.Open("partial class " + o.ClassName);
        }

        private static void CloseClass(SourceWriter w, GeneratorOptions o)
        {
            w.Close();
            if (o.Namespace.Length > 0) w.Close();
        }

        internal static string HolderName(string prefix, string id) => "__" + prefix + "_" + id.TrimStart('@');

        private static string Array(string type, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return "global::System.Array.Empty<" + Rt + type + ">()";
            return "new " + Rt + type + "[] { " + string.Join(", ", list) + " }";
        }

        private static string Strings(IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count == 0) return "global::System.Array.Empty<string>()";
            return "new string[] { " + string.Join(", ", list.Select(Escaping.Literal)) + " }";
        }

        private static string Date(DateValue d)
        {
            if (d.IsNone) return "null";
            string P(int v) => v == 0 ? "null" : v.ToString(Inv);
            return "new " + Rt + "PartialDate(" + P(d.Year) + ", " + P(d.Month) + ", " + P(d.Day) + ")";
        }

        private static string Source(string file, SourceSpan s) =>
            "new " + Rt + "SourceRef(" + Escaping.Literal(file) + ", " + Math.Max(1, s.Line).ToString(Inv) + ", " + Math.Max(1, s.Column).ToString(Inv) + ", " + s.Length.ToString(Inv) + ")";

        /// <summary>Human-readable dates for docs: "2018-10-30 to 2018-11-01", "2018-05", or empty.</summary>
        internal static string DateText(DateValue start, DateValue end)
        {
            string? s = start.ToIso(), e = end.ToIso();
            if (s == null && e == null) return "";
            if (s == null) return "until " + e;
            if (e == null || e == s) return s;
            return s + " to " + e;
        }

        internal static string HintNameFor(string relativePath)
        {
            var sb = new StringBuilder("SeedGen.Article.");
            foreach (char c in relativePath)
            {
                if (c == '/' || c == '\\') sb.Append('.');
                else if (c < 128 && (char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) sb.Append(c);
                else sb.Append('_');
            }
            return sb.Append(".g.cs").ToString();
        }

        internal static string SanitizeNamespace(string ns)
        {
            var parts = ns.Split('.').Select(p => SanitizeTypeName(p.Trim())).Where(p => p.Length > 0);
            return string.Join(".", parts);
        }

        internal static string SanitizeTypeName(string name)
        {
            var sb = new StringBuilder();
            foreach (char c in name)
                if (char.IsLetterOrDigit(c) || c == '_') sb.Append(c);
            if (sb.Length == 0) return "Corpus";
            if (char.IsDigit(sb[0])) sb.Insert(0, '_');
            string s = sb.ToString();
            return Extraction.Naming.Identifiers.IsKeyword(s) ? "@" + s : s;
        }
    }
}
