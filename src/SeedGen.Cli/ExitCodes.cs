namespace SeedGen.Cli
{
    /// <summary>The documented exit codes of every seedgen command.</summary>
    internal static class ExitCodes
    {
        /// <summary>Done; the input had no error diagnostic.</summary>
        public const int Ok = 0;

        /// <summary>Errors in the input: an error diagnostic in an article or YAML file, a missing file or folder, an unreadable file,
        /// no article matching the gold. The output is still written where it can be.</summary>
        public const int InputErrors = 1;

        /// <summary>Usage: unknown command or option, missing argument.</summary>
        public const int Usage = 2;

        public const string Help = "Exit codes: 0 ok, 1 errors in the input (error diagnostics, missing or unreadable files), 2 usage (unknown command or option, missing argument).";
    }
}
