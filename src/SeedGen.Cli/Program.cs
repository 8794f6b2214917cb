using System;

namespace SeedGen.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            Console.Error.WriteLine("usage: seedgen extract PATH... [--json] | seedgen eval --gold DIR PATH...");
            return 2;
        }
    }
}
