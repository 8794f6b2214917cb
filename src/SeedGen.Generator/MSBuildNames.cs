namespace SeedGen.Generator
{
    /// <summary>Every MSBuild name the generator reads, defined once (the package's build/SeedGen.props declares the same names).</summary>
    internal static class MSBuildNames
    {
        public const string Namespace = "build_property.SeedGenNamespace";
        public const string ClassName = "build_property.SeedGenClassName";
        public const string Enabled = "build_property.SeedGenEnabled";
        public const string RootNamespace = "build_property.RootNamespace";
        public const string ProjectDirectory = "build_property.MSBuildProjectDirectory";
        public const string Kind = "build_metadata.AdditionalFiles.SeedGenKind";

        public const string KindArticle = "Article";
        public const string KindLexicon = "Lexicon";

        public const string DefaultClassName = "Corpus";
        public const string DefaultNamespace = "SeedGen.Generated";
    }

    /// <summary>Names of the tracked pipeline steps (for TrackIncrementalGeneratorSteps tests).</summary>
    public static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string Files = nameof(Files);
        public const string ArticleInputs = nameof(ArticleInputs);
        public const string Lexicon = nameof(Lexicon);
        public const string Curations = nameof(Curations);
        public const string Extracted = nameof(Extracted);
        public const string Facts = nameof(Facts);
        public const string Links = nameof(Links);
        public const string Naming = nameof(Naming);
        public const string Slices = nameof(Slices);
        public const string Renames = nameof(Renames);
        public const string Corpus = nameof(Corpus);
        public const string ArticleEmit = nameof(ArticleEmit);
        public const string EventChunks = nameof(EventChunks);
        public const string ArticleChunks = nameof(ArticleChunks);
    }
}
