using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using SeedGen.Extraction;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Package.Tests
{
    /// <summary>The package tests share one pack (and one fresh NuGet cache, <see cref="Packages"/>).</summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackedPackage>
    {
        public const string Name = "packed package";
    }

    /// <summary>Packs the repository's SeedGen package once for all package tests.</summary>
    public sealed class PackedPackage : IDisposable
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "seedgen-pkgtest-" + Guid.NewGuid().ToString("N"));
        public string Feed => Path.Combine(Root, "feed");
        public string Nupkg { get; }
        public string PackLog { get; }
        /// <summary>The fresh NuGet cache every consumer restores into (the packed SeedGen is never in it before).</summary>
        public string Packages => Path.Combine(Root, "packages");

        /// <summary>Unique per run, so no cache or fallback folder can hold a stale copy of this version.</summary>
        public static readonly string Version = "0.1.0-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        public static string RepoRoot => typeof(PackedPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

        public PackedPackage()
        {
            Directory.CreateDirectory(Feed);
            var (code, log) = Dotnet.Run(RepoRoot, "pack", Path.Combine(RepoRoot, "src", "SeedGen", "SeedGen.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version);
            PackLog = log;
            if (code != 0) throw new InvalidOperationException("dotnet pack failed:\n" + log);
            Nupkg = Directory.GetFiles(Feed, "*.nupkg").Single();
        }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    internal static class Dotnet
    {
        /// <summary>Runs the dotnet CLI without build servers or node reuse (so nothing outlives the test), returning exit code and output.</summary>
        public static (int Code, string Output) Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

        public static (int Code, string Output) Run(string workingDirectory, IDictionary<string, string>? env, params string[] args)
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            if (args[0] is "build" or "pack" or "restore") { psi.ArgumentList.Add("-nodeReuse:false"); psi.ArgumentList.Add("-p:UseSharedCompilation=false"); }
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            psi.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            if (env != null) foreach (var (k, v) in env) psi.Environment[k] = v;
            using var p = Process.Start(psi)!;
            var output = new StringBuilder();
            p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            if (!p.WaitForExit((int)TimeSpan.FromMinutes(8).TotalMilliseconds))
            {
                p.Kill(entireProcessTree: true);
                return (-1, output + "\n(timed out)");
            }
            p.WaitForExit();
            return (p.ExitCode, output.ToString());
        }
    }

    [Collection(PackageCollection.Name)]
    public class PackageTests
    {
        private readonly PackedPackage _package;
        private readonly ITestOutputHelper _out;

        public PackageTests(PackedPackage package, ITestOutputHelper output)
        {
            _package = package;
            _out = output;
        }

        [Fact]
        public void The_package_holds_runtime_generator_dependencies_and_build_files()
        {
            using var zip = ZipFile.OpenRead(_package.Nupkg);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (var expected in new[]
            {
                "lib/netstandard2.0/SeedGen.dll", "lib/netstandard2.0/SeedGen.xml", "lib/net8.0/SeedGen.dll", "lib/net8.0/SeedGen.xml",
                "lib/net10.0/SeedGen.dll", "lib/net10.0/SeedGen.xml",
                "analyzers/dotnet/cs/SeedGen.Generator.dll", "analyzers/dotnet/cs/SeedGen.Extraction.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/SeedGen.props", "build/SeedGen.targets", "buildTransitive/SeedGen.props", "buildTransitive/SeedGen.targets", "README.md",
            })
                Assert.Contains(expected, entries);
            // the generator and its dependencies are not in lib/ (consumers must not reference them) ...
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Generator") || e.Contains("YamlDotNet") || e.Contains("Extraction")));
            // ... and the package has no package dependencies at all (YamlDotNet travels inside it)
            using var nuspec = new StreamReader(zip.GetEntry("SeedGen.nuspec")!.Open());
            string spec = nuspec.ReadToEnd();
            Assert.DoesNotContain("<dependency ", spec);
            Assert.Contains("<id>SeedGen</id>", spec);
        }

        /// <summary>The .NET builds of the runtime library are ReadyToRun images (precompiled code beside the IL: a first access
        /// JIT-compiles only generated members); the netstandard2.0 build is IL only.</summary>
        [Fact]
        public void The_dotnet_runtime_libraries_are_ReadyToRun_and_netstandard_is_IL()
        {
            using var zip = ZipFile.OpenRead(_package.Nupkg);
            bool ReadyToRun(string entry)
            {
                using var s = zip.GetEntry(entry)!.Open();
                var bytes = new MemoryStream();
                s.CopyTo(bytes);
                bytes.Position = 0;
                using var pe = new System.Reflection.PortableExecutable.PEReader(bytes);
                return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            }
            Assert.True(ReadyToRun("lib/net10.0/SeedGen.dll"));
            Assert.True(ReadyToRun("lib/net8.0/SeedGen.dll"));
            Assert.False(ReadyToRun("lib/netstandard2.0/SeedGen.dll"));
        }

        [Fact]
        public void MSBuild_properties_choose_folder_globs_namespace_and_class()
        {
            string app = Path.Combine(_package.Root, "Configured");
            string news = Path.Combine(app, "news");
            Directory.CreateDirectory(Path.Combine(news, "2019"));
            Directory.CreateDirectory(Path.Combine(app, "seeds"));
            File.WriteAllText(Path.Combine(news, "2019", "forum.article"), "Minsk Dialogue opens\n\n7 October 2019\n\n\u201CWe are ready to host talks,\u201D Foreign Minister Vladimir Makei said.\n");
            File.WriteAllText(Path.Combine(news, "notes.txt"), "Not an article\n\n\u201CThis must not be read,\u201D Someone Else said.\n");
            File.WriteAllText(Path.Combine(app, "seeds", "ignored.txt"), "Default folder\n\n\u201CThis must not be read either,\u201D Someone Else said.\n");
            WriteConsumer(app, "<SeedGenFolder>news</SeedGenFolder><SeedGenGlobs>**/*.article</SeedGenGlobs><SeedGenNamespace>My.News</SeedGenNamespace><SeedGenClassName>Archive</SeedGenClassName>",
                "System.Console.WriteLine(\"articles=\" + My.News.Archive.Articles.All.Count);\nforeach (var s in My.News.Archive.Statements.All) System.Console.WriteLine(\"statement|\" + s.Source.File + \"|\" + s.Text);\n");
            var output = BuildAndRun(app);
            Assert.Contains("articles=1", output);
            Assert.Contains("statement|news/2019/forum.article|We are ready to host talks", output);
            Assert.DoesNotContain("must not be read", output);
        }

        private void WriteConsumer(string app, string properties, string program)
        {
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(app, "nuget.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
                $"    <add key=\"local\" value=\"{_package.Feed}\" />\n  </packageSources>\n</configuration>\n");
            File.WriteAllText(Path.Combine(app, Path.GetFileName(app) + ".csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    {properties}
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""SeedGen"" Version=""{PackedPackage.Version}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        }

        private string BuildAndRun(string app)
        {
            var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.Packages };
            var (buildCode, buildLog) = Dotnet.Run(app, env, "build", "-c", "Release");
            _out.WriteLine(buildLog);
            Assert.True(buildCode == 0, "consumer build failed:\n" + buildLog);
            var (runCode, output) = Dotnet.Run(app, env, "run", "-c", "Release", "--no-build");
            _out.WriteLine(output);
            Assert.Equal(0, runCode);
            return output;
        }

        [Fact]
        public void A_fresh_console_project_restores_the_package_from_a_folder_builds_and_prints_typed_data()
        {
            string app = Path.Combine(_package.Root, "Consumer");
            string seeds = Path.Combine(app, "seeds");
            Directory.CreateDirectory(seeds);
            var seedFiles = Directory.GetFiles(Path.Combine(PackedPackage.RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
            foreach (var f in seedFiles) File.Copy(f, Path.Combine(seeds, Path.GetFileName(f)));
            // a user lexicon: read by YamlDotNet inside the analyzer
            File.WriteAllText(Path.Combine(seeds, "seedgen.yaml"),
                "people:\n  - name: Vladimir Makei\n    aliases: [Uladzimir Makei, Makey]\n    role: Foreign Minister\n    country: Belarus\n");

            // stop MSBuild from walking up into anything above the temp folder
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(_package.Root, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(app, "nuget.config"),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n" +
                $"    <add key=\"local\" value=\"{_package.Feed}\" />\n  </packageSources>\n</configuration>\n");
            File.WriteAllText(Path.Combine(app, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""SeedGen"" Version=""{PackedPackage.Version}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(app, "Program.cs"), @"using System.Linq;
using Consumer;

System.Console.WriteLine(""articles="" + Corpus.Articles.All.Count);
System.Console.WriteLine(""statements="" + Corpus.Statements.All.Count);
System.Console.WriteLine(""first-title="" + Corpus.Articles.All[0].Title);
var makei = Corpus.People.All.Single(p => p.Name == ""Vladimir Makei"");
System.Console.WriteLine(""makei-role="" + makei.Role);
System.Console.WriteLine(""makei-statements="" + makei.Statements.Count);
foreach (var s in Corpus.Statements.All)
    System.Console.WriteLine(""statement|"" + s.Source.File + ""|"" + s.Source.Line + ""|"" + (s.Speaker?.Name ?? ""-"") + ""|"" + s.Text);
");
            var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.Packages };
            var (buildCode, buildLog) = Dotnet.Run(app, env, "build", "-c", "Release");
            _out.WriteLine(buildLog);
            Assert.True(buildCode == 0, "consumer build failed:\n" + buildLog);
            Assert.DoesNotContain("CS8784", buildLog); // generator failed to load (e.g. YamlDotNet missing)
            Assert.DoesNotContain("CS8785", buildLog); // generator threw
            Assert.DoesNotContain("SG0001", buildLog);

            var (runCode, output) = Dotnet.Run(app, env, "run", "-c", "Release", "--no-build");
            _out.WriteLine(output);
            Assert.Equal(0, runCode);

            // the figures the consumer prints are what the extraction library finds in the same seeds
            var expected = seedFiles.Select(f => ArticleExtractor.Extract("seeds/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
            Assert.Contains("articles=" + seedFiles.Count, output);
            Assert.Contains("statements=" + expected.Sum(a => a.Statements.Count), output);
            Assert.Contains("first-title=" + expected[0].Title, output);
            Assert.Contains("makei-role=Foreign Minister", output);
            Assert.DoesNotContain("makei-statements=0", output);
            var first = expected.SelectMany(a => a.Statements.Select(s => (a.File, s))).First();
            Assert.Contains("statement|" + first.File + "|" + first.s.Span.Line + "|", output);
            Assert.Contains(first.s.Text, output);
        }
    }
}
