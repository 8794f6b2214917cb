using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Extraction;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    public class CompileTests
    {
        [Fact]
        public void Seeds_generate_code_that_compiles_without_any_warning_including_missing_docs()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds());
            // the corpus root, an index per scope (Articles, Statements, Events, People, Places, Organizations), and one chunk each for
            // the articles (with their statements), events, people, places and organisations
            Assert.Equal(1 + 6 + 5, run.Sources.Count);
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            // DocumentationMode.Diagnose: a public generated member without an XML doc comment would be CS1591
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
        }

        [Fact]
        public void Generated_code_keeps_nullable_annotations_but_asks_for_no_nullable_analysis()
        {
            // in a project with <Nullable>enable</Nullable>, '#nullable enable annotations' alone still has the compiler run its
            // nullable flow analysis over every generated body (a fifth of their compile time): the generated files also say
            // '#nullable disable warnings', as System.Text.Json's generator does. The analysis shows in the semantic model: an
            // expression it analysed has a flow state (NotNull, MaybeNull); one it did not has None
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), nullable: NullableContextOptions.Enable);
            var generated = run.Output.SyntaxTrees.Where(t => t.FilePath.Contains("SeedGen.Corpus", StringComparison.Ordinal)).ToList();
            Assert.Equal(run.Sources.Count, generated.Count);
            int bodies = 0;
            foreach (var tree in generated)
            {
                var model = run.Output.GetSemanticModel(tree);
                foreach (var body in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax>())
                {
                    bodies++;
                    Assert.Equal(NullableFlowState.None, model.GetTypeInfo(body.Expression).Nullability.FlowState);
                }
                // the public members keep their annotations ('Event?' in the editor)
                Assert.True(model.GetNullableContext(tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().First().SpanStart).AnnotationsEnabled(), tree.FilePath);
            }
            Assert.True(bodies > 50, bodies + " expression bodies");
            // the user's own code keeps the project's context, so the check above could fail
            var user = CSharpSyntaxTree.ParseText("class U { static string M() => \"x\"; }", (CSharpParseOptions)generated[0].Options);
            var withUser = run.Output.AddSyntaxTrees(user);
            var arrow = user.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax>().Single();
            Assert.Equal(NullableFlowState.NotNull, withUser.GetSemanticModel(user).GetTypeInfo(arrow.Expression).Nullability.FlowState);
        }

        [Fact]
        public void The_documentation_check_is_live()
        {
            // the same setup does report an undocumented public member, so the test above could fail
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), userSource: "namespace Consumer { public class Undocumented { } }");
            Assert.Contains(run.CompileDiagnostics, d => d.Id == "CS1591");
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp8)]
        [InlineData(LanguageVersion.CSharp9)]
        [InlineData(LanguageVersion.CSharp10)]
        [InlineData(LanguageVersion.Latest)]
        public void Generated_code_compiles_on_older_language_versions(LanguageVersion version)
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), languageVersion: version);
            Assert.Empty(run.CompileDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        }

        [Fact]
        public void Generated_values_equal_what_extraction_found()
        {
            var seeds = GeneratorHarness.Seeds();
            var run = GeneratorHarness.Run(seeds);
            var asm = GeneratorHarness.Load(run.Output);
            var corpus = asm.GetType("Consumer.Corpus+Statements")!;
            var all = (IReadOnlyList<SeedGen.Statement>)corpus.GetProperty("All")!.GetValue(null)!;

            var expected = seeds.SelectMany(s => ArticleExtractor.Extract(s.Path, s.Text).Statements.Select(st => (s.Path, st))).ToList();
            Assert.Equal(expected.Count, all.Count);
            for (int i = 0; i < all.Count; i++)
            {
                var (file, model) = expected[i];
                var actual = all[i];
                Assert.Equal(model.Text, actual.Text);
                Assert.Equal(file, actual.Source.File);
                Assert.Equal(model.Span.Line, actual.Source.Line);
                Assert.Equal(model.Kind.ToString(), actual.Kind.ToString());
                // a speaker is a Person when it names one; an organisation or group ("the State Department") keeps its words only
                if (model.Speaker is null) Assert.Null(actual.Speaker);
                else if (actual.Speaker is null) Assert.False(string.IsNullOrEmpty(actual.SpeakerText), model.Speaker);
                Assert.Same(actual, actual.Article.Statements.Single(s => s.Id == actual.Id));
            }
            var articles = (IReadOnlyList<SeedGen.Article>)asm.GetType("Consumer.Corpus+Articles")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(seeds.Select(s => s.Path), articles.Select(a => a.File));
        }

        [Fact]
        public void Generated_members_are_found_by_id()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds());
            var asm = GeneratorHarness.Load(run.Output);
            var people = asm.GetType("Consumer.Corpus+People")!;
            var all = (IReadOnlyList<SeedGen.Person>)people.GetProperty("All")!.GetValue(null)!;
            Assert.NotEmpty(all);
            foreach (var p in all)
            {
                // every record is reachable as a member named by its Id, and through Find
                Assert.Same(p, people.GetProperty(p.Id)!.GetValue(null));
                Assert.Same(p, people.GetMethod("Find")!.Invoke(null, new object[] { p.Id }));
            }
            Assert.Null(people.GetMethod("Find")!.Invoke(null, new object[] { "NoSuchPerson" }));
        }
    }
}
