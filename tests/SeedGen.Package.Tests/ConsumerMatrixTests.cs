using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedGen.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Package.Tests
{
    /// <summary>One consumer of the packed package: a fresh project outside the repository with the seeds in its own
    /// <c>seeds/</c>, warnings as errors, C# written to 7.3 so every language version can compile it.</summary>
    public sealed record Consumer(string Name, string TargetFramework, string? LangVersion, string? Nullable, bool Exe, bool Runs, string? References = null)
    {
        public override string ToString() => Name;

        /// <summary>What the build writes: an .exe for .NET Framework applications, else a .dll.</summary>
        public string Output => Path.Combine("bin", "Release", TargetFramework, Name + (Exe && TargetFramework.StartsWith("net4", StringComparison.Ordinal) ? ".exe" : ".dll"));
    }

    /// <summary>
    /// Issue 12, point 1: every consumer compiles with zero warnings. A representative matrix (C# 7.3 and the latest
    /// language version, nullable off and on, netstandard2.0, net48 and net8.0) is restored from the packed <c>.nupkg</c>
    /// and built once, in parallel, as one solution with <c>TreatWarningsAsErrors</c>; each case then checks its own
    /// project in that build. net48 cannot run on Linux: it is built only; the netstandard2.0 library is run through the
    /// net8.0 application that references it.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class ConsumerMatrixTests
    {
        public static readonly Consumer[] Consumers =
        {
            // the SDK's default for netstandard2.0 is C# 7.3, nullable off: nothing set, as a user's fresh library has it
            new("Lib73", "netstandard2.0", null, null, Exe: false, Runs: false),
            new("LibLatestNullable", "netstandard2.0", "latest", "enable", Exe: false, Runs: false),
            new("LibLatestOblivious", "netstandard2.0", "latest", "disable", Exe: false, Runs: false),
            new("Fx48Lang73", "net48", "7.3", null, Exe: true, Runs: false),
            new("Fx48LatestNullable", "net48", "latest", "enable", Exe: true, Runs: false),
            new("App8LatestNullable", "net8.0", "latest", "enable", Exe: true, Runs: true, References: "Lib73"),
        };

        public static IEnumerable<object[]> Cases => Consumers.Select(c => new object[] { c.Name });

        private static readonly object Gate = new();
        private static MatrixBuild? _build;

        private readonly PackedPackage _package;
        private readonly ITestOutputHelper _out;

        public ConsumerMatrixTests(PackedPackage package, ITestOutputHelper output)
        {
            _package = package;
            _out = output;
        }

        /// <summary>The one restore and build of all consumers (per packed package), made by the first case that needs it.</summary>
        private MatrixBuild Build()
        {
            lock (Gate)
            {
                if (_build is null || _build.Package != _package) _build = MatrixBuild.Create(_package);
                return _build;
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Consumer_builds_from_the_package_with_zero_warnings(string name)
        {
            var build = Build();
            var consumer = Consumers.Single(c => c.Name == name);
            var own = build.LinesOf(consumer);
            _out.WriteLine($"{consumer.Name}: {consumer.TargetFramework}, C# {consumer.LangVersion ?? "default"}, nullable {consumer.Nullable ?? "default (off)"}; whole matrix built in {build.Seconds:F0} s");
            foreach (var l in own) _out.WriteLine(l);
            Assert.True(own.Count == 0, $"{consumer.Name} has {own.Count} warnings or errors:\n" + string.Join("\n", own.Take(20)));
            Assert.True(File.Exists(Path.Combine(build.Dir, consumer.Name, consumer.Output)), $"{consumer.Name} built nothing (exit {build.Code}):\n" + Tail(build.Log));
            // the generator loaded and ran in this project
            Assert.DoesNotContain("CS8784", build.Log);
            Assert.DoesNotContain("CS8785", build.Log);
        }

        [Fact]
        public void Net8_app_runs_its_own_corpus_and_the_one_of_a_CSharp_7_3_netstandard2_0_library()
        {
            var build = Build();
            var app = Consumers.Single(c => c.Runs);
            string dll = Path.Combine(build.Dir, app.Name, app.Output);
            Assert.True(File.Exists(dll), $"{app.Name} was not built:\n" + Tail(build.Log));
            var (code, output) = Dotnet.Run(Path.GetDirectoryName(dll)!, "exec", dll);
            _out.WriteLine(output);
            Assert.Equal(0, code);

            // the figures each corpus prints are what the extraction library finds in the same seeds
            var seeds = MatrixBuild.SeedFiles();
            var expected = seeds.Select(f => ArticleExtractor.Extract("seeds/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
            foreach (var prefix in new[] { "app:", "lib:" })
            {
                var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l.Substring(prefix.Length)).ToList();
                Assert.Contains("articles=" + seeds.Count, lines);
                Assert.Contains("statements=" + expected.Sum(a => a.Statements.Count), lines);
                Assert.Contains("first-title=" + expected[0].Title, lines);
                Assert.DoesNotContain("with-speaker=0", lines);
                var events = lines.Where(l => l.StartsWith("event|", StringComparison.Ordinal)).ToList();
                Assert.NotEmpty(events);
                Assert.All(events, e => Assert.EndsWith("|found", e)); // Find(id) returns the same record as the property list
            }
        }

        private static string Tail(string log) => log.Length <= 6000 ? log : log.Substring(log.Length - 6000);

        /// <summary>The consumers' folder, its restore into the package's fresh cache, and the one parallel build.</summary>
        private sealed class MatrixBuild
        {
            public PackedPackage Package { get; private set; } = null!;
            public string Dir { get; private set; } = "";
            public string Log { get; private set; } = "";
            public int Code { get; private set; }
            public double Seconds { get; private set; }

            public static List<string> SeedFiles() =>
                Directory.GetFiles(Path.Combine(PackedPackage.RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();

            /// <summary>Warnings and errors MSBuild attributes to this consumer's project (lines end in <c>[…/Name.csproj]</c>).</summary>
            public List<string> LinesOf(Consumer c)
            {
                string tag = "/" + c.Name + "/" + c.Name + ".csproj";
                return Log.Split('\n').Select(l => l.TrimEnd('\r'))
                    .Where(l => (l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal)) && l.Contains(tag, StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal).ToList();
            }

            public static MatrixBuild Create(PackedPackage package)
            {
                string dir = Path.Combine(package.Root, "matrix");
                Directory.CreateDirectory(dir);
                // nothing above the folder is imported; SeedGen comes from the local feed only, everything else (reference
                // assemblies, targeting packs) from nuget.org, read first from the user's own cache when it has them
                File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
                File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
                File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
                string userCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                    ? configured : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
                File.WriteAllText(Path.Combine(dir, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <clear />
    <add key=""local"" value=""{package.Feed}"" />
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key=""local""><package pattern=""SeedGen"" /></packageSource>
    <packageSource key=""nuget.org""><package pattern=""*"" /></packageSource>
  </packageSourceMapping>
  <fallbackPackageFolders>
    <clear />
    {(Directory.Exists(userCache) ? $@"<add key=""user"" value=""{userCache}"" />" : "")}
  </fallbackPackageFolders>
</configuration>
");
                foreach (var c in Consumers) Write(dir, c);
                File.WriteAllText(Path.Combine(dir, "Matrix.slnx"),
                    "<Solution>\n" + string.Concat(Consumers.Select(c => $"  <Project Path=\"{c.Name}/{c.Name}.csproj\" />\n")) + "</Solution>\n");

                var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = package.Packages };
                var sw = System.Diagnostics.Stopwatch.StartNew();
                var (code, log) = Dotnet.Run(dir, env, "build", "Matrix.slnx", "-c", "Release", "-m", "-v:m");
                return new MatrixBuild { Package = package, Dir = dir, Log = log, Code = code, Seconds = sw.Elapsed.TotalSeconds };
            }

            private static void Write(string dir, Consumer c)
            {
                string project = Path.Combine(dir, c.Name);
                Directory.CreateDirectory(Path.Combine(project, "seeds"));
                foreach (var f in SeedFiles()) File.Copy(f, Path.Combine(project, "seeds", Path.GetFileName(f)), overwrite: true);
                string properties = (c.LangVersion != null ? $"\n    <LangVersion>{c.LangVersion}</LangVersion>" : "")
                                    + (c.Nullable != null ? $"\n    <Nullable>{c.Nullable}</Nullable>" : "")
                                    + (c.Exe ? "\n    <OutputType>Exe</OutputType>" : "")
                                    // no .NET 8 runtime needs to be installed to run the net8.0 application
                                    + (c.Runs ? "\n    <RollForward>Major</RollForward>" : "");
                File.WriteAllText(Path.Combine(project, c.Name + ".csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>{c.TargetFramework}</TargetFramework>{properties}
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""SeedGen"" Version=""{PackedPackage.Version}"" />
  </ItemGroup>
{(c.References != null ? $"  <ItemGroup>\n    <ProjectReference Include=\"../{c.References}/{c.References}.csproj\" />\n  </ItemGroup>\n" : "")}</Project>
");
                File.WriteAllText(Path.Combine(project, "Facts.cs"), FactsSource(c.Name));
                if (c.Exe) File.WriteAllText(Path.Combine(project, "Program.cs"), ProgramSource(c));
            }

            /// <summary>What a consumer reads from its corpus, in C# 7.3 (no nullable annotations, no newer syntax), documented
            /// (the project generates its XML documentation file, so a missing comment would be a warning).</summary>
            private static string FactsSource(string ns) => $@"using System.Linq;
using System.Text;

namespace {ns}
{{
    /// <summary>Figures read from the generated corpus.</summary>
    public static class Facts
    {{
        /// <summary>One figure a line, each prefixed.</summary>
        /// <param name=""prefix"">Put before every line.</param>
        public static string Describe(string prefix)
        {{
            var sb = new StringBuilder();
            sb.Append(prefix).Append(""articles="").Append(Corpus.Articles.All.Count).Append('\n');
            sb.Append(prefix).Append(""statements="").Append(Corpus.Statements.All.Count).Append('\n');
            sb.Append(prefix).Append(""first-title="").Append(Corpus.Articles.All[0].Title).Append('\n');
            sb.Append(prefix).Append(""with-speaker="").Append(Corpus.Statements.All.Count(s => s.Speaker != null)).Append('\n');
            foreach (var e in Corpus.Events.All)
            {{
                string place = e.Location != null ? e.Location.Name : ""-"";
                string start = e.Start.HasValue ? e.Start.Value.ToString() : ""-"";
                var found = Corpus.Events.Find(e.Id);
                sb.Append(prefix).Append(""event|"").Append(e.Id).Append('|').Append(start).Append('|').Append(place).Append('|')
                  .Append(found != null && ReferenceEquals(found, e) ? ""found"" : ""missing"").Append('\n');
            }}
            foreach (var p in Corpus.People.All)
            {{
                string role = p.Role ?? ""-"";
                sb.Append(prefix).Append(""person|"").Append(p.Name).Append('|').Append(role).Append('|').Append(p.Statements.Count).Append('\n');
            }}
            return sb.ToString();
        }}
    }}
}}
";

            private static string ProgramSource(Consumer c) => $@"namespace {c.Name}
{{
    internal static class Program
    {{
        private static int Main()
        {{
            System.Console.Write(Facts.Describe(""app:""));{(c.References != null ? $"\n            System.Console.Write({c.References}.Facts.Describe(\"lib:\"));" : "")}
            return 0;
        }}
    }}
}}
";
        }
    }
}
