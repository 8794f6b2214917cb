using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Cli.Tests
{
    /// <summary>Packs src/SeedGen.Cli as the SeedGen.Cli tool package, installs it from the folder into a fresh tool path (with
    /// its own NuGet package folder, as on a fresh machine) and runs the installed <c>seedgen</c>.</summary>
    public sealed class PackedTool : IDisposable
    {
        public const string Version = "0.1.0-tooltest";

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "seedgen-tooltest-" + Guid.NewGuid().ToString("N"));
        public string Feed => Path.Combine(Root, "feed");
        public string ToolPath => Path.Combine(Root, "tools");
        public string Nupkg { get; }
        public string InstallLog { get; }
        public int InstallCode { get; }

        public PackedTool()
        {
            Directory.CreateDirectory(Feed);
            // a configuration of its own, so that this pack never writes the bin/obj folders another test project is building
            var (code, stdout, stderr) = Dotnet(Repo.Root, null, "pack", Path.Combine(Repo.Root, "src", "SeedGen.Cli", "SeedGen.Cli.csproj"),
                "-c", "ToolPackTest", "-p:Optimize=true", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false", "-p:UseSharedCompilation=false");
            if (code != 0) throw new InvalidOperationException("dotnet pack failed:\n" + stdout + stderr);
            Nupkg = Directory.GetFiles(Feed, "*.nupkg").Single();
            (InstallCode, stdout, stderr) = Dotnet(Root, Isolated, "tool", "install", "--tool-path", ToolPath, "--add-source", Feed, "SeedGen.Cli", "--version", Version);
            InstallLog = stdout + stderr;
        }

        /// <summary>A package folder of its own: the install must find everything in the feed and the registry, nothing cached.</summary>
        public Dictionary<string, string> Isolated => new() { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        public static (int Code, string Stdout, string Stderr) Dotnet(string dir, IDictionary<string, string>? env, params string[] args)
        {
            var e = new Dictionary<string, string>(env ?? new Dictionary<string, string>())
            {
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            };
            return Processes.Run("dotnet", args, dir, e, TimeSpan.FromMinutes(8));
        }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public class ToolPackageTests : IClassFixture<PackedTool>
    {
        private readonly PackedTool _tool;
        private readonly ITestOutputHelper _out;

        public ToolPackageTests(PackedTool tool, ITestOutputHelper output)
        {
            _tool = tool;
            _out = output;
        }

        private (int Code, string Stdout, string Stderr) Seedgen(params string[] args)
        {
            Assert.True(_tool.InstallCode == 0, "dotnet tool install failed:\n" + _tool.InstallLog);
            string exe = Path.Combine(_tool.ToolPath, OperatingSystem.IsWindows() ? "seedgen.exe" : "seedgen");
            Assert.True(File.Exists(exe), "no seedgen in the tool path:\n" + _tool.InstallLog);
            var env = new Dictionary<string, string>();
            // the tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default location
            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && Path.GetDirectoryName(Environment.ProcessPath) is { } host && File.Exists(Path.Combine(host, "dotnet")))
                env["DOTNET_ROOT"] = host;
            var r = Processes.Run(exe, args, _tool.Root, env);
            _out.WriteLine($"seedgen {string.Join(" ", args)} -> {r.Code}\n{r.Stderr}");
            return r;
        }

        [Fact]
        public void The_package_is_a_dotnet_tool_named_seedgen()
        {
            using var zip = ZipFile.OpenRead(_tool.Nupkg);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains(entries, e => e.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.EndsWith("/seedgen.dll", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var spec = new StreamReader(zip.GetEntry("SeedGen.Cli.nuspec")!.Open());
            string nuspec = spec.ReadToEnd();
            Assert.Contains("<id>SeedGen.Cli</id>", nuspec);
            Assert.Contains("<packageType name=\"DotnetTool\"", nuspec);
            using var settings = new StreamReader(zip.Entries.First(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
            Assert.Matches("<Command Name=\"seedgen\" EntryPoint=\"seedgen.dll\"", settings.ReadToEnd());
        }

        [Fact]
        public void The_installed_tool_prints_its_package_version()
        {
            var (code, stdout, _) = Seedgen("--version");
            Assert.Equal(0, code);
            Assert.Equal(PackedTool.Version, stdout.Trim());
        }

        [Fact]
        public void The_installed_tool_writes_the_seeds_report()
        {
            string html = Path.Combine(_tool.Root, "r.html");
            var (code, _, stderr) = Seedgen("report", Repo.Seeds, "-o", html);
            Assert.True(code == 0, stderr);
            string page = File.ReadAllText(html);
            var loaded = CorpusLoader.Load(new[] { Repo.Seeds }, TextWriter.Null);
            Assert.Equal(loaded.Corpus.Events.Select(e => e.Id).OrderBy(x => x, StringComparer.Ordinal),
                ReportPage.EventTexts(page).Keys.OrderBy(x => x, StringComparer.Ordinal));
        }

        [Fact]
        public void The_installed_tool_exits_2_on_a_usage_error()
        {
            var (code, _, stderr) = Seedgen("extract", "--no-such-option", Repo.Seeds);
            Assert.Equal(2, code);
            Assert.Contains("--no-such-option", stderr);
        }
    }
}
