using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedGen.Extraction.Corpus;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary><c>extract --json</c> (one document: articles, then corpus events) and <c>extract --jsonl</c> (one article object
    /// per line, the same shape). Written with a streaming <see cref="Utf8JsonWriter"/> flushed as it goes, so the output
    /// is never held whole in memory.</summary>
    internal static class JsonOutput
    {
        private const int FlushAt = 1 << 16;

        private static JsonWriterOptions Options(bool indented) =>
            new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void WriteDocument(LoadedCorpus loaded, Stream output)
        {
            var corpus = loaded.Corpus;
            using var w = new Utf8JsonWriter(output, Options(indented: true));
            w.WriteStartObject();
            w.WriteStartArray("articles");
            foreach (var a in loaded.Articles)
            {
                WriteArticle(w, a, corpus);
                if (w.BytesPending >= FlushAt) w.Flush();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in corpus.Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("kind", Kind(e.Kind));
                WriteDate(w, "start", e.Start);
                WriteDate(w, "end", e.End);
                if (e.LocationId != null && corpus.Place(e.LocationId) is { } place) w.WriteString("location", place.Name); else w.WriteNull("location");
                w.WriteStartArray("articles");
                foreach (var f in e.ArticleFiles) w.WriteStringValue(CorpusLoader.FileName(f));
                w.WriteEndArray();
                w.WriteEndObject();
                if (w.BytesPending >= FlushAt) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.Flush();
            output.WriteByte((byte)'\n');
        }

        /// <summary>JSON Lines: each article as one compact object followed by a line feed.</summary>
        public static void WriteLines(LoadedCorpus loaded, Stream output)
        {
            using var w = new Utf8JsonWriter(output, Options(indented: false));
            foreach (var a in loaded.Articles)
            {
                WriteArticle(w, a, loaded.Corpus);
                w.Flush();
                output.WriteByte((byte)'\n');
                w.Reset(); // the next line is a new top-level value
            }
        }

        /// <summary>The article shape of <c>--json</c>: file, title, published, events (with their corpus ids), statements (with speaker and event).</summary>
        private static void WriteArticle(Utf8JsonWriter w, ArticleModel a, CorpusModel corpus)
        {
            var r = corpus.Article(a.File);
            w.WriteStartObject();
            w.WriteString("file", CorpusLoader.FileName(a.File));
            w.WriteString("title", a.Title);
            WriteDate(w, "published", a.Published);
            w.WriteStartArray("events");
            for (int i = 0; i < a.Events.Count; i++)
            {
                var e = a.Events[i];
                w.WriteStartObject();
                w.WriteString("id", r != null && i < r.EventIds.Count ? r.EventIds[i] : "");
                w.WriteString("name", e.Name);
                w.WriteString("kind", Kind(e.Kind));
                WriteDate(w, "start", e.Start);
                WriteDate(w, "end", e.End);
                if (e.Location is null) w.WriteNull("location"); else w.WriteString("location", e.Location);
                w.WriteStartArray("participants");
                foreach (var p in e.Participants) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteNumber("line", e.Span.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("statements");
            for (int i = 0; i < a.Statements.Count; i++)
            {
                var s = a.Statements[i];
                var sr = r != null && i < r.Statements.Count ? r.Statements[i] : null;
                var speaker = sr?.SpeakerId is { } sid ? corpus.Person(sid)?.Name : s.Speaker;
                w.WriteStartObject();
                w.WriteString("id", sr?.Id ?? "");
                if (speaker is null) w.WriteNull("speaker"); else w.WriteString("speaker", speaker);
                w.WriteString("kind", s.Kind == StatementKindModel.Direct ? "direct" : s.Kind == StatementKindModel.Partial ? "partial" : "indirect");
                w.WriteString("text", s.Text);
                if (s.Event is null) w.WriteNull("event"); else w.WriteString("event", s.Event);
                w.WriteNumber("line", s.Span.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }

        internal static string Kind(EventKindModel kind) => kind.ToString().ToLowerInvariant();

        private static void WriteDate(Utf8JsonWriter w, string name, DateValue d)
        {
            if (d.ToIso() is { } iso) w.WriteString(name, iso); else w.WriteNull(name);
        }
    }
}
