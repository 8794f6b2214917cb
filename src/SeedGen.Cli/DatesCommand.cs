using System.Collections.Generic;
using System.IO;

namespace SeedGen.Cli
{
    // Placeholder so that the cli branch compiles before the dates branch is merged; the merge replaces this file with the real command.
    internal static class DatesCommand
    {
        public static int Run(IReadOnlyList<string> files, bool json, TextWriter stdout, TextWriter stderr)
        {
            stderr.WriteLine("dates: not available in this build");
            return 2;
        }
    }
}
