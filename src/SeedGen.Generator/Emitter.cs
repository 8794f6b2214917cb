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
    /// Model → C# text. Every generated member keeps its hover documentation; the values behind it are data, not code:
    /// each chunk class holds its strings (<see cref="DataTable"/>, constants in the metadata blob heap, never the user-string heap)
    /// and one row of integers per record, and the runtime library's chunk (<c>SeedGen.Internal.EventChunk</c> …, ReadyToRun in the
    /// package) reads them from the assembly's metadata and builds a record from its row the first time it is touched: on a first
    /// access only the member, its chunk's <c>Get</c> and the corpus's <c>__Links</c> constructor are JIT-compiled.
    /// Links to other records go through the scopes' <c>Find</c> (<c>__Links</c>) on first use, so touching one record builds only it.
    /// </summary>
    internal static class Emitter
    {
        /// <summary>The generator's version (its assembly's), for <c>[GeneratedCode]</c>.</summary>
        public static readonly string Version = typeof(Emitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
        private const string Rt = "global::SeedGen.";
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        // Row widths of the generated tables (the __Data helpers read the same layout).
        internal const int ArticleRow = 10, StatementRow = 11, EventRow = 16, SourceRow = 4, PersonRow = 10, PlaceRow = 8, OrganizationRow = 5;

        // ---------- articles and their statements ----------

        public static string EmitArticles(Chunk<ArticleEmitModel> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            string cls = "__A" + m.Index.ToString(Inv);
            var table = new DataTable();
            var articleRows = new List<int>();
            var statementRows = new List<int>();

            w.Open("partial class Articles");
            int local = 0;
            foreach (var em in m.Items)
            {
                var a = em.Article;
                var r = em.Ref!;
                w.Line("/// <summary>" + Escaping.Xml(a.Title) + "</summary>");
                var remarks = new StringBuilder();
                remarks.Append(Escaping.Xml(a.File)).Append('.');
                if (!a.Published.IsNone) remarks.Append(" Published ").Append(a.Published.ToIso()).Append('.');
                if (a.Source != null) remarks.Append(" Source: ").Append(Escaping.Xml(a.Source, 200)).Append('.');
                remarks.Append(' ').Append(a.Events.Count.ToString(Inv)).Append(a.Events.Count == 1 ? " event, " : " events, ")
                    .Append(a.Statements.Count.ToString(Inv)).Append(a.Statements.Count == 1 ? " statement." : " statements.");
                w.Line("/// <remarks>" + remarks + "</remarks>");
                w.Line("public static " + Rt + "Article " + r.Id + " => " + cls + ".GetArticle(" + (local++).ToString(Inv) + ");");
            }
            w.Close();

            w.Line();
            w.Open("partial class Statements");
            int statementLocal = 0;
            local = 0;
            foreach (var em in m.Items)
            {
                var a = em.Article;
                var r = em.Ref!;
                var events = new Dictionary<string, EventLabel>(StringComparer.Ordinal);
                foreach (var e in em.EventLabels) events[e.Id] = e;
                var people = new Dictionary<string, PersonLabel>(StringComparer.Ordinal);
                foreach (var p in em.SpeakerLabels) people[p.Id] = p;

                var eventIds = r.EventIds.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                int firstStatement = statementLocal;
                for (int i = 0; i < r.Statements.Count; i++)
                {
                    var s = a.Statements[i];
                    var sr = r.Statements[i];
                    string who = sr.SpeakerId != null && people.TryGetValue(sr.SpeakerId, out var p) ? p.Name : (s.Speaker ?? "Unattributed");
                    if (!m.Members) goto Row;
                    string text = s.Kind != StatementKindModel.Indirect ? "\u201C" + s.Text + "\u201D" : "(reported) " + s.Text;
                    w.Line("/// <summary>" + Escaping.Xml(who, 200) + ": " + Escaping.Xml(text) + "</summary>");
                    var rm = new StringBuilder(s.Kind == StatementKindModel.Direct ? "Direct quote" : s.Kind == StatementKindModel.Partial ? "Partial quote (quoted words inside the reporter\u2019s sentence)" : "Indirect (reported) speech");
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
                    w.Line("public static " + Rt + "Statement " + sr.Id + " => " + cls + ".GetStatement(" + statementLocal.ToString(Inv) + ");");
                Row:
                    statementLocal++;

                    statementRows.Add(table.Add(sr.Id));
                    statementRows.Add((int)s.Kind);
                    statementRows.Add(table.Add(s.Text));
                    statementRows.Add(table.Add(sr.SpeakerId));
                    statementRows.Add(table.Add(s.SpeakerText));
                    statementRows.Add(table.Add(sr.EventId));
                    statementRows.Add(local);
                    AddSource(statementRows, table, a.File, s.Span);
                }
                articleRows.Add(table.Add(r.Id));
                articleRows.Add(table.Add(a.File));
                articleRows.Add(table.Add(a.Title));
                articleRows.Add(Date(a.Published));
                articleRows.Add(table.Add(a.Source));
                articleRows.Add(table.Add(a.Url));
                articleRows.Add(table.AddRun(eventIds));
                articleRows.Add(eventIds.Count);
                articleRows.Add(firstStatement);
                articleRows.Add(r.Statements.Count);
                local++;
            }
            w.Close();

            w.Line();
            w.Open("private static class " + cls);
            table.WriteConstants(w, "D", "E");
            DataTable.WriteConstant(w, "R", DataTable.PackInts(articleRows));
            DataTable.WriteConstant(w, "T", DataTable.PackInts(statementRows));
            string q = m.Options.Nullable ? "?" : "";
            w.Line("private static " + Rt + "Internal.ArticleChunk" + q + " c;");
            w.Line("private static " + Rt + "Internal.ArticleChunk Chunk() { return c ?? " + Rt + "Internal.ArticleChunk.Of(ref c, typeof(" + cls + "), "
                + m.Items.Count.ToString(Inv) + ", " + statementLocal.ToString(Inv) + ", new __Links()); }");
            w.Line("internal static " + Rt + "Article GetArticle(int i) { return Chunk().GetArticle(i); }");
            w.Line("internal static " + Rt + "Statement GetStatement(int i) { return Chunk().GetStatement(i); }");
            w.Close();
            CloseClass(w, m.Options);
            return w.ToString();
        }

        // ---------- corpus ----------

        public static string EmitRoot(RootModel m)
        {
            var w = Header(m.Options);
            string q = m.Options.Nullable ? "?" : "";
            if (m.Options.Namespace.Length > 0) w.Open("namespace " + m.Options.Namespace);
            w.Line("/// <summary>Typed data that SeedGen compiled from " + m.Articles.ToString(Inv) + (m.Articles == 1 ? " article: " : " articles: ")
                + m.Events.ToString(Inv) + " events, " + m.Statements.ToString(Inv) + " statements, "
                + m.People.ToString(Inv) + " people. Nothing is parsed at run time.</summary>");
            w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"SeedGen\", \"" + Version + "\")]");
            w.Open("public static partial class " + m.Options.ClassName);
            foreach (var (scope, doc) in new[]
            {
                ("Articles", "The articles of the corpus, in file order."),
                ("Statements", "Statements (direct quotes and reported speech), by article in file order, then in text order."),
                ("Events", "Events (meetings, conferences, visits, sessions, elections, talks), merged across articles."),
                ("People", "People, one record per real person across the corpus whatever the spelling."),
                ("Places", "Places where events were held."),
                ("Organizations", "Organisations named in the articles."),
            })
            {
                w.Line("/// <summary>" + doc + "</summary>");
                w.Line("public static partial class " + scope + " { }");
                w.Line();
            }
            w.Line("/// <summary>How the records of one scope reach the others: through the scopes' <c>Find</c>, on first use.</summary>");
            w.Open("private sealed class __Links : " + Rt + "Internal.Links");
            foreach (var (type, scope) in new[] { ("Event", "Events"), ("Person", "People"), ("Place", "Places"), ("Statement", "Statements"), ("Article", "Articles") })
                w.Line("public override " + Rt + type + q + " Find" + type + "(string id) { return __" + scope + "Index.Find(id); }");
            w.Close();
            w.Line();
            w.Open("private static class __Data");
            foreach (var line in HelperSource.Replace("{Q}", q).Split('\n'))
                w.Line(line.Length == 0 ? "" : line);
            w.Line("/// <summary>A kind is stored as its number: this fails to compile if the runtime's kinds ever differ from the generator's.</summary>");
            w.Line("private const byte KindsMatch = (byte)(255 + (" + string.Join(" | ", new[] { Kinds<EventKindModel>("EventKind"), Kinds<PlaceKindModel>("PlaceKind"),
                Kinds<StatementKindModel>("StatementKind") }) + "));");
            w.Close();
            w.Close();
            if (m.Options.Namespace.Length > 0) w.Close();
            return w.ToString();
        }

        /// <summary>Each runtime enum value of the model enum's names against the model's number (<c>(int)X.A ^ 0 | (int)X.B ^ 1 …</c>,
        /// zero when all match): the generated code then fails to compile rather than map a kind wrongly if they ever diverge.</summary>
        private static string Kinds<T>(string runtime) where T : struct, Enum =>
            string.Join(" | ", ((T[])Enum.GetValues(typeof(T))).OrderBy(v => Convert.ToInt32(v, Inv)).Select(v =>
                "((int)" + Rt + runtime + "." + v.ToString() + " ^ " + Convert.ToInt32(v, Inv).ToString(Inv) + ")"));

        /// <summary>A scope's <c>All</c> list and <c>Find</c>: the identifiers (data) and each record's chunk and position.</summary>
        public static string EmitIndex(ScopeIndex m)
        {
            var w = Header(m.Options);
            string q = m.Options.Nullable ? "?" : "";
            string type = Rt + m.Type;
            string cls = "__" + m.Scope + "Index";
            OpenClass(w, m.Options);
            w.Open("partial class " + m.Scope);
            w.Line("/// <summary>" + m.Doc + "</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All => " + cls + ".All();");
            w.Line("/// <summary>The record whose <c>Id</c> (the member name you see in the editor) is <paramref name=\"id\"/>; null when there is none.");
            w.Line("/// Builds that record only (and the look-up of identifiers on first use).</summary>");
            w.Line("/// <param name=\"id\">A generated member name.</param>");
            w.Line("public static " + type + q + " Find(string id) => " + cls + ".Find(id);");
            w.Close();
            w.Line();
            w.Open("private static class " + cls);
            var table = new DataTable();
            foreach (var id in m.Ids) table.AddRun(new[] { id });
            table.Write(w, cls, "D", "E");
            DataTable.WriteInts(w, cls, "P", m.Places);
            // Find's hash table: the identifiers' positions grouped by bucket (FNV-1a of the identifier), and where each bucket starts
            var (starts, order) = Buckets(m.Ids);
            DataTable.WriteInts(w, cls, "H", starts);
            DataTable.WriteInts(w, cls, "O", order);
            w.Line("private static " + type + "[]" + q + " all;");
            w.Open("private static " + type + q + " Get(int p)");
            w.Line("switch (p >> 20)");
            w.Line("{");
            w.Indent++;
            for (int k = 0; k < m.Chunks; k++)
                w.Line("case " + k.ToString(Inv) + ": return " + m.ChunkClass + k.ToString(Inv) + "." + m.Getter + "(p & 0xFFFFF);");
            w.Line("default: throw new global::System.ArgumentOutOfRangeException(\"p\");");
            w.Indent--;
            w.Line("}");
            w.Close();
            w.Open("internal static global::System.Collections.Generic.IReadOnlyList<" + type + "> All()");
            w.Line("var a = all;");
            w.Line("if (a != null) return a;");
            w.Line("var list = new global::System.Collections.Generic.List<" + type + ">(P.Length);");
            w.Open("for (int i = 0; i < P.Length; i++)");
            w.Line("var x = Get(P[i]);");
            w.Line("if (x != null) list.Add(x);");
            w.Close();
            w.Line("a = list.ToArray();");
            w.Line("all = a;");
            w.Line("return a;");
            w.Close();
            w.Open("internal static " + type + q + " Find(string id)");
            w.Line("if (id == null) return null;");
            w.Line("int h = (int)(__Data.Hash(id) & (uint)(H.Length - 2));");
            w.Open("for (int j = H[h]; j < H[h + 1]; j++)");
            w.Line("int i = O[j];");
            w.Line("if (__Data.Is(D, E, i, id)) return Get(P[i]);");
            w.Close();
            w.Line("return null;");
            w.Close();
            w.Close();
            CloseClass(w, m.Options);
            return w.ToString();
        }

        /// <summary>A hash table over identifiers for the generated <c>Find</c>: a power-of-two number of buckets (at least the
        /// number of identifiers), each identifier's position in its bucket's run of <c>order</c> (positions in list order), and
        /// where each bucket's run starts (one more entry than buckets). Find then decodes the one or two identifiers of its bucket.</summary>
        internal static (List<int> Starts, List<int> Order) Buckets(IReadOnlyList<string> ids)
        {
            int buckets = 1;
            while (buckets < ids.Count) buckets *= 2;
            var count = new int[buckets + 1];
            var bucketOf = new int[ids.Count];
            for (int i = 0; i < ids.Count; i++) count[(bucketOf[i] = (int)(CorpusPlan.Fnv(ids[i]) & (uint)(buckets - 1))) + 1]++;
            for (int b = 0; b < buckets; b++) count[b + 1] += count[b];
            var starts = count.ToList();
            var next = (int[])count.Clone();
            var order = new int[ids.Count];
            for (int i = 0; i < ids.Count; i++) order[next[bucketOf[i]]++] = i;
            return (starts, order.ToList());
        }

        public static string EmitEvents(Chunk<EventEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            string cls = "__E" + m.Index.ToString(Inv);
            var table = new DataTable();
            var rows = new List<int>();
            var sources = new List<int>();
            w.Open("partial class Events");
            int local = 0;
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
                w.Line("public static " + Rt + "Event " + e.Id + " => " + cls + ".Get(" + (local++).ToString(Inv) + ");");

                rows.Add(table.Add(e.Id));
                rows.Add(table.Add(e.Name));
                rows.Add((int)e.Kind);
                rows.Add(Date(e.Start));
                rows.Add(Date(e.End));
                rows.Add(table.Add(e.LocationId));
                AddRun(rows, table, e.ParticipantIds);
                AddRun(rows, table, e.Aliases);
                rows.Add(sources.Count / SourceRow);
                rows.Add(e.Sources.Count);
                foreach (var s in e.Sources) AddSource(sources, table, s.File, s.Span);
                AddRun(rows, table, x.StatementIds);
                AddRun(rows, table, x.ArticleIds);
            }
            return CloseScopeChunk(w, m.Options, cls, table, rows, sources, "Event", m.Items.Count);
        }

        public static string EmitPeople(Chunk<PersonEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            string cls = "__P" + m.Index.ToString(Inv);
            var table = new DataTable();
            var rows = new List<int>();
            w.Open("partial class People");
            int local = 0;
            foreach (var x in m.Items)
            {
                var p = x.Person;
                w.Line("/// <summary>" + Escaping.Xml(p.Name, 300) + (p.Role != null ? ", " + Escaping.Xml(p.Role, 200) : "") + ".</summary>");
                int n = x.StatementIds.Count;
                var rm = new StringBuilder(n.ToString(Inv)).Append(n == 1 ? " statement" : " statements");
                if (p.Aliases.Count > 0) rm.Append("; also written ").Append(Escaping.Xml(string.Join(", ", p.Aliases), 600));
                w.Line("/// <remarks>" + rm + ".</remarks>");
                w.Line("public static " + Rt + "Person " + p.Id + " => " + cls + ".Get(" + (local++).ToString(Inv) + ");");
                rows.Add(table.Add(p.Id));
                rows.Add(table.Add(p.Name));
                AddRun(rows, table, p.Aliases);
                rows.Add(table.Add(p.Role));
                rows.Add(table.Add(p.Country));
                AddRun(rows, table, x.StatementIds);
                AddRun(rows, table, x.EventIds);
            }
            return CloseScopeChunk(w, m.Options, cls, table, rows, null, "Person", m.Items.Count);
        }

        public static string EmitPlaces(Chunk<PlaceEmit> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            string cls = "__L" + m.Index.ToString(Inv);
            var table = new DataTable();
            var rows = new List<int>();
            w.Open("partial class Places");
            int local = 0;
            foreach (var x in m.Items)
            {
                var p = x.Place;
                w.Line("/// <summary>" + Escaping.Xml(p.Name, 300) + " (" + p.Kind.ToString().ToLowerInvariant() + (p.Country != null ? ", " + Escaping.Xml(p.Country, 200) : "") + ").</summary>");
                int n = x.EventIds.Count;
                w.Line("/// <remarks>" + n.ToString(Inv) + (n == 1 ? " event" : " events") + " held here.</remarks>");
                w.Line("public static " + Rt + "Place " + p.Id + " => " + cls + ".Get(" + (local++).ToString(Inv) + ");");
                rows.Add(table.Add(p.Id));
                rows.Add(table.Add(p.Name));
                rows.Add((int)p.Kind);
                rows.Add(table.Add(p.Country));
                AddRun(rows, table, p.Aliases);
                AddRun(rows, table, x.EventIds);
            }
            return CloseScopeChunk(w, m.Options, cls, table, rows, null, "Place", m.Items.Count);
        }

        public static string EmitOrganizations(Chunk<CorpusOrganizationModel> m)
        {
            var w = Header(m.Options);
            OpenClass(w, m.Options);
            string cls = "__O" + m.Index.ToString(Inv);
            var table = new DataTable();
            var rows = new List<int>();
            w.Open("partial class Organizations");
            int local = 0;
            foreach (var o in m.Items)
            {
                w.Line("/// <summary>" + Escaping.Xml(o.Name, 300) + (o.Abbreviation != null ? " (" + Escaping.Xml(o.Abbreviation, 50) + ")" : "") + ".</summary>");
                w.Line("public static " + Rt + "Organization " + o.Id + " => " + cls + ".Get(" + (local++).ToString(Inv) + ");");
                rows.Add(table.Add(o.Id));
                rows.Add(table.Add(o.Name));
                rows.Add(table.Add(o.Abbreviation));
                AddRun(rows, table, o.Aliases);
            }
            return CloseScopeChunk(w, m.Options, cls, table, rows, null, "Organization", m.Items.Count);
        }

        /// <summary>A file that keeps the project compiling when emitting a unit failed (reported as SG0901): the same classes and
        /// entry points, with no records.</summary>
        public static string EmitFallback(IEmitUnit unit)
        {
            var o = unit.Options;
            switch (unit)
            {
                case RootModel _:
                    return EmitRoot(new RootModel(o, 0, 0, 0, 0));
                case ScopeIndex index:
                    return EmitIndex(index with { Ids = EquatableArray<string>.Empty, Places = EquatableArray<int>.Empty });
                case Chunk<ArticleEmitModel> a:
                    return Stub(o, "__A" + a.Index.ToString(Inv), ("Article", "GetArticle"), ("Statement", "GetStatement"));
                case Chunk<EventEmit> e:
                    return Stub(o, "__E" + e.Index.ToString(Inv), ("Event", "Get"));
                case Chunk<PersonEmit> p:
                    return Stub(o, "__P" + p.Index.ToString(Inv), ("Person", "Get"));
                case Chunk<PlaceEmit> l:
                    return Stub(o, "__L" + l.Index.ToString(Inv), ("Place", "Get"));
                case Chunk<CorpusOrganizationModel> g:
                    return Stub(o, "__O" + g.Index.ToString(Inv), ("Organization", "Get"));
                default:
                    return Header(o).ToString();
            }
        }

        /// <summary>A chunk class with no records: its getters return null, which the index skips.</summary>
        private static string Stub(GeneratorOptions o, string cls, params (string Type, string Getter)[] getters)
        {
            var w = Header(o);
            OpenClass(w, o);
            w.Open("private static class " + cls);
            foreach (var (type, getter) in getters)
                w.Line("internal static " + Rt + type + (o.Nullable ? "?" : "") + " " + getter + "(int i) { return null; }");
            w.Close();
            CloseClass(w, o);
            return w.ToString();
        }

        // ---------- pieces ----------

        /// <summary>The helpers every chunk uses: string decoding, look-ups, record construction from rows, publication of the one
        /// instance per record. Plain C# 7.3; <c>{Q}</c> is <c>?</c> where nullable annotations are available.</summary>
        private const string HelperSource = @"/// <summary>String <paramref name=""i""/> of a table: UTF-8 (lone surrogates as three bytes) packed two bytes a character.</summary>
