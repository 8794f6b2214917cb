using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using SeedGen.Extraction.Corpus;

namespace SeedGen.Cli.Tests
{
    /// <summary>Reads the report's HTML (the file or the browser's DOM) the way a person reads the page: the text of each event card.</summary>
    internal static class ReportPage
    {
        public static Dictionary<string, string> EventTexts(string html) =>
            Regex.Matches(html, "<article class=\"event\" id=\"ev-([^\"]+)\"[^>]*>(.*?)</article>", RegexOptions.Singleline)
                .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => Text(m.Groups[2].Value));

        public static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " ")), @"\s+", " ");

        /// <summary>The text of one labelled field of an event card (Date, Place, ...).</summary>
        public static string Field(string html, string id, string cssClass)
        {
            var card = Regex.Match(html, "<article class=\"event\" id=\"ev-" + Regex.Escape(id) + "\"[^>]*>(.*?)</article>", RegexOptions.Singleline).Groups[1].Value;
            return Text(Regex.Match(card, "<dd class=\"" + cssClass + "\">(.*?)</dd>", RegexOptions.Singleline).Groups[1].Value).Trim();
        }

        /// <summary>What an event card must show: the ISO date (or "undated") and the place's name.</summary>
        public static (string Date, string? Place) Expected(CorpusEventModel e, CorpusModel corpus)
        {
            string date = e.Start.IsNone ? "undated" : e.End.IsNone || e.End == e.Start ? e.Start.ToIso()! : e.Start.ToIso() + " / " + e.End.ToIso();
            string? place = e.LocationId != null ? corpus.Place(e.LocationId)?.Name : null;
            return (date, place);
        }

        public static IReadOnlyList<string> TagNames(string html) =>
            Regex.Matches(html, @"<([a-zA-Z][a-zA-Z0-9-]*)").Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToList();
    }
}
