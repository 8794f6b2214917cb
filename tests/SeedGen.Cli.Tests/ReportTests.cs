using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Cli.Tests
{
    /// <summary>The report's HTML as written (before any browser): complete without JavaScript, escaped, deterministic.</summary>
    public class ReportTests
    {
        private static string Render(params string[] paths)
        {
            var stream = new MemoryStream();
            HtmlReport.Write(CorpusLoader.Load(paths, TextWriter.Null), stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        [Fact]
        public void Every_event_of_the_seeds_is_in_the_html_with_its_date_and_place_without_javascript()
        {
            var loaded = CorpusLoader.Load(new[] { Repo.Seeds }, TextWriter.Null);
            string html = Render(Repo.Seeds);
            var cards = ReportPage.EventTexts(html);
            Assert.Equal(loaded.Corpus.Events.Count, cards.Count);
            foreach (var e in loaded.Corpus.Events)
            {
                var (date, place) = ReportPage.Expected(e, loaded.Corpus);
                Assert.Contains(date, ReportPage.Field(html, e.Id, "date"));
                Assert.Equal(place ?? "unknown", ReportPage.Field(html, e.Id, "place"));
                Assert.Contains(e.Name, cards[e.Id]);
                foreach (var s in e.Sources) Assert.Contains(s.File + ":" + s.Span.Line.ToString(CultureInfo.InvariantCulture), cards[e.Id]);
            }
        }

        [Fact]
        public void The_counts_at_the_top_are_the_corpus_counts()
        {
            var loaded = CorpusLoader.Load(new[] { Repo.Seeds }, TextWriter.Null);
            string html = Render(Repo.Seeds);
            Assert.Contains("<li id=\"count-articles\"><strong>" + loaded.Articles.Count + "</strong>", html);
            Assert.Contains("<li id=\"count-events\"><strong>" + loaded.Corpus.Events.Count + "</strong>", html);
            Assert.Contains("<li id=\"count-statements\"><strong>" + loaded.Articles.Sum(a => a.Statements.Count) + "</strong>", html);
            Assert.Contains("<li id=\"count-people\"><strong>" + loaded.Corpus.People.Count + "</strong>", html);
        }

        [Fact]
        public void Every_person_has_a_section_with_each_of_their_statements()
        {
            var loaded = CorpusLoader.Load(new[] { Repo.Seeds }, TextWriter.Null);
            string html = Render(Repo.Seeds);
            foreach (var p in loaded.Corpus.People) Assert.Contains("<section class=\"person\" id=\"person-" + p.Id + "\"", html);
            // every statement appears at least once (under its speaker, or under no known speaker)
            string text = ReportPage.Text(html);
            foreach (var s in loaded.Articles.SelectMany(a => a.Statements)) Assert.Contains(ReportPage.Text(HtmlReport.Esc(s.Text)).Trim(), text);
        }

        [Fact]
        public void Same_corpus_gives_the_same_bytes_whatever_the_culture()
        {
            string first = Render(Repo.Seeds, Repo.Wikinews);
            var saved = CultureInfo.CurrentCulture;
            try
            {
                foreach (var name in new[] { "tr-TR", "de-DE", "ar-SA" })
                {
                    CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                    Assert.Equal(first, Render(Repo.Seeds, Repo.Wikinews));
                }
            }
            finally { CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = saved; }
            Assert.DoesNotContain("\r", first);
        }

        [Fact]
        public void Nothing_is_loaded_from_outside_the_page()
        {
            string html = Render(Repo.Seeds);
            Assert.DoesNotContain("src=", html);
            Assert.DoesNotContain("<link", html);
            Assert.DoesNotContain("http://", html);
            Assert.DoesNotContain("https://", html);
            Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html);
            Assert.Equal(1, CountOf(html, "<script"));
            Assert.Equal(1, CountOf(html, "<style"));
        }

        [Theory]
        [InlineData("<b>&\"'", "&lt;b&gt;&amp;&quot;&#39;")]
        [InlineData("plain text", "plain text")]
        [InlineData("a\u0001b\u0007c\td\ne", "abc\td\ne")]
        public void Escaping_covers_markup_quotes_and_characters_html_forbids(string input, string expected) =>
            Assert.Equal(expected, HtmlReport.Esc(input));

        [Fact]
        public void Escaping_keeps_surrogate_pairs_and_drops_lone_surrogates()
        {
            string input = new string(new[] { '\uD83D', '\uDE00', ' ', '\uD800', 'x', '\uDC00' });
            Assert.Equal(new string(new[] { '\uD83D', '\uDE00', ' ', 'x' }), HtmlReport.Esc(input));
        }

        [Fact]
        public void The_hostile_corpus_reaches_the_html_only_as_text()
        {
            using var dir = Repo.Temp("hostile-html");
            HostileCorpus.Write(dir.Path);
            string html = Render(dir.Path);
            Assert.Equal(1, CountOf(html, "<script"));
            Assert.Equal(1, CountOf(html, "<style"));
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<iframe", html);
            Assert.DoesNotContain("<svg onload", html);
            Assert.DoesNotContain("<!--", html);
            Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
            // the payloads are shown, as text
            Assert.Contains(HtmlReport.Esc(HostileCorpus.ImgPayload), html);
            Assert.Contains(HtmlReport.Esc("02_<b>&'q\".txt"), html);
        }

        [Theory]
        [InlineData(2018, 10, 30, "30 October 2018")]
        [InlineData(2018, 10, 0, "month only")]
        [InlineData(2018, 0, 0, "year only")]
        [InlineData(0, 10, 30, "year unknown")]
        public void Partial_dates_are_shown_as_such(int y, int m, int d, string shown) =>
            Assert.Contains(shown, HtmlReport.DateHtml(new DateValue(y, m, d), DateValue.None));

        private static int CountOf(string s, string what)
        {
            int n = 0;
            for (int i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal)) n++;
            return n;
        }
    }
}
