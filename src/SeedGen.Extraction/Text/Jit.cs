using System.Runtime.CompilerServices;

namespace SeedGen.Extraction.Text
{
    /// <summary>
    /// <c>[MethodImpl(Jit.Optimized)]</c> on the loops extraction spends its time in: compiled fully optimised on first call
    /// instead of passing through the tiers (unoptimised, then instrumented, then optimised). A build runs the generator once in
    /// a fresh compiler process, so it runs in those first tiers for most of its time: on 1,000 articles the first pass cost
    /// about twice the CPU of a warm one. The value is <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0
    /// does not name; the runtimes that run the generator read it.
    /// </summary>
    internal static class Jit
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
