using System;

namespace SeedGen.Sample
{
    internal static class Program
    {
        private static void Main()
        {
            Console.WriteLine("SeedGen sample: wiring in progress");
        }
    }
}
