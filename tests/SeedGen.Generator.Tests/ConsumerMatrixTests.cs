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
    /// <summary>Every consumer compiles the generated code with zero warnings (warnings as errors): C# 7.3 to the latest language
    /// version, nullable on and off, against netstandard2.0, .NET Framework 4.7.2 and the current .NET reference assemblies.</summary>
    public class ConsumerMatrixTests
    {
        public enum Target { Net, NetStandard20, NetFramework472 }

        /// <summary>The runtime library's netstandard2.0 build (copied beside the tests by the project file), as such consumers get it.</summary>
        private static MetadataReference NetStandardRuntime() =>
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "SeedGen.dll"));

        internal static IEnumerable<MetadataReference> ReferencesFor(Target target) => target switch
        {
            Target.NetStandard20 => Basic.Reference.Assemblies.NetStandard20.References.All.Cast<MetadataReference>().Append(NetStandardRuntime()),
            Target.NetFramework472 => Basic.Reference.Assemblies.Net472.References.All.Cast<MetadataReference>().Append(NetStandardRuntime()),
            _ => GeneratorHarness.References,
        };

        public static IEnumerable<object[]> Matrix()
        {
            foreach (var target in new[] { Target.Net, Target.NetStandard20, Target.NetFramework472 })
            {
                yield return new object[] { LanguageVersion.CSharp7_3, NullableContextOptions.Disable, target };
                foreach (var version in new[] { LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.Latest })
                    foreach (var nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable })
                        yield return new object[] { version, nullable, target };
            }
        }

        [Theory]
        [MemberData(nameof(Matrix))]
        public void Generated_code_compiles_with_zero_warnings_as_errors(LanguageVersion version, NullableContextOptions nullable, Target target)
        {
            const string User = "namespace Consumer { /// <summary>Uses the corpus.</summary>\npublic static class Use { /// <summary>A record.</summary>\npublic static object First() { return Corpus.Events.All[0].Name + Corpus.Statements.All.Count + Corpus.People.Find(\"AlyaksandrLukashenka\"); } } }";
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), languageVersion: version, userSource: User, nullable: nullable, references: ReferencesFor(target));
            var strict = run.Output.WithOptions(((CSharpCompilationOptions)run.Output.Options).WithGeneralDiagnosticOption(ReportDiagnostic.Error));
            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            Assert.Empty(strict.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
            using var pe = new MemoryStream();
            var emit = strict.Emit(pe);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            bool annotated = version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8;
            Assert.Equal(annotated, run.Sources.All(s => s.Text.Contains("#nullable enable", StringComparison.Ordinal)));
        }

        [Fact]
        public void The_matrix_is_live_a_nullable_annotation_fails_csharp_7_3()
        {
            // the same setup rejects what the generator used to emit, so the test above could fail
            const string User = "#nullable enable\nnamespace Consumer { internal static class U { internal static string? M() { return null; } } }";
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), languageVersion: LanguageVersion.CSharp7_3, userSource: User, references: ReferencesFor(Target.NetStandard20));
            Assert.Contains(run.Output.GetDiagnostics(), d => d.Id is "CS8370" or "CS8107" or "CS8652");
        }
    }
}
