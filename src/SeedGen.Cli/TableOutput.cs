using System.IO;
using System.Linq;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary><c>extract</c> without options: each article's events and statements, then the corpus events, as aligned text.</summary>
    internal static class TableOutput
    {
        public static void Write(LoadedCorpus loaded, TextWriter o)
        {
            foreach (var a in loaded.Articles)
            {
                o.WriteLine($"== {a.File}: {a.Title}" + (a.Published.IsNone ? "" : $" (published {a.Published.ToIso()})"));
                foreach (var e in a.Events)
                    o.WriteLine($"   event  {JsonOutput.Kind(e.Kind),-10} {(e.Start.ToIso() ?? "?"),-10} {(e.End.ToIso() ?? ""),-10} {e.Location ?? "?",-12} {e.Name}  (line {e.Span.Line})");
                foreach (var s in a.Statements)
                    o.WriteLine($"   {(s.Kind == StatementKindModel.Direct ? "direct  " : s.Kind == StatementKindModel.Partial ? "partial " : "indirect")} {s.Speaker ?? "(unknown)",-24} {Short(s.Text, 90)}  (line {s.Span.Line})");
            }
            o.WriteLine();
            o.WriteLine("== corpus events");
            foreach (var e in loaded.Corpus.Events)
                o.WriteLine($"   {e.Id,-50} {(e.Start.ToIso() ?? "?"),-10} {(e.End.ToIso() ?? ""),-10} {string.Join(", ", e.ArticleFiles.Select(CorpusLoader.FileName))}");
        }

        private static string Short(string s, int n) => s.Length <= n ? s : s.Substring(0, n - 1) + "\u2026";
    }
}
