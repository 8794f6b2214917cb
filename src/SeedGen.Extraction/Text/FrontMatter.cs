using System;
using System.Collections.Generic;
using System.IO;
using SeedGen.Extraction.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Text
{
    /// <summary>YAML front matter (<c>---</c> ... <c>---</c>) at the top of an article: metadata, not body text.</summary>
    internal static class FrontMatter
    {
        internal static readonly string[] KnownKeys = { "published", "source", "url", "title", "language", "author", "tags" };

        /// <summary>Reads front matter when the text starts with a <c>---</c> line; <paramref name="bodyStart"/> is where the body begins.</summary>
        public static Dictionary<string, string> Read(string file, string text, LineMap lines, List<DiagnosticModel> diagnostics, out int bodyStart)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            bodyStart = 0;
            if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")) return result;

            // find the closing --- or ... line
            int pos = 4, close = -1, closeEnd = -1;
            while (pos < text.Length)
            {
                int nl = text.IndexOf('\n', pos);
                int end = nl < 0 ? text.Length : nl;
                string line = text.Substring(pos, end - pos).TrimEnd();
                if (line == "---" || line == "...") { close = pos; closeEnd = nl < 0 ? text.Length : nl + 1; break; }
                if (nl < 0) break;
                pos = nl + 1;
            }
            if (close < 0) return result; // a leading --- with no closing line is body text (a separator)

            bodyStart = closeEnd;
            string yaml = text.Substring(4, close - 4);
            if (yaml.Length > 64 * 1024)
            {
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlSyntax, DiagnosticSeverityModel.Warning,
                    "front matter is larger than 64 KB and was ignored", file, lines.Span(0, 3)));
                return result;
            }
            var stream = YamlGuard.Load(yaml, out var problem);
            if (stream is null)
            {
                diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlSyntax, DiagnosticSeverityModel.Warning,
                    "front matter was ignored: " + problem!.Reason, file, lines.Span(4 + Offset(yaml, problem.Line, problem.Column), 0)));
                return result;
            }
            {
                if (stream.Documents.Count == 0) return result;
                if (stream.Documents[0].RootNode is not YamlMappingNode map)
                {
                    diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlSyntax, DiagnosticSeverityModel.Warning,
                        "front matter must be a mapping of keys to values", file, lines.Span(4, 0)));
                    return result;
                }
                foreach (var entry in map.Children)
                {
                    if (entry.Key is not YamlScalarNode k || k.Value is null) continue;
                    string key = k.Value.Trim().ToLowerInvariant();
                    int keyOffset = 4 + Offset(yaml, (int)k.Start.Line, (int)k.Start.Column);
                    if (Array.IndexOf(KnownKeys, key) < 0)
                    {
                        diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlUnknownKey, DiagnosticSeverityModel.Warning,
                            $"unknown front matter key '{k.Value}' (known: {string.Join(", ", KnownKeys)})", file, lines.Span(keyOffset, k.Value.Length)));
                        continue;
                    }
                    if (entry.Value is YamlScalarNode v && v.Value is not null)
                    {
                        if (result.ContainsKey(key))
                            diagnostics.Add(new DiagnosticModel(DiagnosticIds.YamlSyntax, DiagnosticSeverityModel.Warning,
                                $"duplicate front matter key '{key}'; the first value is used", file, lines.Span(keyOffset, k.Value.Length)));
                        else result[key] = v.Value;
                    }
                }
            }
            return result;
        }

        /// <summary>Offset in <paramref name="s"/> of a 1-based YamlDotNet line/column.</summary>
        internal static int Offset(string s, int line, int column)
        {
            int off = 0;
            for (int l = 1; l < line && off < s.Length; l++)
            {
                int nl = s.IndexOf('\n', off);
                if (nl < 0) { off = s.Length; break; }
                off = nl + 1;
            }
            return Math.Min(s.Length, off + Math.Max(0, column - 1));
        }
    }
}
