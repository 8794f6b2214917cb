using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeedGen.Cli.Tests
{
    /// <summary>Headless Chromium (Debian's <c>chromium</c> package; .ci/run installs it). Tests that need it fail, with this message,
    /// when it is absent: a browser test that passes without a browser would prove nothing.</summary>
    internal static class Chromium
    {
        public const string Missing = "No Chromium found (looked for $SEEDGEN_CHROMIUM, chromium, chromium-browser, google-chrome on PATH). " +
            "Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this), or set SEEDGEN_CHROMIUM to the browser.";

        public static string? Find()
        {
            var env = Environment.GetEnvironmentVariable("SEEDGEN_CHROMIUM");
            if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null;
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
                foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
                {
                    if (dir.Length == 0) continue;
                    string p = Path.Combine(dir, name);
                    if (File.Exists(p)) return p;
                }
            return null;
        }

        public static string Require() => Find() ?? throw new Xunit.Sdk.XunitException(Missing);

        private static IEnumerable<string> Common(string profile) => new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        };

        /// <summary>The page's DOM after load and scripts (<c>--dump-dom</c>), and every console message the page logged.</summary>
        public static (string Dom, IReadOnlyList<string> Console) DumpDom(string htmlFile)
        {
            string browser = Require();
            using var profile = Repo.Temp("profile");
            var (code, stdout, stderr) = Processes.Run(browser, Common(profile.Path).Concat(new[] { "--dump-dom", new Uri(htmlFile).AbsoluteUri }), timeout: TimeSpan.FromMinutes(2));
            if (code != 0 || stdout.Length == 0) throw new Xunit.Sdk.XunitException($"chromium --dump-dom failed (exit {code}):\n{stderr}");
            return (stdout, ConsoleMessages(stderr));
        }

        public static void Screenshot(string htmlFile, string png, int width, int height)
        {
            string browser = Require();
            using var profile = Repo.Temp("profile");
            if (File.Exists(png)) File.Delete(png);
            var (code, _, stderr) = Processes.Run(browser, Common(profile.Path).Concat(new[]
            {
                "--hide-scrollbars", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=3000", "--window-size=" + width + "," + height, "--screenshot=" + png, new Uri(htmlFile).AbsoluteUri,
            }), timeout: TimeSpan.FromMinutes(2));
            if (code != 0 || !File.Exists(png)) throw new Xunit.Sdk.XunitException($"chromium --screenshot failed (exit {code}):\n{stderr}");
        }

        /// <summary>Console messages (logs, errors, uncaught exceptions, CSP violations) as Chromium prints them with --enable-logging=stderr.</summary>
        public static IReadOnlyList<string> ConsoleMessages(string stderr) =>
            stderr.Split('\n').Where(l => Regex.IsMatch(l, @":CONSOLE(:|\()")).ToList();
    }
}
