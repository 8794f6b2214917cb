using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace SeedGen.Benchmarks
{
    /// <summary>4. The consuming build: a project referencing the generator with N synthesised articles is built with
    /// <c>dotnet build</c>, and the wall time per 1,000 articles reported (a build is a process, so this is timed, not BenchmarkDotNet).</summary>
    public static class BuildScaling
    {
        public static int Run(string[] sizes)
        {
            string root = CorpusSynthesizer.RepoRoot;
            foreach (var size in sizes.Select(int.Parse))
            {
                string dir = Path.Combine(Path.GetTempPath(), "seedgen-build-" + size);
                if (Directory.Exists(dir)) Directory.Delete(dir, true);
                Directory.CreateDirectory(Path.Combine(dir, "seeds"));
                foreach (var (path, text) in CorpusSynthesizer.Create(size)) File.WriteAllText(Path.Combine(dir, path), text);
                File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
                File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
                File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <Import Project=""{root}src/SeedGen/build/SeedGen.props"" />
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include=""{root}src/SeedGen/SeedGen.csproj"" />
    <ProjectReference Include=""{root}src/SeedGen.Generator/SeedGen.Generator.csproj"" OutputItemType=""Analyzer"" ReferenceOutputAssembly=""false"" />
  </ItemGroup>
  <Import Project=""{root}src/SeedGen/build/SeedGen.targets"" />
</Project>");
                File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(Consumer.Corpus.Events.All.Count + \" events, \" + Consumer.Corpus.Statements.All.Count + \" statements\");\n");
                Dotnet(dir, "restore");
                var sw = Stopwatch.StartNew();
                var (code, output) = Dotnet(dir, "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-p:UseSharedCompilation=false");
                sw.Stop();
                if (code != 0) { Console.WriteLine(output); return code; }
                var (_, run) = Dotnet(dir, "run", "-c", "Release", "--no-build");
                Console.WriteLine($"{size} articles: build {sw.Elapsed.TotalSeconds:F1} s ({sw.Elapsed.TotalSeconds * 1000 / size:F2} s per 1,000 articles); app prints: {run.Trim()}");
            }
            return 0;
        }

        private static (int, string) Dotnet(string dir, params string[] args)
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            string o = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, o);
        }
    }
}
