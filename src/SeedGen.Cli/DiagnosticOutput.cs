using System.Collections.Generic;
using System.IO;
using System.Text;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary>Diagnostics as compilers print them: <c>file(line,column): severity ID: message</c>.</summary>
    internal static class DiagnosticOutput
    {
        /// <summary>Writes one line per diagnostic, in blocks of about 64 K characters: standard error flushes on every write,
        /// and a corpus of thousands of articles has tens of thousands of lines.</summary>
        public static void Write(IEnumerable<DiagnosticModel> diagnostics, TextWriter stderr)
        {
            var block = new StringBuilder();
            foreach (var d in diagnostics)
            {
                block.Append(Format(d)).Append(stderr.NewLine);
                if (block.Length >= 1 << 16) { stderr.Write(block.ToString()); block.Clear(); }
            }
            if (block.Length > 0) stderr.Write(block.ToString());
            stderr.Flush();
        }

        public static string Format(DiagnosticModel d) =>
            $"{d.File}({d.Span.Line},{d.Span.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}";
    }
}
