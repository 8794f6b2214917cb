using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace SeedGen.Extraction.Evaluation
{
    public sealed record GoldEvent(string Name, IReadOnlyList<string> Aliases, string? Kind, string? Start, string? End, string? Location, IReadOnlyList<string> Participants);
    public sealed record GoldStatement(string? Speaker, IReadOnlyList<string> SpeakerAliases, string Kind, string Text, string? Event);
    /// <summary>One gold file (<c>../shared/gold/SCHEMA.md</c>).</summary>
    public sealed record GoldArticle(string Article, string? Title, string? Published, IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldStatement> Statements);
    public sealed record GoldCorpusEvent(string Name, IReadOnlyList<string> Articles, string? Start, string? End, string? Location);

    /// <summary>Reads gold YAML: per-article files and <c>corpus.yaml</c>.</summary>
    public static class GoldFile
    {
        public static GoldArticle ReadArticle(string yaml)
        {
            var root = Root(yaml);
            return new GoldArticle(
                Str(root, "article") ?? "",
                Str(root, "title"),
                Str(root, "published"),
                Seq(root, "events").Select(m => new GoldEvent(Str(m, "name") ?? "", List(m, "aliases"), Str(m, "kind"), Str(m, "start"), Str(m, "end"), Str(m, "location"), List(m, "participants"))).ToList(),
                Seq(root, "statements").Select(m => new GoldStatement(Str(m, "speaker"), List(m, "speaker_aliases"), Str(m, "kind") ?? "direct", Str(m, "text") ?? "", Str(m, "event"))).ToList());
        }

        public static IReadOnlyList<GoldCorpusEvent> ReadCorpus(string yaml)
        {
            var root = Root(yaml);
            return Seq(root, "events").Select(m => new GoldCorpusEvent(Str(m, "name") ?? "", List(m, "articles"), Str(m, "start"), Str(m, "end"), Str(m, "location"))).ToList();
        }

        /// <summary>Reads every <c>*.yaml</c> in a folder except <c>corpus.yaml</c>, keyed by article file name.</summary>
        public static IReadOnlyDictionary<string, GoldArticle> ReadFolder(string dir)
        {
            var result = new SortedDictionary<string, GoldArticle>(StringComparer.Ordinal);
            foreach (var path in Directory.GetFiles(dir, "*.yaml"))
            {
                if (Path.GetFileName(path).Equals("corpus.yaml", StringComparison.OrdinalIgnoreCase)) continue;
                var g = ReadArticle(File.ReadAllText(path));
                result[g.Article.Length > 0 ? g.Article : Path.GetFileNameWithoutExtension(path) + ".txt"] = g;
            }
            return result;
        }

        private static YamlMappingNode Root(string yaml)
        {
            var s = SeedGen.Extraction.Text.YamlGuard.Load(yaml, out var problem)
                ?? throw new InvalidDataException($"gold YAML, line {problem!.Line}: {problem.Reason}");
            return s.Documents.Count > 0 && s.Documents[0].RootNode is YamlMappingNode m ? m : new YamlMappingNode();
        }

        private static YamlNode? Get(YamlMappingNode m, string key)
        {
            foreach (var e in m.Children) if ((e.Key as YamlScalarNode)?.Value == key) return e.Value;
            return null;
        }

        private static string? Str(YamlMappingNode m, string key)
        {
            if (Get(m, key) is not YamlScalarNode s) return null;
            if (s.Value is null || (s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value == "null" || s.Value == "~" || s.Value == ""))) return null;
            return s.Value;
        }

        private static IReadOnlyList<string> List(YamlMappingNode m, string key) =>
            Get(m, key) is YamlSequenceNode seq ? seq.Children.OfType<YamlScalarNode>().Where(x => x.Value != null).Select(x => x.Value!).ToList() : new List<string>();

        private static IEnumerable<YamlMappingNode> Seq(YamlMappingNode m, string key) =>
            Get(m, key) is YamlSequenceNode seq ? seq.Children.OfType<YamlMappingNode>() : Enumerable.Empty<YamlMappingNode>();
    }
}
