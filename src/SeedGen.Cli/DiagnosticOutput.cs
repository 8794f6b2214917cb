using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary>Diagnostics as compilers print them: <c>file(line,column): severity ID: message</c>.</summary>
    internal static class DiagnosticOutput
    {
        /// <summary>Writes one line per error and warning, in blocks of about 64 K characters (standard error flushes on every
        /// write). Infos are one line each only when <paramref name="infos"/> is set (<c>--verbose</c>): a corpus of thousands
        /// of articles has tens of thousands of them, so by default they are counted in one closing line per id.</summary>
        public static void Write(IEnumerable<DiagnosticModel> diagnostics, TextWriter stderr, bool infos = true)
        {
            var block = new StringBuilder();
            var hidden = new SortedDictionary<string, int>(StringComparer.Ordinal);
            int hiddenCount = 0;
            foreach (var d in diagnostics)
            {
                if (!infos && d.Severity == DiagnosticSeverityModel.Info)
                {
                    hidden[d.Id] = hidden.TryGetValue(d.Id, out int n) ? n + 1 : 1;
                    hiddenCount++;
                    continue;
                }
                block.Append(Format(d)).Append(stderr.NewLine);
                if (block.Length >= 1 << 16) { stderr.Write(block.ToString()); block.Clear(); }
            }
            if (hiddenCount > 0) block.Append(Summary(hiddenCount, hidden)).Append(stderr.NewLine);
            if (block.Length > 0) stderr.Write(block.ToString());
            stderr.Flush();
        }

        /// <summary>"info: 3 info diagnostics not listed (SG0102: 2, SG0201: 1); --verbose lists each".</summary>
        internal static string Summary(int count, SortedDictionary<string, int> byId)
        {
            var s = new StringBuilder("info: ");
            s.Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(count == 1 ? " info diagnostic" : " info diagnostics").Append(" not listed (");
            bool first = true;
            foreach (var kv in byId)
            {
                if (!first) s.Append(", ");
                first = false;
                s.Append(kv.Key).Append(": ").Append(kv.Value.ToString("N0", CultureInfo.InvariantCulture));
            }
            return s.Append("); --verbose lists each").ToString();
        }

        public static string Format(DiagnosticModel d) =>
            $"{d.File}({d.Span.Line},{d.Span.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}";
    }
}
