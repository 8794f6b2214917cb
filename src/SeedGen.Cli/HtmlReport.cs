using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary>
    /// <c>seedgen report</c>: one self-contained HTML page of a corpus. Counts at the top; a timeline (dated events on a time
    /// axis, partial dates shown as such, undated events after), each event with kind, place, participants, the statements
    /// said at it and its sources; a section per person with their statements; the diagnostics. Inline CSS and one inline
    /// script (a filter box; everything else reads without JavaScript); a Content-Security-Policy that allows nothing else
    /// to load or run. Every string from an article is HTML-escaped. Same corpus → same bytes.
    /// </summary>
    internal static class HtmlReport
    {
        private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

        private static readonly string[] MonthNames =
            { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        public static void Write(LoadedCorpus loaded, Stream output)
        {
            using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            Write(loaded, w);
        }

        /// <summary>A statement with where it comes from and what the corpus linked it to.</summary>
        private sealed record Said(ArticleModel Article, StatementModel Statement, CorpusStatementRef? Ref, string? SpeakerName);

        public static void Write(LoadedCorpus loaded, TextWriter w)
        {
            var corpus = loaded.Corpus;
            var byEvent = new Dictionary<string, List<Said>>(StringComparer.Ordinal);
            var byPerson = new Dictionary<string, List<Said>>(StringComparer.Ordinal);
            var unattributed = new List<Said>();
            int direct = 0, indirect = 0;
            foreach (var a in loaded.Articles)
            {
                var r = corpus.Article(a.File);
                for (int i = 0; i < a.Statements.Count; i++)
                {
                    var s = a.Statements[i];
                    if (s.Kind != StatementKindModel.Indirect) direct++; else indirect++; // quoted (whole or partial) or reported
                    var sr = r != null && i < r.Statements.Count ? r.Statements[i] : null;
                    var person = sr?.SpeakerId is { } sid ? corpus.Person(sid) : null;
                    var said = new Said(a, s, sr, person?.Name ?? s.Speaker);
                    if (sr?.EventId is { Length: > 0 } eid) Add(byEvent, eid, said);
                    if (person != null) Add(byPerson, person.Id, said);
                    else unattributed.Add(said);
                }
            }

            var dated = corpus.Events.Where(e => e.Start.HasYear).ToList();
            var undated = corpus.Events.Where(e => !e.Start.HasYear).ToList();
            var number = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in dated.Concat(undated)) number[e.Id] = number.Count + 1;
            int errors = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverityModel.Error);
            int warnings = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverityModel.Warning);
            int infos = loaded.Diagnostics.Count - errors - warnings;

            w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '" + Hash(Style) + "'; script-src '" + Hash(Script) + "'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n");
            w.Write("<meta name=\"generator\" content=\"seedgen report\">\n");
            w.Write("<title>SeedGen report: " + Esc(Count(loaded.Articles.Count, "article")) + ", " + Esc(Count(corpus.Events.Count, "event")) + "</title>\n");
            w.Write("<style>" + Style + "</style>\n</head>\n<body>\n");

            w.Write("<header>\n<h1>SeedGen report</h1>\n<ul class=\"counts\" id=\"counts\">\n");
            Li(w, "articles", loaded.Articles.Count, "articles");
            Li(w, "events", corpus.Events.Count, "events", $"{dated.Count} dated, {undated.Count} undated");
            Li(w, "statements", direct + indirect, "statements", $"{direct} direct, {indirect} indirect");
            Li(w, "people", corpus.People.Count, "people");
            Li(w, "places", corpus.Places.Count, "places");
            Li(w, "diagnostics", loaded.Diagnostics.Count, "diagnostics", $"{errors} errors, {warnings} warnings, {infos} info");
            w.Write("</ul>\n<nav><a href=\"#timeline\">Timeline</a> <a href=\"#people\">People</a> <a href=\"#articles\">Articles</a> <a href=\"#diagnostics\">Diagnostics</a></nav>\n");
            w.Write("<p class=\"filter\" id=\"filter-row\" hidden><label>Filter <input id=\"filter\" type=\"search\" placeholder=\"name, place, person, file\" autocomplete=\"off\"></label></p>\n</header>\n<main>\n");

            // timeline
            w.Write("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
            if (dated.Count > 0) WriteAxis(w, dated, number);
            w.Write("<h3 class=\"group\">Dated events</h3>\n");
            if (dated.Count == 0) w.Write("<p class=\"none\">No event has a date with a year.</p>\n");
            foreach (var e in dated) WriteEvent(w, e, number[e.Id], corpus, byEvent);
            w.Write("<h3 class=\"group\" id=\"undated\">Undated events</h3>\n");
            if (undated.Count == 0) w.Write("<p class=\"none\">Every event has a date.</p>\n");
            foreach (var e in undated) WriteEvent(w, e, number[e.Id], corpus, byEvent);
            w.Write("</section>\n");

            // people
            w.Write("<section id=\"people\">\n<h2>People</h2>\n");
            foreach (var p in corpus.People.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                byPerson.TryGetValue(p.Id, out var said);
                w.Write("<section class=\"person\" id=\"" + Esc(PersonAnchor(p.Id)) + "\" data-filter>\n<h3>" + Esc(p.Name) + "</h3>\n<p class=\"meta\">");
                var parts = new List<string>();
                if (p.Role != null) parts.Add(Esc(p.Role));
                if (p.Country != null) parts.Add(Esc(p.Country));
                if (p.Aliases.Count > 0) parts.Add("also " + string.Join(", ", p.Aliases.Select(Esc)));
                parts.Add(Esc(Count(said?.Count ?? 0, "statement")));
                w.Write(string.Join(" · ", parts) + "</p>\n");
                if (said != null) WriteStatements(w, said, corpus, number, withSpeaker: false);
                w.Write("</section>\n");
            }
            if (unattributed.Count > 0)
            {
                w.Write("<section class=\"person\" id=\"unattributed\" data-filter>\n<h3>Statements with no known speaker</h3>\n");
                WriteStatements(w, unattributed, corpus, number, withSpeaker: true);
                w.Write("</section>\n");
            }
            w.Write("</section>\n");

            // articles
            w.Write("<section id=\"articles\">\n<h2>Articles</h2>\n<table>\n<thead><tr><th>File</th><th>Title</th><th>Published</th><th>Events</th><th>Statements</th></tr></thead>\n<tbody>\n");
            foreach (var a in loaded.Articles)
                w.Write("<tr data-filter><td><code>" + Esc(a.File) + "</code></td><td>" + Esc(a.Title) + "</td><td>" + DateHtml(a.Published, DateValue.None) + "</td><td>"
                    + a.Events.Count.ToString(Ci) + "</td><td>" + a.Statements.Count.ToString(Ci) + "</td></tr>\n");
            w.Write("</tbody>\n</table>\n</section>\n");

            // diagnostics
            w.Write("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n");
            if (loaded.Diagnostics.Count == 0) w.Write("<p class=\"none\">No diagnostics.</p>\n");
            else
            {
                w.Write("<table>\n<thead><tr><th>Severity</th><th>Id</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>\n");
                foreach (var d in loaded.Diagnostics)
                {
                    string sev = d.Severity.ToString().ToLowerInvariant();
                    w.Write("<tr class=\"diag " + sev + "\" data-filter><td>" + sev + "</td><td>" + Esc(d.Id) + "</td><td><code>" + Esc(d.File) + ":" + d.Span.Line.ToString(Ci)
                        + ":" + d.Span.Column.ToString(Ci) + "</code></td><td>" + Esc(d.Message) + "</td></tr>\n");
                }
                w.Write("</tbody>\n</table>\n");
            }
            w.Write("</section>\n</main>\n<footer>Written by <code>seedgen report</code>. Nothing on this page is loaded from the network.</footer>\n");
            w.Write("<script>" + Script + "</script>\n</body>\n</html>\n");
        }

        private static void Add(Dictionary<string, List<Said>> map, string key, Said said)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<Said>();
            list.Add(said);
        }

        private static void Li(TextWriter w, string id, int n, string label, string? detail = null) =>
            w.Write("<li id=\"count-" + id + "\"><strong>" + n.ToString(Ci) + "</strong> " + label + (detail is null ? "" : " <span>(" + Esc(detail) + ")</span>") + "</li>\n");

        private static string Count(int n, string noun) => n.ToString(Ci) + " " + noun + (n == 1 ? "" : "s");

        private static string EventAnchor(string id) => "ev-" + id;

        private static string PersonAnchor(string id) => "person-" + id;

        private static void WriteEvent(TextWriter w, CorpusEventModel e, int n, CorpusModel corpus, Dictionary<string, List<Said>> byEvent)
        {
            string place = e.LocationId != null && corpus.Place(e.LocationId) is { } pl ? pl.Name : "";
            w.Write("<article class=\"event\" id=\"" + Esc(EventAnchor(e.Id)) + "\" data-filter>\n");
            w.Write("<h4><span class=\"n\">" + n.ToString(Ci) + "</span> " + Esc(e.Name) + " <span class=\"kind\">" + JsonOutput.Kind(e.Kind) + "</span></h4>\n<dl>\n");
            w.Write("<dt>Date</dt><dd class=\"date\">" + DateHtml(e.Start, e.End) + "</dd>\n");
            w.Write("<dt>Place</dt><dd class=\"place\">" + (place.Length > 0 ? Esc(place) : "<span class=\"none\">unknown</span>") + "</dd>\n");
            w.Write("<dt>Participants</dt><dd class=\"participants\">");
            if (e.ParticipantIds.Count == 0) w.Write("<span class=\"none\">none named</span>");
            else w.Write(string.Join(", ", e.ParticipantIds.Select(id => corpus.Person(id) is { } p
                ? "<a href=\"#" + Esc(PersonAnchor(p.Id)) + "\">" + Esc(p.Name) + "</a>" : Esc(id))));
            w.Write("</dd>\n");
            if (e.Aliases.Count > 0) w.Write("<dt>Also called</dt><dd>" + string.Join("; ", e.Aliases.Select(Esc)) + "</dd>\n");
            w.Write("<dt>Sources</dt><dd class=\"sources\">" + string.Join(", ", e.Sources.Select(s => "<code>" + Esc(s.File) + ":" + s.Span.Line.ToString(Ci) + "</code>")) + "</dd>\n</dl>\n");
            if (byEvent.TryGetValue(e.Id, out var said))
            {
                w.Write("<details open><summary>" + Esc(Count(said.Count, "statement")) + " said at it</summary>\n");
                WriteStatements(w, said, corpus, null, withSpeaker: true);
                w.Write("</details>\n");
            }
            w.Write("</article>\n");
        }

        private static void WriteStatements(TextWriter w, List<Said> said, CorpusModel corpus, Dictionary<string, int>? eventNumbers, bool withSpeaker)
        {
            w.Write("<ul class=\"statements\">\n");
            foreach (var s in said)
            {
                bool isDirect = s.Statement.Kind != StatementKindModel.Indirect; // quoted words, whole or partial
                string kind = s.Statement.Kind == StatementKindModel.Direct ? "direct" : s.Statement.Kind == StatementKindModel.Partial ? "partial" : "indirect";
                w.Write("<li class=\"statement " + (isDirect ? "direct" : "indirect") + "\">");
                if (withSpeaker)
                {
                    string speaker = s.SpeakerName ?? "unknown speaker";
                    w.Write(s.Ref?.SpeakerId is { } sid ? "<a class=\"speaker\" href=\"#" + Esc(PersonAnchor(sid)) + "\">" + Esc(speaker) + "</a>" : "<span class=\"speaker\">" + Esc(speaker) + "</span>");
                    w.Write(": ");
                }
                w.Write(isDirect ? "<q>" + Esc(s.Statement.Text) + "</q>" : "<span class=\"indirect-text\">" + Esc(s.Statement.Text) + "</span>");
                w.Write(" <span class=\"src\">" + kind + ", <code>" + Esc(s.Article.File) + ":" + s.Statement.Span.Line.ToString(Ci) + "</code>");
                if (eventNumbers != null && s.Ref?.EventId is { Length: > 0 } eid && corpus.Event(eid) is { } ev)
                    w.Write(", at <a href=\"#" + Esc(EventAnchor(ev.Id)) + "\">" + Esc(ev.Name) + "</a>");
                w.Write("</span></li>\n");
            }
            w.Write("</ul>\n");
        }

        // ---- dates

        /// <summary>A date (or range) as a reader says it, with the ISO form; partial dates say what is unknown.</summary>
        internal static string DateHtml(DateValue start, DateValue end)
        {
            if (start.IsNone) return "<span class=\"none\">undated</span>";
            string s = "<time datetime=\"" + Esc(start.ToIso() ?? "") + "\">" + Esc(Spoken(start)) + "</time>";
            if (!end.IsNone && end != start) s += " – <time datetime=\"" + Esc(end.ToIso() ?? "") + "\">" + Esc(Spoken(end)) + "</time>";
            string iso = end.IsNone || end == start ? start.ToIso()! : start.ToIso() + " / " + end.ToIso();
            s += " <code class=\"iso\">" + Esc(iso) + "</code>";
            string? partial = Partial(start) ?? (end.IsNone ? null : Partial(end));
            if (partial != null) s += " <span class=\"partial-date\">" + partial + "</span>";
            return s;
        }

        private static string Spoken(DateValue d)
        {
            string month = d.Month >= 1 && d.Month <= 12 ? MonthNames[d.Month - 1] : "";
            var parts = new List<string>();
            if (d.Day != 0) parts.Add(d.Day.ToString(Ci));
            if (month.Length > 0) parts.Add(month);
            if (d.Year != 0) parts.Add(d.Year.ToString(Ci));
            return string.Join(" ", parts);
        }

        private static string? Partial(DateValue d)
        {
            if (d.IsNone || d.IsComplete) return null;
            if (!d.HasYear) return "year unknown";
            if (d.Month == 0) return "year only";
            return "month only";
        }

        /// <summary>The days a date covers: a full date one day, a month its days, a year its days.</summary>
        private static (int From, int To)? Days(DateValue d)
        {
            if (!d.HasYear || d.Year < 1 || d.Year > 9999) return null;
            if (d.Month < 1 || d.Month > 12) return (DayNumber(d.Year, 1, 1), DayNumber(d.Year, 12, 31));
            int last = DateTime.DaysInMonth(d.Year, d.Month);
            if (d.Day < 1) return (DayNumber(d.Year, d.Month, 1), DayNumber(d.Year, d.Month, last));
            int day = Math.Min(d.Day, last);
            return (DayNumber(d.Year, d.Month, day), DayNumber(d.Year, d.Month, day));
        }

        private static int DayNumber(int y, int m, int d) => (int)(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc).Ticks / TimeSpan.TicksPerDay);

        private static DateTime FromDayNumber(int n) => new DateTime(n * TimeSpan.TicksPerDay, DateTimeKind.Utc);

        private static (int From, int To) Interval(CorpusEventModel e)
        {
            var s = Days(e.Start)!.Value;
            var end = e.End;
            if (!end.IsNone && !end.HasYear) end = new DateValue(e.Start.Year, end.Month != 0 ? end.Month : e.Start.Month, end.Day);
            var t = Days(end);
            return (s.From, t is { } x && x.To >= s.From ? x.To : s.To);
        }

        /// <summary>The dated events as bars on one horizontal time axis (inline SVG: no script needed); each bar links to its event.</summary>
        private static void WriteAxis(TextWriter w, List<CorpusEventModel> dated, Dictionary<string, int> number)
        {
            const double width = 1000, left = 20, right = 20, laneHeight = 22, top = 10;
            var spans = dated.Select(e => (Event: e, Days: Interval(e))).ToList();
            int min = spans.Min(x => x.Days.From), max = spans.Max(x => x.Days.To) + 1;
            int pad = Math.Max(1, (max - min) / 30);
            min -= pad;
            max += pad;
            double scale = (width - left - right) / (max - min);
            double X(int day) => left + (day - min) * scale;

            // lanes: each bar goes into the first lane where it does not overlap the previous one (label room included)
            var laneEnds = new List<double>();
            var placed = new List<(CorpusEventModel Event, double X1, double X2, int Lane)>();
            foreach (var (e, (from, to)) in spans.OrderBy(x => x.Days.From).ThenBy(x => number[x.Event.Id]))
            {
                double x1 = X(from), x2 = Math.Max(X(to + 1), x1 + 4);
                int lane = laneEnds.FindIndex(end => end + 4 <= x1);
                if (lane < 0) { lane = laneEnds.Count; laneEnds.Add(0); }
                laneEnds[lane] = x2 + 8 + 7 * number[e.Id].ToString(Ci).Length;
                placed.Add((e, x1, x2, lane));
            }
            double axisY = top + laneEnds.Count * laneHeight + 6;
            double height = axisY + 34;
            w.Write("<figure class=\"axis\"><svg viewBox=\"0 0 " + F(width) + " " + F(height) + "\" role=\"img\" aria-label=\"Time axis of the dated events\">\n");
            w.Write("<line class=\"axis-line\" x1=\"" + F(left) + "\" y1=\"" + F(axisY) + "\" x2=\"" + F(width - right) + "\" y2=\"" + F(axisY) + "\"/>\n");
            foreach (var (day, label) in Ticks(min, max))
            {
                double x = X(day);
                w.Write("<line class=\"tick\" x1=\"" + F(x) + "\" y1=\"" + F(top) + "\" x2=\"" + F(x) + "\" y2=\"" + F(axisY + 5) + "\"/>");
                w.Write("<text class=\"tick-label\" x=\"" + F(x) + "\" y=\"" + F(axisY + 20) + "\">" + Esc(label) + "</text>\n");
            }
            foreach (var (e, x1, x2, lane) in placed)
            {
                double y = top + lane * laneHeight;
                string partial = e.Start.IsComplete && (e.End.IsNone || e.End.IsComplete) ? "bar" : "bar partial";
                w.Write("<a href=\"#" + Esc(EventAnchor(e.Id)) + "\"><rect class=\"" + partial + "\" x=\"" + F(x1) + "\" y=\"" + F(y) + "\" width=\"" + F(x2 - x1) + "\" height=\"14\" rx=\"3\"/>");
                w.Write("<text class=\"bar-label\" x=\"" + F(x2 + 3) + "\" y=\"" + F(y + 11) + "\">" + number[e.Id].ToString(Ci) + "</text>");
                w.Write("<title>" + Esc(number[e.Id].ToString(Ci) + ". " + e.Name + " (" + (e.End.IsNone || e.End == e.Start ? e.Start.ToIso() : e.Start.ToIso() + " / " + e.End.ToIso()) + ")") + "</title></a>\n");
            }
            w.Write("</svg><figcaption>Dated events on one time axis; a bar spans the event's days (a month or a year when only that is known, hatched). Numbers refer to the list below.</figcaption></figure>\n");
        }

        /// <summary>Tick marks: years, months or days, whichever gives about 4 to 14 marks over the span.</summary>
        private static IEnumerable<(int Day, string Label)> Ticks(int min, int max)
        {
            var start = FromDayNumber(min);
            var end = FromDayNumber(max);
            int span = max - min;
            if (span > 3 * 366)
            {
                int step = Math.Max(1, (int)Math.Ceiling(span / 365.25 / 12));
                for (int y = start.Year + 1; y <= end.Year; y++)
                    if ((y - (start.Year + 1)) % step == 0) yield return (DayNumber(y, 1, 1), y.ToString(Ci));
            }
            else if (span > 45)
            {
                int months = span / 30;
                int step = months <= 14 ? 1 : months <= 28 ? 2 : months <= 42 ? 3 : 6;
                var m = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
                int i = 0;
                for (; m < end; m = m.AddMonths(1), i++)
                    if (i % step == 0) yield return (DayNumber(m.Year, m.Month, 1), MonthNames[m.Month - 1].Substring(0, 3) + " " + m.Year.ToString(Ci));
            }
            else
            {
                int step = span <= 14 ? 1 : span <= 28 ? 2 : 7;
                for (int d = min + 1; d < max; d++)
                    if ((d - (min + 1)) % step == 0)
                    {
                        var t = FromDayNumber(d);
                        yield return (d, t.Day.ToString(Ci) + " " + MonthNames[t.Month - 1].Substring(0, 3));
                    }
            }
        }

        private static string F(double v) => Math.Round(v, 1).ToString("0.#", Ci);

        // ---- escaping

        /// <summary>HTML-escapes text for element content and quoted attribute values alike; drops characters HTML does not allow
        /// (C0 controls but tab and line feed, lone surrogates, U+FFFE/U+FFFF).</summary>
        internal static string Esc(string s)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                string? rep = c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => null,
                };
                bool drop = rep is null && ((c < 0x20 && c != '\t' && c != '\n') || c == '\u007f' || c == '\uFFFE' || c == '\uFFFF'
                    || (char.IsHighSurrogate(c) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])))
                    || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]))));
                if (rep is null && !drop) { sb?.Append(c); continue; }
                sb ??= new StringBuilder(s, 0, i, s.Length + 16);
                if (rep != null) sb.Append(rep);
            }
            return sb?.ToString() ?? s;
        }

        private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

        // ---- the page's one style sheet and one script (allowed by hash in the Content-Security-Policy)

        private const string Style = @"
