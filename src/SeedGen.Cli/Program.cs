using System;
using System.IO;
using System.Text;

namespace SeedGen.Cli
{
    /// <summary><c>seedgen</c>: what the generator would emit, without a build. A thin shell over SeedGen.Extraction.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            // one buffered standard output for text and bytes alike (JSON is written as UTF-8 straight to the stream)
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
            var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
            try
            {
                return Cli.Run(args, stdout, stderr);
            }
            finally
            {
                stdout.Flush();
                stderr.Flush();
            }
        }
    }
}
