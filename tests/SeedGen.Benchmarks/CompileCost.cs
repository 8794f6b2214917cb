using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// What the compiler spends on the generated code alone (<c>-- --compile-cost N [DIR]</c>): the generator runs in memory on N
    /// distinct articles, then its output is compiled as a command-line build compiles it (documentation comments not parsed,
    /// Release, emit to memory), phase by phase: parse, declaration and binding diagnostics, emit; CPU and wall time and the
    /// managed heap after. With DIR the generated files are written there; <c>-- --compile-dir DIR</c> compiles the .cs files
    /// of a folder the same way (to measure a variant of the emitted code edited by hand).
    /// </summary>
    public static class CompileCost
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        public static int Run(int articles, string? dump, LanguageVersion version = LanguageVersion.Latest)
        {
            var corpus = CorpusSynthesizer.Distinct(articles);
            var run = GeneratorHarness.Run(corpus, trackSteps: false, languageVersion: version, documentation: DocumentationMode.None);
            var sources = run.Sources;
            if (dump != null)
            {
                Directory.CreateDirectory(dump);
                foreach (var (name, text) in sources) File.WriteAllText(Path.Combine(dump, name), text);
            }
            Console.WriteLine($"{articles:N0} distinct articles: {sources.Count} generated files, {sources.Sum(s => (long)s.Text.Length) / 1e6:F1} M characters");
            GC.Collect();
            return Compile(sources.Select(s => (s.HintName, s.Text)).ToList(), version);
        }

        public static int RunDir(string dir, LanguageVersion version = LanguageVersion.Latest) =>
            Compile(Directory.GetFiles(dir, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList(), version);

        private static int Compile(List<(string Name, string Text)> files, LanguageVersion version)
        {
            var proc = Process.GetCurrentProcess();
            var parse = new CSharpParseOptions(version, DocumentationMode.None);
            double cpu0 = proc.TotalProcessorTime.TotalSeconds;
            var sw = Stopwatch.StartNew();
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, path: f.Name)).ToList();
            trees.Add(CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", parse, path: "Program.cs"));
            foreach (var t in trees) t.GetRoot();
            double parseS = sw.Elapsed.TotalSeconds, parseCpu = proc.TotalProcessorTime.TotalSeconds - cpu0;
            var compilation = CSharpCompilation.Create("Consumer", trees, GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, deterministic: true,
                    nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
            sw.Restart();
            double cpu1 = proc.TotalProcessorTime.TotalSeconds;
            var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            double bindS = sw.Elapsed.TotalSeconds, bindCpu = proc.TotalProcessorTime.TotalSeconds - cpu1;
            sw.Restart();
            double cpu2 = proc.TotalProcessorTime.TotalSeconds;
            using var pe = new MemoryStream();
            var emit = compilation.Emit(pe);
            double emitS = sw.Elapsed.TotalSeconds, emitCpu = proc.TotalProcessorTime.TotalSeconds - cpu2;
            long heap = GC.GetTotalMemory(false);
            Console.WriteLine($"{files.Count} files, {files.Sum(f => (long)f.Text.Length) / 1e6:F1} M chars: parse {parseS:F2} s ({parseCpu:F2} CPU), " +
                $"diagnostics {bindS:F2} s ({bindCpu:F2} CPU), emit {emitS:F2} s ({emitCpu:F2} CPU); total CPU {proc.TotalProcessorTime.TotalSeconds - cpu0:F2} s; " +
                $"assembly {pe.Length:N0} bytes; managed heap {heap / 1e6:F0} MB, peak working set {proc.PeakWorkingSet64 / 1e6:F0} MB");
            foreach (var d in diagnostics.Concat(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)).Take(10)) Console.WriteLine("  " + d);
            GC.KeepAlive(compilation);
            return emit.Success && diagnostics.Count == 0 ? 0 : 1;
        }

        public static LanguageVersion Version(string? s) => s == null ? LanguageVersion.Latest
            : LanguageVersionFacts.TryParse(s, out var v) ? v : throw new ArgumentException("language version " + s);
    }
}