:root{--fg:#1d232b;--muted:#5b6675;--line:#d5dbe3;--bg:#fff;--card:#f7f9fb;--accent:#2457a6;--partial:#9db7de;--err:#b3261e;--warn:#8a5a00}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:16px;border-bottom:1px solid var(--line)}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:20px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:18px 0 6px}
h4{font-size:15px;margin:0 0 6px}
.counts{display:flex;flex-wrap:wrap;gap:8px 18px;list-style:none;margin:0 0 8px;padding:0}
.counts strong{font-size:18px}
.counts span{color:var(--muted);font-size:13px}
nav a{margin-right:14px;color:var(--accent)}
.filter{margin:8px 0 12px}
.filter input{font:inherit;padding:3px 8px;width:22em;max-width:100%}
a{color:var(--accent)}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);overflow-wrap:anywhere}
.axis{margin:8px 0 4px;border:1px solid var(--line);border-radius:6px;padding:6px 8px;background:var(--card)}
.axis svg{width:100%;height:auto;display:block}
.axis figcaption{color:var(--muted);font-size:12.5px}
.axis-line{stroke:#7d8896;stroke-width:1.5}
.tick{stroke:#e1e6ec;stroke-width:1}
.tick-label{font-size:11px;fill:var(--muted);text-anchor:middle}
.bar{fill:var(--accent)}
.bar.partial{fill:var(--partial);stroke:var(--accent);stroke-dasharray:3 2}
.bar-label{font-size:11px;fill:var(--fg)}
a:hover .bar,a:focus .bar{fill:#0f3b80}
.group{color:var(--muted);text-transform:uppercase;letter-spacing:.04em;font-size:13px}
.event{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:10px 14px;margin:10px 0;background:var(--card)}
.event .n{display:inline-block;min-width:1.8em;padding:0 5px;border-radius:9px;background:var(--accent);color:#fff;font-size:12px;text-align:center}
.kind{font-weight:400;font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:9px;padding:0 7px;margin-left:4px;background:#fff}
dl{display:grid;grid-template-columns:8.5em 1fr;gap:2px 10px;margin:0}
dt{color:var(--muted)}
dd{margin:0}
.partial-date{white-space:nowrap;font-size:12px;color:var(--warn);border:1px dashed var(--warn);border-radius:9px;padding:0 6px}
.iso{margin-left:4px;white-space:nowrap}
.none{color:var(--muted);font-style:italic}
details{margin-top:6px}
summary{cursor:pointer;color:var(--muted)}
.statements{margin:4px 0 0;padding-left:18px}
.statement{margin:3px 0}
.statement q{quotes:'\201C' '\201D'}
.indirect-text{font-style:italic}
.speaker{font-weight:600}
.src{color:var(--muted);font-size:12.5px}
.person{border-top:1px solid var(--line);padding-top:2px}
.meta{color:var(--muted);margin:0 0 4px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:4px 8px}
th{color:var(--muted);font-weight:600}
.diag.error td:first-child{color:var(--err);font-weight:600}
.diag.warning td:first-child{color:var(--warn);font-weight:600}
footer{color:var(--muted);font-size:12.5px;padding:24px 20px}
[hidden]{display:none !important}
@media print{.filter,nav{display:none}}
";

        private const string Script = @"
(function () {
  'use strict';
  var row = document.getElementById('filter-row');
  var box = document.getElementById('filter');
  if (!row || !box) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  var text = items.map(function (el) { return el.textContent.toLowerCase(); });
  row.hidden = false;
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    for (var i = 0; i < items.length; i++) items[i].hidden = q.length > 0 && text[i].indexOf(q) < 0;
  });
})();
";
    }
}
