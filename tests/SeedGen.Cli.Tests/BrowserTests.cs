using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Cli.Tests
{
    /// <summary>The report in a real browser (headless Chromium): the DOM after load, the console, a screenshot. Fails, saying
    /// why, when no browser is installed.</summary>
    public class BrowserTests
    {
        private readonly ITestOutputHelper _out;

        public BrowserTests(ITestOutputHelper output) => _out = output;

        /// <summary>Where the test leaves the page and its screenshot (artifacts/ is not committed).</summary>
        public static string ArtefactFolder
        {
            get
            {
                string dir = Path.Combine(Repo.Root, "artifacts", "cli-tests");
                Directory.CreateDirectory(dir);
                return dir;
            }
        }

        [Fact]
        public void A_browser_is_installed()
        {
            Assert.True(Chromium.Find() != null, Chromium.Missing);
        }

        [Fact]
        public void The_seeds_report_shows_every_event_with_date_and_place_runs_its_script_logs_nothing_and_is_screenshotted()
        {
            string html = Path.Combine(ArtefactFolder, "seeds-report.html");
            var run = CliRun.Of("report", Repo.Seeds, "-o", html);
            Assert.Equal(0, run.Code);
            var loaded = CorpusLoader.Load(new[] { Repo.Seeds }, TextWriter.Null);

            var (dom, console) = Chromium.DumpDom(html);
            Assert.Empty(console);
            var cards = ReportPage.EventTexts(dom);
            Assert.Equal(loaded.Corpus.Events.Count, cards.Count);
            foreach (var e in loaded.Corpus.Events)
            {
                var (date, place) = ReportPage.Expected(e, loaded.Corpus);
                Assert.Contains(date, ReportPage.Field(dom, e.Id, "date"));
                Assert.Equal(place ?? "unknown", ReportPage.Field(dom, e.Id, "place"));
                Assert.Contains(e.Name, cards[e.Id]);
            }
            // the dated events are bars on the axis, each linking to its card
            foreach (var e in loaded.Corpus.Events.Where(e => e.Start.HasYear))
                Assert.Matches("<a href=\"#ev-" + Regex.Escape(e.Id) + "\"><rect ", dom);
            // the inline script ran (allowed by the page's CSP hash): it shows the filter box
            Assert.Matches("<p class=\"filter\" id=\"filter-row\">", dom);

            string png = Path.Combine(ArtefactFolder, "seeds-report.png");
            Chromium.Screenshot(html, png, 1100, 1300); // the size of docs/seedgen-report.png
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 10_000, "screenshot too small: " + bytes.Length);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4).ToArray());
            _out.WriteLine("screenshot: " + png);
        }

        [Fact]
        public void The_hostile_corpus_renders_with_no_injected_element_or_script()
        {
            using var dir = Repo.Temp("hostile");
            HostileCorpus.Write(dir.Path);
            string html = Path.Combine(ArtefactFolder, "hostile-report.html");
            var run = CliRun.Of("report", dir.Path, "-o", html);
            Assert.True(File.Exists(html), run.Stderr);

            var (dom, console) = Chromium.DumpDom(html);
            _out.WriteLine(string.Join("\n", console));
            Assert.Empty(console);
            Assert.DoesNotMatch("<body[^>]*data-pwned", dom);
            Assert.Single(Regex.Matches(dom, "<script"));
            Assert.Single(Regex.Matches(dom, "<style"));
            Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", dom);
            // only the report's own elements exist
            var allowed = new[]
            {
                "a", "article", "body", "code", "dd", "details", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "head",
                "header", "html", "input", "label", "li", "line", "main", "meta", "nav", "p", "q", "rect", "script", "section", "span", "strong",
                "style", "summary", "svg", "table", "tbody", "td", "text", "th", "thead", "time", "title", "tr", "ul",
            };
            Assert.Empty(ReportPage.TagNames(dom).Except(allowed));
            // and the payloads are on the page as text a person can read
            string text = ReportPage.Text(dom);
            Assert.Contains(HostileCorpus.ImgPayload, text);
            Assert.Contains(HostileCorpus.ScriptPayload, text); // in the title
            Assert.Contains("02_<b>&'q\".txt", text);
        }

        [Fact]
        public void The_injection_checks_catch_a_page_that_does_not_escape()
        {
            // the checks above, on a page that pastes the payloads raw: they must see the injection
            using var dir = Repo.Temp("raw");
            string page = dir.File("raw.html", "<!DOCTYPE html><html><head><title>t</title></head><body><p>" + HostileCorpus.ImgPayload + "</p><script>" +
                "document.body.setAttribute('data-pwned','script')</script></body></html>");
            var (dom, _) = Chromium.DumpDom(page);
            Assert.Matches("<body[^>]*data-pwned", dom);
            Assert.Contains("img", ReportPage.TagNames(dom));
            Assert.Matches(@"<[^>]*\son[a-z]+\s*=", dom);
        }

        [Fact]
        public void The_console_check_sees_errors_csp_violations_and_logs()
        {
            // the same detector as above, on pages that do log: proves an empty console list means a quiet page
            using var dir = Repo.Temp("console");
            string page = dir.File("p.html", "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'sha256-AAAA'\"></head>" +
                "<body><p>x</p><script>console.log('blocked');</script></body></html>");
            string thrower = dir.File("t.html", "<!DOCTYPE html><html><body><p>x</p><script>null.f();</script></body></html>");
            Assert.Contains(Chromium.DumpDom(page).Console, l => l.Contains("Content Security Policy"));
            Assert.Contains(Chromium.DumpDom(thrower).Console, l => l.Contains("Uncaught"));
        }
    }
}
