using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Generator.Tests
{
    /// <summary>For random article-like text (quote marks of every style, names, dates, control and surrogate characters,
    /// comment and doc breakers), the generator emits code that compiles with zero errors and zero warnings.</summary>
    public class GeneratedCodeProperties
    {
        private static readonly string[] Pieces =
        {
            "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", " said ", " he said. ", " the minister stressed that ",
            "According to ", "Foreign Minister Vladimir Makei", "Mr Mitchell", " met with ", " in Minsk", " on 6 April", " October 30 \u2013 November 1",
            " 2018", " meeting", " summit of the OSCE", " held talks", ".", ",", "\n", "\n\n", " ", "\u0000", "\uD800", "\t", "#if", "*/", "/*",
            "</summary>", "<![CDATA[", "&", "\\", "\"\"\"", "{0}", "\u2028", "\u0301", "class", "@", "\u0411\u0435\u043B\u0430\u0440\u0443\u0441\u044C",
            "\uD83D\uDE00", "---\n", "published: 2019\n",
        };

        private static Gen<string> Article() =>
            Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
               .Select(parts => string.Concat(parts));

        [Property(MaxTest = 40)]
        public Property Generated_code_always_compiles_cleanly() =>
            Prop.ForAll(Article().ToArbitrary(), Article().ToArbitrary(), (a, b) =>
            {
                var run = GeneratorHarness.Run(new[] { ("seeds/a.txt", a), ("seeds/b.txt", "Title\n" + b) });
                var problems = run.CompileDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
                bool noFailure = !run.GeneratorDiagnostics.Any(d => d.Id == "SG0001");
                return (problems.Count == 0 && noFailure).Label(string.Join("\n", problems.Concat(run.GeneratorDiagnostics.Select(d => d.ToString()))));
            });
    }
}
