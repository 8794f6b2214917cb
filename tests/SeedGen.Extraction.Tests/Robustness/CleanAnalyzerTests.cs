using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using SeedGen.Extraction.Lexicon;
using Xunit;

namespace SeedGen.Extraction.Tests.Robustness
{
    /// <summary>The extraction assembly runs inside the compiler (it ships beside the generator): no file system, environment,
    /// clock, randomness or console; no mutable statics; and no gold scoring (that is SeedGen.Evaluation). These read the
    /// compiled assembly itself, so they fail whatever the analyzer settings.</summary>
    public class CleanAnalyzerTests
    {
        private static readonly Assembly Extraction = typeof(Lexicon.Lexicon).Assembly;

        /// <summary>Every type and member the assembly's IL refers to in another assembly, as "Namespace.Type::Member".</summary>
        private static List<string> ExternalReferences()
        {
            using var pe = new PEReader(File.OpenRead(Extraction.Location));
            var md = pe.GetMetadataReader();
            string TypeName(EntityHandle h) => h.Kind switch
            {
                HandleKind.TypeReference => md.GetString(md.GetTypeReference((TypeReferenceHandle)h).Namespace) + "." + md.GetString(md.GetTypeReference((TypeReferenceHandle)h).Name),
                HandleKind.TypeSpecification => "(generic)",
                _ => "",
            };
            var result = new List<string>();
            foreach (var h in md.TypeReferences) result.Add(TypeName(h));
            foreach (var h in md.MemberReferences)
            {
                var m = md.GetMemberReference(h);
                result.Add(TypeName(m.Parent) + "::" + md.GetString(m.Name));
            }
            return result;
        }

        [Theory]
        [InlineData("System.IO.File")]
        [InlineData("System.IO.Directory")]
        [InlineData("System.IO.FileInfo")]
        [InlineData("System.IO.FileStream")]
        [InlineData("System.Environment")]
        [InlineData("System.Console")]
        [InlineData("System.Random")]
        [InlineData("System.Diagnostics.Stopwatch")]
        [InlineData("System.Diagnostics.Process")]
        [InlineData("System.DateTime::get_Now")]
        [InlineData("System.DateTime::get_UtcNow")]
        [InlineData("System.DateTime::get_Today")]
        [InlineData("System.DateTimeOffset::get_Now")]
        [InlineData("System.Guid::NewGuid")]
        [InlineData("System.Globalization.CultureInfo::get_CurrentCulture")]
        [InlineData("System.Threading.Thread")]
        public void The_shipped_extraction_never_uses(string api)
        {
            // the compiler itself emits Environment.CurrentManagedThreadId in every iterator (yield return): not ours
            const string CompilerEmitted = "System.Environment::get_CurrentManagedThreadId";
            var all = ExternalReferences();
            var refs = all.Where(r => r != CompilerEmitted).ToList();
            if (!refs.Any(r => r.StartsWith("System.Environment::", StringComparison.Ordinal))) refs.RemoveAll(r => r == "System.Environment");
            Assert.DoesNotContain(refs, r => r == api || r.StartsWith(api + "::", StringComparison.Ordinal));
        }

        [Fact]
        public void The_shipped_extraction_has_no_mutable_statics()
        {
            var mutable = new List<string>();
            foreach (var t in Extraction.GetTypes())
            {
                if (t.IsDefined(typeof(CompilerGeneratedAttribute)) || t.Name.StartsWith("<", StringComparison.Ordinal)) continue; // lambda caches
                foreach (var f in t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    if (!f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute))) mutable.Add(t.FullName + "." + f.Name);
            }
            Assert.True(mutable.Count == 0, "mutable static fields: " + string.Join(", ", mutable));
        }

        [Fact]
        public void Gold_scoring_is_not_in_the_shipped_extraction()
        {
            Assert.DoesNotContain(Extraction.GetTypes(), t => t.Namespace == "SeedGen.Extraction.Evaluation");
            var scoring = typeof(SeedGen.Extraction.Evaluation.StatementScoring).Assembly;
            Assert.Equal("SeedGen.Evaluation", scoring.GetName().Name);
            Assert.DoesNotContain(Extraction.GetReferencedAssemblies(), a => a.Name == "SeedGen.Evaluation");
        }

        [Fact]
        public void The_extraction_project_is_a_roslyn_component_checked_by_the_banned_api_rules()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
            Assert.NotNull(dir);
            string project = Path.Combine(dir!.FullName, "src", "SeedGen.Extraction");
            string csproj = File.ReadAllText(Path.Combine(project, "SeedGen.Extraction.csproj"));
            Assert.Contains("<IsRoslynComponent>true</IsRoslynComponent>", csproj, StringComparison.Ordinal);
            Assert.Contains("<EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>", csproj, StringComparison.Ordinal);
            Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", csproj, StringComparison.Ordinal);
            var banned = File.ReadAllLines(Path.Combine(project, "BannedSymbols.txt")).Select(l => l.Split(';')[0]).ToHashSet(StringComparer.Ordinal);
            foreach (var id in new[] { "T:System.IO.File", "T:System.IO.Directory", "T:System.Environment", "T:System.Console", "T:System.Random", "P:System.DateTime.Now", "P:System.DateTime.UtcNow" })
                Assert.Contains(id, banned);
            // and the generator project does not pack SeedGen.Evaluation
            string generator = File.ReadAllText(Path.Combine(dir.FullName, "src", "SeedGen.Generator", "SeedGen.Generator.csproj"));
            Assert.DoesNotContain("SeedGen.Evaluation", generator, StringComparison.Ordinal);
        }
    }
}
