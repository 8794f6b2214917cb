using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>
    /// What the editor shows, asked of the compiler as completion and hover do: at the position after <c>Corpus.Events.</c>
    /// (and Statements, People), which members the semantic model lists as accessible, and each member's documentation XML.
    /// </summary>
    public class IntelliSenseTests
    {
        private const string UserCode = @"namespace Consumer
{
    internal static class Use
    {
        internal static void M()
        {
            var e = Corpus.Events.MinskDialogue2019;
            var p = Corpus.People.AlyaksandrLukashenka;
            var s = Corpus.Statements.All;
        }
    }
}";

        private static (SemanticModel Model, int Position, Compilation Output) Setup()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), userSource: UserCode);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            var tree = run.Output.SyntaxTrees.Single(t => t.FilePath == "User.cs");
            int position = tree.GetText().ToString().IndexOf("var e", StringComparison.Ordinal);
            return (run.Output.GetSemanticModel(tree), position, run.Output);
        }

        private static IReadOnlyList<ISymbol> Completion(string nestedType)
        {
            var (model, position, output) = Setup();
            var type = output.GetTypeByMetadataName("Consumer.Corpus+" + nestedType);
            Assert.NotNull(type);
            return model.LookupSymbols(position, type).Where(s => s.IsStatic && s.Kind is SymbolKind.Property or SymbolKind.Method && SymbolEqualityComparer.Default.Equals(s.ContainingType, type)).ToList();
        }

        private static XElement Hover(ISymbol symbol)
        {
            string? xml = symbol.GetDocumentationCommentXml();
            Assert.False(string.IsNullOrWhiteSpace(xml), $"{symbol.Name} has no documentation");
            return XElement.Parse(xml!); // well-formed, or this throws
        }

        [Fact]
        public void Completion_after_Corpus_Events_lists_the_seed_events_and_hover_shows_dates_and_place()
        {
            var members = Completion("Events");
            var names = members.Select(m => m.Name).ToList();
            Assert.Contains("MinskDialogue2019", names);
            Assert.Contains("MunichSecurityConferenceCoreGroupMeeting2018", names);
            Assert.Contains("All", names);
            Assert.Contains("Find", names);
            Assert.DoesNotContain(names, n => n.StartsWith("__", StringComparison.Ordinal)); // holders are not offered

            string forum = Hover(members.First(m => m.Name == "MinskDialogue2019")).Value;
            Assert.Contains("2019-10-07", forum);
            Assert.Contains("2019-10-09", forum);
            Assert.Contains("Minsk", forum);
            string msc = Hover(members.First(m => m.Name == "MunichSecurityConferenceCoreGroupMeeting2018")).Value;
            Assert.Contains("2018-10-30", msc);
            Assert.Contains("000_eece2b19b8a7b53b.txt", msc);
            foreach (var m in members) Hover(m);
        }

        [Fact]
        public void Completion_after_Corpus_People_lists_the_speakers()
        {
            var members = Completion("People");
            Assert.Contains(members, m => m.Name == "AlyaksandrLukashenka");
            Assert.Contains(members, m => m.Name == "ValeryKarbalevich");
            Assert.Contains("Lukashenka", Hover(members.First(m => m.Name == "AlyaksandrLukashenka")).Value);
            foreach (var m in members) Hover(m);
        }

        [Fact]
        public void Hover_on_a_statement_shows_the_quote_in_full_who_said_it_and_where()
        {
            var members = Completion("Statements");
            var quote = members.Select(m => (m, Hover(m).Value)).FirstOrDefault(x => x.Value.Contains("If we make advances in our relations", StringComparison.Ordinal));
            Assert.NotNull(quote.m);
            Assert.Contains("Alyaksandr Lukashenka", quote.Value);
            Assert.Contains("partners of yours", quote.Value);
            Assert.Contains("seeds/000_eece2b19b8a7b53b.txt, line 20", quote.Value);
            Assert.True(members.Count >= 43);
        }
    }
}
