using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Generator;

namespace SeedGen.Generator.Tests.Harness
{
    /// <summary>An additional file held in memory, as MSBuild would pass it.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;
        public InMemoryAdditionalText(string path, string text) { Path = path; _text = SourceText.From(text, System.Text.Encoding.UTF8); }
        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Global MSBuild properties (build_property.X) and per-file metadata, as the package's targets expose them.</summary>
    public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly IReadOnlyDictionary<string, Options> _perFile;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
        {
            _global = new Options(global);
            _perFile = (perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).ToDictionary(k => k.Key, v => new Options(v.Value));
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _perFile.TryGetValue(textFile.Path, out var o) ? o : Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly IReadOnlyDictionary<string, string> _values;
            public Options(IReadOnlyDictionary<string, string> values) => _values = values;
            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out var v)) { value = v; return true; }
                value = null!;
                return false;
            }
        }
    }

    /// <summary>One generator run: the driver (to run again after an edit), the compilation with the generated code, and what came out.</summary>
    public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result)
    {
        /// <summary>Generated sources by hint name, in hint-name order.</summary>
        public IReadOnlyList<(string HintName, string Text)> Sources => Result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

        /// <summary>Compiler diagnostics of the output compilation (warnings and errors), excluding the generator's own.</summary>
        public IReadOnlyList<Diagnostic> CompileDiagnostics => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public static class GeneratorHarness
    {
        public const string ProjectDir = "/proj";

        /// <summary>Framework references of the test process plus the SeedGen runtime library.</summary>
        public static readonly ImmutableArray<MetadataReference> References = BuildReferences();

        private static ImmutableArray<MetadataReference> BuildReferences()
        {
            var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
            refs.Add(MetadataReference.CreateFromFile(typeof(SeedGen.Article).Assembly.Location));
            return refs.ToImmutableArray();
        }

        /// <summary>The five seed articles as (path relative to the project, text).</summary>
        public static IReadOnlyList<(string Path, string Text)> Seeds()
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "Seeds");
            return Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => ("seeds/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
        }

        public static Dictionary<string, string> DefaultGlobals(string rootNamespace = "Consumer") => new()
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.MSBuildProjectDirectory"] = ProjectDir,
        };

        /// <summary>A driver with step tracking on, for the given files (relative paths under <see cref="ProjectDir"/>).</summary>
        public static (GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<AdditionalText> Texts) Create(
            IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? globals = null,
            LanguageVersion languageVersion = LanguageVersion.Latest, string? userSource = null, bool trackSteps = true,
            NullableContextOptions? nullable = null, IEnumerable<MetadataReference>? references = null, SeedGenGenerator? generator = null,
            DocumentationMode documentation = DocumentationMode.Diagnose)
        {
            var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + "/" + f.Path, f.Text)).ToImmutableArray();
            var parse = new CSharpParseOptions(languageVersion, documentation);
            var trees = new List<SyntaxTree>();
            if (userSource != null) trees.Add(CSharpSyntaxTree.ParseText(userSource, parse, path: "User.cs"));
            // C# 7.3 has no nullable context (the compiler rejects one), later versions default to enabled
            var nullableOptions = nullable ?? (languageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
            var compilation = CSharpCompilation.Create("Consumer", trees, references ?? References,
                new CSharpCompilationOptions(userSource != null && userSource.Contains("static void Main") ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: nullableOptions, deterministic: true));
            var driver = CSharpGeneratorDriver.Create(
                new[] { (generator ?? new SeedGenGenerator()).AsSourceGenerator() },
                texts,
                parse,
                new TestOptionsProvider(globals ?? DefaultGlobals()),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
            return (driver, compilation, texts);
        }

        public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? globals = null,
            LanguageVersion languageVersion = LanguageVersion.Latest, string? userSource = null, bool trackSteps = true,
            NullableContextOptions? nullable = null, IEnumerable<MetadataReference>? references = null, SeedGenGenerator? generator = null,
            DocumentationMode documentation = DocumentationMode.Diagnose)
        {
            var (driver, compilation, _) = Create(files, globals, languageVersion, userSource, trackSteps, nullable, references, generator, documentation);
            return RunDriver(driver, compilation);
        }

        public static GeneratorRun RunDriver(GeneratorDriver driver, Compilation compilation)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return new GeneratorRun(driver, output, diagnostics, driver.GetRunResult());
        }

        /// <summary>Emits the output compilation to memory and loads it in a collectible context, for tests that read the values back.</summary>
        public static System.Reflection.Assembly Load(Compilation output)
        {
            using var pe = new MemoryStream();
            var emit = output.Emit(pe);
            if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
            pe.Position = 0;
            var alc = new System.Runtime.Loader.AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            return alc.LoadFromStream(pe);
        }
    }
}
