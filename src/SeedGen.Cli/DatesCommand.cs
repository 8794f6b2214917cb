using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;

namespace SeedGen.Cli
{
    /// <summary><c>seedgen dates FILE... [--json]</c>: every time expression of each file as the extractor reads it (the anchor
    /// is front matter <c>published:</c> or the dateline). Offsets are UTF-16 into the decoded text (BOM removed, line endings
    /// \n, front matter included).</summary>
    internal static class DatesCommand
    {
        public static int Run(IReadOnlyList<string> files, bool json, TextWriter stdout, TextWriter stderr)
        {
            if (files.Count == 0) { stderr.Write("usage: seedgen dates FILE... [--json]\n"); return 2; }
            var results = new List<(string File, ArticleDocument Doc, IReadOnlyList<Timex> Timexes)>();
            int rc = 0;
            foreach (var f in files)
            {
                string raw;
                try { raw = File.ReadAllText(f, Encoding.UTF8); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    stderr.Write(f + ": cannot read: " + ex.Message + "\n");
                    rc = 1;
                    continue;
                }
                var doc = ArticleReader.Read(f, raw);
                results.Add((f, doc, TimexRecognizer.Recognize(doc)));
            }
            if (json) WriteJson(results, stdout);
            else WriteTable(results, stdout);
            return rc;
        }

        private static void WriteJson(List<(string File, ArticleDocument Doc, IReadOnlyList<Timex> Timexes)> results, TextWriter stdout)
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteStartArray("files");
                foreach (var (file, _, timexes) in results)
                {
                    w.WriteStartObject();
                    w.WriteString("file", file);
                    w.WriteStartArray("timexes");
                    foreach (var t in timexes)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("start", t.Start);
                        w.WriteNumber("end", t.End);
                        w.WriteString("text", t.Text);
                        w.WriteString("type", t.TypeName);
                        w.WriteString("value", t.Value);
                        if (t.EndValue is null) w.WriteNull("end_value"); else w.WriteString("end_value", t.EndValue);
                        if (t.Mod is not null) w.WriteString("mod", t.Mod);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stdout.Write(Encoding.UTF8.GetString(ms.ToArray()));
            stdout.Write("\n");
        }

        private static void WriteTable(List<(string File, ArticleDocument Doc, IReadOnlyList<Timex> Timexes)> results, TextWriter stdout)
        {
            foreach (var (file, doc, timexes) in results)
            {
                stdout.Write(file + " (anchor " + (TemporalAnchor.Find(doc).Anchor.ToIso() ?? "none") + ")\n");
                foreach (var t in timexes)
                {
                    var span = doc.Span(t.Start, t.End - t.Start);
                    string text = t.Text.Replace('\n', ' ');
                    stdout.Write(string.Format(System.Globalization.CultureInfo.InvariantCulture, "  {0,5}:{1,-3} {2,-8} {3,-14} {4}{5}{6}\n",
                        span.Line, span.Column, t.TypeName, t.Value, text, t.EndValue is null ? "" : "  → " + t.EndValue, t.Mod is null ? "" : "  (" + t.Mod + ")"));
                }
            }
        }
    }
}
