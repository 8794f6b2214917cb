using System;
using System.Linq;

namespace SeedGen.Sample
{
    /// <summary>Prints the typed corpus that SeedGen generated from ../../seeds at build time.</summary>
    internal static class Program
    {
        private static void Main()
        {
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine($"SeedGen sample: {Corpus.Articles.All.Count} articles, {Corpus.Events.All.Count} events, {Corpus.Statements.All.Count} statements, {Corpus.People.All.Count} people");
            Console.WriteLine();
            Console.WriteLine("Timeline");
            Console.WriteLine("========");
            foreach (var e in Corpus.Events.All)
            {
                string dates = e.Dates.IsUnknown ? "(undated)" : e.Dates.ToString();
                string place = e.Location?.Name ?? "(place unknown)";
                Console.WriteLine($"{dates,-24} {e.Name} [{e.Kind.ToString().ToLowerInvariant()}], {place}");
                if (e.Participants.Count > 0)
                    Console.WriteLine($"{"",-24}   with {string.Join(", ", e.Participants.Select(p => p.Name))}");
                Console.WriteLine($"{"",-24}   reported in {string.Join(", ", e.Articles.Select(a => a.File))}");
            }
            Console.WriteLine();
            Console.WriteLine("Who said what");
            Console.WriteLine("=============");
            foreach (var a in Corpus.Articles.All)
            {
                Console.WriteLine($"{a.Title}  ({a.File}{(a.Published is { } p ? ", " + p : "")})");
                foreach (var s in a.Statements)
                {
                    // a speaker that is no person (a ministry, a group) as the article names it; none at all: unattributed
                    string who = s.Speaker?.Name ?? (s.SpeakerText is { } named ? "\u201C" + named + "\u201D" : "(unattributed)");
                    string what = s.Kind != StatementKind.Indirect ? "\u201C" + s.Text + "\u201D" : "said that " + s.Text;
                    string at = s.Event is { } ev ? $"  [at {ev.Name}]" : "";
                    Console.WriteLine($"  - {who}: {what}{at}  (line {s.Source.Line})");
                }
                Console.WriteLine();
            }
        }
    }
}
