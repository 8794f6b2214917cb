using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SeedGen.Extraction.Model;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>Property-based tests: for random article-like text, extraction completes, is deterministic,
    /// and every span it reports lies inside the text.</summary>
    public class ExtractionProperties
    {
        private static readonly string[] Pieces =
        {
            "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", " said ", " he said. ", " the minister stressed that ",
            "According to ", "Alyaksandr Lukashenka", "Mr Mitchell", "Makei", " in Minsk", " on 6 April", " October 30 \u2013 November 1", " 2018",
            " meeting", " summit of the OSCE", ".", ",", "\n", "\n\n", " ", "\u0000", "\uD800", "\t", "#if", "*/", "</summary>", "\\", "\u0301",
            "\u0411\u0435\u043B\u0430\u0440\u0443\u0441\u044C", "\uD83D\uDE00", "---\n", "published: 2019\n",
        };

        private static Gen<string> ArticleText() =>
            Gen.Sized(size =>
                Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
                   .Select(parts => "Title line\n" + string.Concat(parts)));

        [Property(MaxTest = 300)]
        public Property Extraction_completes_and_spans_are_inside_the_text() =>
            Prop.ForAll(ArticleText().ToArbitrary(), text =>
            {
                var model = ArticleExtractor.Extract("seeds/random.txt", text);
                int len = SeedGen.Extraction.Text.ArticleReader.Normalize(text).Length;
                bool spansOk = model.Statements.All(s => s.Span.Offset >= 0 && s.Span.Offset + s.Span.Length <= len && s.Span.Line >= 1)
                    && model.Events.All(e => e.Mentions.All(m => m.Offset >= 0 && m.Offset + m.Length <= len));
                bool noCrash = !model.Diagnostics.Any(d => d.Id == SeedGen.Extraction.Text.DiagnosticIds.ExtractionFailed);
                return (spansOk && noCrash).Label("spans inside text and no extraction failure: " + string.Join("; ", model.Diagnostics.Select(d => d.Message)));
            });

        [Property(MaxTest = 100)]
        public Property Extraction_is_deterministic_and_line_ending_independent() =>
            Prop.ForAll(ArticleText().ToArbitrary(), text =>
            {
                string lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
                var a = ArticleExtractor.Extract("seeds/r.txt", lf);
                var b = ArticleExtractor.Extract("seeds/r.txt", lf.Replace("\n", "\r\n"));
                return a.Equals(b);
            });
    }
}
