using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SeedGen.Benchmarks
{
    /// <summary>
    /// Writes N articles of the genre by recombining the seeds' paragraphs with other names, places and dates, so that every
    /// article differs and has quotes, reported speech, dates and events; then makes every article's text distinct
    /// (<see cref="MakeDistinct"/>), so no two articles share a string literal, as in a real corpus. Deterministic for a given
    /// seed number. <see cref="Distinct"/> is <c>../shared/tools/make-distinct-corpus.py</c> ported: the seeds themselves, made distinct.
    /// </summary>
    public static class CorpusSynthesizer
    {
        public static string RepoRoot => typeof(CorpusSynthesizer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

        private static readonly string[] FirstNames = { "Anna", "Ivan", "Olga", "Pavel", "Marta", "Jan", "Elena", "Tomas", "Irina", "Viktor", "Laura", "Andrei", "Zofia", "Mikhail", "Daria", "Peter" };
        private static readonly string[] LastNames = { "Kowalski", "Novak", "Petrov", "Sidorenko", "Horvath", "Lindqvist", "Berzins", "Tamm", "Kuznetsov", "Marin", "Dvorak", "Popescu", "Varga", "Ilves", "Zelenko", "Moroz" };
        private static readonly string[] Cities = { "Minsk", "Vilnius", "Riga", "Warsaw", "Kyiv", "Tallinn", "Prague", "Vienna", "Helsinki", "Bratislava", "Budapest", "Chisinau" };
        private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        private static readonly string[] SeedNames = { "Alyaksandr Lukashenka", "Aleksandr Lukashenko", "Alexander Lukashenka", "Sergei Lebedev", "Valery Karbalevich", "Anatol Glaz", "Wess Mitchell", "Armen Sarkissian", "Pavel Filip", "Thomas Greminger" };

        public static IReadOnlyList<(string Path, string Text)> Create(int count, int seed = 42)
        {
            var paragraphs = new List<string>();
            foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(f).Replace("\r\n", "\n");
                paragraphs.AddRange(text.Split(new[] { "\n\n", "\n" }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 120));
            }
            var result = new List<(string, string)>(count);
            for (int i = 0; i < count; i++)
            {
                var rnd = new Random(seed * 1_000_003 + i);
                string person = FirstNames[rnd.Next(FirstNames.Length)] + " " + LastNames[rnd.Next(LastNames.Length)];
                string other = FirstNames[rnd.Next(FirstNames.Length)] + " " + LastNames[rnd.Next(LastNames.Length)];
                string city = Cities[rnd.Next(Cities.Length)];
                int year = 2015 + rnd.Next(8);
                string month = Months[rnd.Next(12)];
                int day = 1 + rnd.Next(27);
                var sb = new StringBuilder();
                sb.Append(city).Append(" hosts talks on regional security, article ").Append(i).Append("\n\n");
                sb.Append(city.ToUpperInvariant()).Append(", ").Append(day).Append(' ').Append(month).Append(' ').Append(year)
                  .Append(" \u2013 Foreign Minister ").Append(person).Append(" met with ").Append(other).Append(" in ").Append(city)
                  .Append(" on ").Append(day).Append(' ').Append(month).Append(".\n\n");
                int n = 3 + rnd.Next(5);
                for (int k = 0; k < n; k++)
                {
                    string p = paragraphs[rnd.Next(paragraphs.Count)];
                    foreach (var name in SeedNames) p = p.Replace(name, k % 2 == 0 ? person : other);
                    p = p.Replace("Minsk", city).Replace("2018", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    sb.Append(p).Append("\n\n");
                }
                sb.Append('\u201C').Append("We will meet again in ").Append(Cities[rnd.Next(Cities.Length)]).Append(" in ").Append(Months[rnd.Next(12)])
                  .Append(",\u201D ").Append(person).Append(" said.\n");
                result.Add(($"seeds/{i:D5}_synthetic.txt", MakeDistinct(sb.ToString(), i, rnd)));
            }
            return result;
        }

        /// <summary>What <c>make-distinct-corpus.py SRC DIR N</c> writes: article <c>i</c> is seed <c>i mod 5</c> (file order) with
        /// about a third of its lowercase words of six letters or more given the suffix <c>o</c> + <c>i</c> in hexadecimal, and
        /// 2018 replaced by <c>1990 + i mod 35</c>. The script's choice of words comes from Python's generator; this one from
        /// <see cref="Random"/>(i): the same distribution, not the same words.</summary>
        public static IReadOnlyList<(string Path, string Text)> Distinct(int count, string? sourceFolder = null)
        {
            var seeds = Directory.GetFiles(sourceFolder ?? Path.Combine(RepoRoot, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllText).ToList();
            var result = new List<(string, string)>(count);
            for (int i = 0; i < count; i++)
            {
                string text = MakeDistinct(seeds[i % seeds.Count], i, new Random(i))
                    .Replace("2018", (1990 + i % 35).ToString(System.Globalization.CultureInfo.InvariantCulture));
                result.Add(($"seeds/d{i:D5}.txt", text));
            }
            return result;
        }

        /// <summary>Gives about a third of the text's lowercase words of six letters or more (<c>\b[a-z]{6,}\b</c>) an
        /// article-specific suffix (<c>o</c> + the article number in hexadecimal). One linear pass, no regular expression.</summary>
        public static string MakeDistinct(string text, int article, Random rnd)
        {
            string tag = "o" + article.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            var sb = new StringBuilder(text.Length + text.Length / 16);
            int i = 0;
            while (i < text.Length)
            {
                if (!IsWordChar(text[i])) { sb.Append(text[i++]); continue; }
                int start = i;
                bool lower = true;
                while (i < text.Length && IsWordChar(text[i])) { if (text[i] < 'a' || text[i] > 'z') lower = false; i++; }
                sb.Append(text, start, i - start);
                if (lower && i - start >= 6 && rnd.NextDouble() < 0.33) sb.Append(tag);
            }
            return sb.ToString();
        }

        // \w as Python's re and .NET's Regex read it: letters, digits, marks and the underscore
        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }
}
