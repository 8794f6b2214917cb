using System.Collections.Generic;
using System.IO;
using SeedGen.Extraction.Model;

namespace SeedGen.Cli
{
    /// <summary>Diagnostics as compilers print them: <c>file(line,column): severity ID: message</c>.</summary>
    internal static class DiagnosticOutput
    {
        public static void Write(IEnumerable<DiagnosticModel> diagnostics, TextWriter stderr)
        {
            foreach (var d in diagnostics) stderr.WriteLine(Format(d));
            stderr.Flush();
        }

        public static string Format(DiagnosticModel d) =>
            $"{d.File}({d.Span.Line},{d.Span.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.Message}";
    }
}
