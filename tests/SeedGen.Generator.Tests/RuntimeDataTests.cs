using System;
using System.Linq;
using System.Reflection;
using System.Text;
using SeedGen.Generator.Tests.Harness;
using Xunit;

namespace SeedGen.Generator.Tests
{
    /// <summary>The runtime library reads the generated tables (<c>private const string</c>) straight from the assembly's metadata
    /// (<c>SeedGen.Internal.Metadata</c>); it must give exactly what reflection gives, for every constant, and nothing for a name
    /// that is not a string constant.</summary>
    public sealed class RuntimeDataTests
    {
        private const string Probe = @"
namespace Consumer
{
    internal static class Probe
    {
        private const string Empty = """";
        private const string Pair = ""a\uD83D\uDE00b"";
        private const string Lone = ""\uD800x\uDC00"";
        private const string Zero = ""\0\u0001\uFFFF"";
        private const int Number = 42;
        private static readonly string NotConstant = ""x"";
        private const string Long126 = ""{126}"";
        private const string Long200 = ""{200}"";
        private const string Long20000 = ""{20000}"";
        internal static string Use() { return NotConstant; }
    }
}";

        private static Assembly Generated()
        {
            string user = Probe.Replace("{126}", new string('x', 63)).Replace("{200}", new string('z', 100)).Replace("{20000}", new string('y', 10_000));
            var run = GeneratorHarness.Run(GeneratorHarness.Seeds(), userSource: user);
            Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
            return GeneratorHarness.Load(run.Output);
        }

        [Fact]
        public void Every_string_constant_reads_as_reflection_reads_it()
        {
            var asm = Generated();
            int strings = 0;
            foreach (var type in asm.GetTypes())
                foreach (var f in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
                {
                    string expected = (string)f.GetRawConstantValue()!;
                    Assert.Equal(expected, SeedGen.Internal.Metadata.Constant(type, f.Name));
                    Assert.Equal(expected, SeedGen.Internal.Data.Constant(type, f.Name));
                    strings++;
                }
            // the generated tables and the probe's constants were all there
            Assert.True(strings > 20, strings + " constants");
        }

        [Fact]
        public void Edge_values_round_trip_and_a_name_that_is_no_string_constant_gives_nothing()
        {
            var probe = Generated().GetType("Consumer.Probe")!;
            Assert.Equal("", SeedGen.Internal.Metadata.Constant(probe, "Empty"));
            Assert.Equal("a\uD83D\uDE00b", SeedGen.Internal.Metadata.Constant(probe, "Pair"));
            Assert.Equal("\uD800x\uDC00", SeedGen.Internal.Metadata.Constant(probe, "Lone"));
            Assert.Equal("\0\u0001\uFFFF", SeedGen.Internal.Metadata.Constant(probe, "Zero"));
            // 126, 200 and 20,000 bytes: the blob's length takes one, two and four bytes
            Assert.Equal(new string('x', 63), SeedGen.Internal.Metadata.Constant(probe, "Long126"));
            Assert.Equal(new string('z', 100), SeedGen.Internal.Metadata.Constant(probe, "Long200"));
            Assert.Equal(new string('y', 10_000), SeedGen.Internal.Metadata.Constant(probe, "Long20000"));
            Assert.Null(SeedGen.Internal.Metadata.Constant(probe, "Number"));
            Assert.Null(SeedGen.Internal.Metadata.Constant(probe, "NotConstant"));
            Assert.Null(SeedGen.Internal.Metadata.Constant(probe, "Missing"));
            Assert.Null(SeedGen.Internal.Metadata.Constant(probe, "Empt"));
            // through the public entry point, whatever is not a string constant reads as empty
            Assert.Equal("", SeedGen.Internal.Data.Constant(probe, "Number"));
            Assert.Equal("", SeedGen.Internal.Data.Constant(probe, "Missing"));
        }
    }
}
