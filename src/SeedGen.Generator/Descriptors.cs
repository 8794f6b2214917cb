using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Generator
{
    /// <summary>The diagnostics SeedGen reports (documented in the README; tracked in AnalyzerReleases.*.md).</summary>
    internal static class Descriptors
    {
        private const string Category = "SeedGen";
        /// <summary>The README's diagnostics table; each id has its anchor there (<c>#sg0001</c>).</summary>
        internal const string HelpBase = "https://github.com/seedgen/seedgen/blob/main/README.md";

        internal static string HelpLink(string id) => HelpBase + "#" + id.ToLowerInvariant();

        private static DiagnosticDescriptor D(string id, string title, DiagnosticSeverity severity) =>
            new(id, title, "{0}", Category, severity, isEnabledByDefault: true, description: title + ".", helpLinkUri: HelpLink(id));

        /// <summary>A generator step other than one article's extraction failed (a bug); what it could not produce is generated empty.</summary>
        public static readonly DiagnosticDescriptor StepFailed = D("SG0901", "A SeedGen step failed", DiagnosticSeverity.Warning);

        /// <summary>A scope has more records than a .NET type can have members; they are reached through All and Find only.</summary>
        public static readonly DiagnosticDescriptor TooManyMembers = D("SG0902", "Too many records for one generated class", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ExtractionFailed = D(DiagnosticIds.ExtractionFailed, "Extracting an article failed", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnreadableFile = D(DiagnosticIds.UnreadableFile, "Article file is not readable text", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor EmptyArticle = D(DiagnosticIds.EmptyArticle, "Article file is empty", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor YamlSyntax = D(DiagnosticIds.YamlSyntax, "YAML is not valid", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor YamlUnknownKey = D(DiagnosticIds.YamlUnknownKey, "Unknown YAML key", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor UnbalancedQuote = D(DiagnosticIds.UnbalancedQuote, "Quotation mark is never closed", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor NoSpeaker = D(DiagnosticIds.NoSpeaker, "Statement without a resolvable speaker", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor DateWithoutYear = D(DiagnosticIds.DateWithoutYear, "Date without a certain year", DiagnosticSeverity.Info);
        public static readonly DiagnosticDescriptor DuplicateIdentifier = D(DiagnosticIds.DuplicateIdentifier, "Duplicate or invalid identifier", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor CurationUnknownReference = D(DiagnosticIds.CurationUnknownReference, "Curation refers to something that does not exist", DiagnosticSeverity.Warning);
        public static readonly DiagnosticDescriptor CurationQuoteNotInText = D(DiagnosticIds.CurationQuoteNotInText, "Curated quote does not occur in the article", DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor NameDependsOnOtherArticle = D(DiagnosticIds.NameDependsOnOtherArticle, "A generated member's name depends on another article", DiagnosticSeverity.Info);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
        {
            [ExtractionFailed.Id] = ExtractionFailed,
            [UnreadableFile.Id] = UnreadableFile,
            [EmptyArticle.Id] = EmptyArticle,
            [YamlSyntax.Id] = YamlSyntax,
            [YamlUnknownKey.Id] = YamlUnknownKey,
            [UnbalancedQuote.Id] = UnbalancedQuote,
            [NoSpeaker.Id] = NoSpeaker,
            [DateWithoutYear.Id] = DateWithoutYear,
            [DuplicateIdentifier.Id] = DuplicateIdentifier,
            [CurationUnknownReference.Id] = CurationUnknownReference,
            [CurationQuoteNotInText.Id] = CurationQuoteNotInText,
            [StepFailed.Id] = StepFailed,
            [TooManyMembers.Id] = TooManyMembers,
            [NameDependsOnOtherArticle.Id] = NameDependsOnOtherArticle,
        };

        public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

        /// <summary>The descriptor for an id; an unknown id (a new extractor diagnostic) still reports, under a generic descriptor.</summary>
        public static DiagnosticDescriptor For(string id, DiagnosticSeverityModel severity) =>
            ById.TryGetValue(id, out var d) ? d : D(id, "SeedGen diagnostic", severity switch
            {
                DiagnosticSeverityModel.Error => DiagnosticSeverity.Error,
                DiagnosticSeverityModel.Warning => DiagnosticSeverity.Warning,
                DiagnosticSeverityModel.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Hidden,
            });
    }
}
