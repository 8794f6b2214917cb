using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SeedGen.Cli.Tests
{
    internal static class Repo
    {
        public static string Root => typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

        public static string Seeds => Path.Combine(Root, "seeds");

        public static string Wikinews => Path.Combine(Root, "tests", "SeedGen.Extraction.Tests", "Articles", "wikinews");

        public static IReadOnlyList<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();

        /// <summary>A fresh folder under the temp folder, deleted by the caller's <c>using</c>.</summary>
        public static TempFolder Temp(string name) => new(Path.Combine(Path.GetTempPath(), "seedgen-cli-" + name + "-" + Guid.NewGuid().ToString("N")));
    }

    internal sealed class TempFolder : IDisposable
    {
        public TempFolder(string path)
        {
            Path = path;
            Directory.CreateDirectory(path);
        }

        public string Path { get; }

        public string File(string name, string text)
        {
            string p = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
            System.IO.File.WriteAllText(p, text, new UTF8Encoding(false));
            return p;
        }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>One in-process run of the command line.</summary>
    internal sealed record CliRun(int Code, byte[] StdoutBytes, string Stderr)
    {
        public string Stdout => new UTF8Encoding(false).GetString(StdoutBytes);

        public static CliRun Of(params string[] args)
        {
            var stdout = new MemoryStream();
            var stderr = new StringWriter { NewLine = "\n" };
            int code = Cli.Run(args, stdout, stderr);
            return new CliRun(code, stdout.ToArray(), stderr.ToString());
        }
    }

    internal static class Processes
    {
        /// <summary>Runs a program with a time limit; returns exit code, standard output and standard error.</summary>
        public static (int Code, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string? workingDirectory = null,
            IDictionary<string, string>? env = null, TimeSpan? timeout = null)
        {
            var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? Path.GetTempPath() };
            foreach (var a in args) psi.ArgumentList.Add(a);
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            if (env != null) foreach (var (k, v) in env) psi.Environment[k] = v;
            using var p = Process.Start(psi)!;
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            p.OutputDataReceived += (_, e) => { if (e.Data != null) lock (stdout) stdout.Append(e.Data).Append('\n'); };
            p.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.Append(e.Data).Append('\n'); };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            if (!p.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(3)).TotalMilliseconds))
            {
                p.Kill(entireProcessTree: true);
                return (-1, stdout.ToString(), stderr + "\n(timed out)");
            }
            p.WaitForExit();
            return (p.ExitCode, stdout.ToString(), stderr.ToString());
        }
    }
}