internal static string S(string d, Ints e, int i)
{
    int k = i == 0 ? 0 : e[i - 1];
    int end = e[i];
    var c = new char[end - k];
    int n = 0;
    while (k < end)
    {
        int x = B(d, k++);
        if (x < 0x80) c[n++] = (char)x;
        else if (x < 0xE0) { c[n++] = (char)(((x & 0x1F) << 6) | (B(d, k) & 0x3F)); k += 1; }
        else if (x < 0xF0) { c[n++] = (char)(((x & 0x0F) << 12) | ((B(d, k) & 0x3F) << 6) | (B(d, k + 1) & 0x3F)); k += 2; }
        else
        {
            int cp = (((x & 0x07) << 18) | ((B(d, k) & 0x3F) << 12) | ((B(d, k + 1) & 0x3F) << 6) | (B(d, k + 2) & 0x3F)) - 0x10000;
            k += 3;
            c[n++] = (char)(0xD800 + (cp >> 10));
            c[n++] = (char)(0xDC00 + (cp & 0x3FF));
        }
    }
    return new string(c, 0, n);
}

private static int B(string d, int k)
{
    int c = d[k >> 1];
    return (k & 1) == 0 ? c & 0xFF : c >> 8;
}

/// <summary>The value of the constant <paramref name=""name""/> of <paramref name=""type""/> (read once per class: naming the
/// constant in code would copy it to the user-string heap).</summary>
internal static string C(
#if NET5_0_OR_GREATER
    [global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
    global::System.Type type, string name)
{
    return global::SeedGen.Internal.Data.Constant(type, name);
}

/// <summary>Integers stored two characters each (low half first).</summary>
internal struct Ints
{
    private readonly string v;

    internal Ints(string v)
    {
        this.v = v;
    }

    internal int Length
    {
        get { return v.Length >> 1; }
    }

    internal int this[int i]
    {
        get { return v[2 * i] | (v[2 * i + 1] << 16); }
    }
}

/// <summary>FNV-1a over the UTF-16 code units, as the generator hashes identifiers for Find.</summary>
internal static uint Hash(string s)
{
    uint h = 2166136261;
    for (int i = 0; i < s.Length; i++) h = unchecked((h ^ s[i]) * 16777619);
    return h;
}

/// <summary>Whether string <paramref name=""i""/> of a table is <paramref name=""s""/>.</summary>
internal static bool Is(string d, Ints e, int i, string s)
{
    return string.Equals(S(d, e, i), s, global::System.StringComparison.Ordinal);
}
";

        /// <summary>The end of a scope's chunk file: the chunk's data class (strings, one row of integers per record, and for
        /// events their sources), its record slots and its <c>Get</c>, then the closing braces.</summary>
        private static string CloseScopeChunk(SourceWriter w, GeneratorOptions o, string cls, DataTable table, List<int> rows, List<int>? sources, string kind, int count)
        {
            w.Close();
            w.Line();
            w.Open("private static class " + cls);
            table.WriteConstants(w, "D", "E");
            DataTable.WriteConstant(w, "R", DataTable.PackInts(rows));
            if (sources != null) DataTable.WriteConstant(w, "U", DataTable.PackInts(sources));
            string chunk = Rt + "Internal." + kind + "Chunk";
            w.Line("private static " + chunk + (o.Nullable ? "?" : "") + " c;");
            w.Line("internal static " + Rt + kind + " Get(int i) { return (c ?? " + chunk + ".Of(ref c, typeof(" + cls + "), " + count.ToString(Inv) + ", new __Links())).Get(i); }");
            w.Close();
            CloseClass(w, o);
            return w.ToString();
        }

        private static void AddRun(List<int> rows, DataTable table, IReadOnlyList<string> items)
        {
            rows.Add(table.AddRun(items));
            rows.Add(items.Count);
        }

        private static void AddSource(List<int> rows, DataTable table, string file, SourceSpan s)
        {
            rows.Add(table.Add(file));
            rows.Add(Math.Max(1, s.Line));
            rows.Add(Math.Max(1, s.Column));
            rows.Add(s.Length);
        }

        /// <summary>A date as one number, year * 10000 + month * 100 + day (0 for an unknown part; 0 for no date).</summary>
        internal static int Date(DateValue d) => d.IsNone ? 0 : d.Year * 10000 + d.Month * 100 + d.Day;

        private static SourceWriter Header(GeneratorOptions o)
        {
            var w = new SourceWriter();
            w.Line("// <auto-generated/>");
            w.Line("// Generated by SeedGen from article files. Do not edit: change the article or its .seedgen.yaml instead.");
            // annotations on, warnings off (as System.Text.Json's generator does): the public members keep their nullable annotations,
            // and the compiler runs no nullable flow analysis over the thousands of generated bodies, which annotations alone do not
            // stop in a project with <Nullable>enable</Nullable> (compiling 1,000 distinct articles' code: 10.6-11.0 -> 8.0-9.7 CPU-s)
            if (o.Nullable)
            {
                w.Line("#nullable enable annotations");
                w.Line("#nullable disable warnings");
            }
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

        /// <summary>Human-readable dates for docs: "2018-10-30 to 2018-11-01", "2018-05", or empty.</summary>
        internal static string DateText(DateValue start, DateValue end)
        {
            string? s = start.ToIso(), e = end.ToIso();
            if (s == null && e == null) return "";
            if (s == null) return "until " + e;
            if (e == null || e == s) return s;
            return s + " to " + e;
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
