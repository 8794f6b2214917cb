using Microsoft.CodeAnalysis;

namespace SeedGen.Generator
{
    /// <summary>Compiles the articles passed as AdditionalFiles into typed records.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SeedGenGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Implemented in the generator work package.
        }
    }
}
