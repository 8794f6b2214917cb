using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>A corpus split over several projects (one per year or source, each with its own SeedGenClassName or
    /// SeedGenNamespace) builds in parallel, and the generated corpora coexist in one consumer.</summary>
    public class SplitCorpusTests
    {
        private static (MetadataReference Reference, byte[] Image) Library(string name, IEnumerable<(string, string)> files, string? ns, string cls)
        {
            var globals = GeneratorHarness.DefaultGlobals(name);
            if (ns != null) globals["build_property.SeedGenNamespace"] = ns;
            globals["build_property.SeedGenClassName"] = cls;
            var run = GeneratorHarness.Run(files, globals);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            var compilation = run.Output.WithAssemblyName(name);
            using var pe = new MemoryStream();
            var emit = compilation.Emit(pe);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            return (MetadataReference.CreateFromImage(pe.ToArray()), pe.ToArray());
        }

        [Theory]
        [InlineData("News", "News")] // same namespace, a class per project
        [InlineData("News.Y2018", "News.Y2019")] // a namespace per project, the same class name
        public void Two_generated_corpora_coexist_in_one_consumer(string ns1, string ns2)
        {
            var seeds = GeneratorHarness.Seeds();
            string cls1 = ns1 == ns2 ? "Corpus2018" : "Corpus";
            string cls2 = ns1 == ns2 ? "Corpus2019" : "Corpus";
            var a = Library("News2018", seeds.Take(3), ns1, cls1);
            var b = Library("News2019", seeds.Skip(3), ns2, cls2);

            string user = $@"namespace App {{ public static class Use {{
    public static int Events() {{ return {ns1}.{cls1}.Events.All.Count + {ns2}.{cls2}.Events.All.Count; }}
    public static string First() {{ return {ns1}.{cls1}.Articles.All[0].Title + ""|"" + {ns2}.{cls2}.Articles.All[0].Title; }}
}} }}";
            var consumer = CSharpCompilation.Create("App", new[] { CSharpSyntaxTree.ParseText(user) },
                GeneratorHarness.References.Add(a.Reference).Add(b.Reference), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var pe = new MemoryStream();
            var emit = consumer.Emit(pe);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

            var alc = new System.Runtime.Loader.AssemblyLoadContext("split", isCollectible: true);
            alc.LoadFromStream(new MemoryStream(a.Image));
            alc.LoadFromStream(new MemoryStream(b.Image));
            pe.Position = 0;
            var app = alc.LoadFromStream(pe).GetType("App.Use")!;
            string Title((string Path, string Text) f) => SeedGen.Extraction.ArticleExtractor.Extract(f.Path, f.Text).Title;
            Assert.Equal(Title(seeds[0]) + "|" + Title(seeds[3]), app.GetMethod("First")!.Invoke(null, null));
            Assert.True((int)app.GetMethod("Events")!.Invoke(null, null)! > 0);
            alc.Unload();
        }
    }
}
