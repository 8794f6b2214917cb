using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SeedGen.Generator.Tests.Harness;

namespace SeedGen.Benchmarks
{
    /// <summary>5. Run time in the consuming app, in-process and warm (the cold, fresh-process figures come from the consuming
    /// builds in <see cref="BuildScaling"/>): the first access to one event in a freshly loaded 1,000-article corpus, building
    /// and iterating <c>All</c>, against loading the same events from JSON with System.Text.Json.</summary>
    [MemoryDiagnoser]
    public class RuntimeBenchmarks
    {
        public sealed record EventDto(string Id, string Name, string? Start, string? End, string? Location);

        private byte[] _assembly = null!;
        private string _json = null!;
        private string _eventId = null!;
        private PropertyInfo? _property;
        private AssemblyLoadContext? _alc;

        [GlobalSetup]
        public void Setup()
        {
            var run = GeneratorHarness.Run(CorpusSynthesizer.Create(1000), trackSteps: false);
            using var pe = new MemoryStream();
            var emit = run.Output.Emit(pe);
            if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
            _assembly = pe.ToArray();
            var probe = new AssemblyLoadContext("probe", true).LoadFromStream(new MemoryStream(_assembly));
            var all = (IReadOnlyList<SeedGen.Event>)probe.GetType("Consumer.Corpus+Events")!.GetProperty("All")!.GetValue(null)!;
            _eventId = all[all.Count / 2].Id;
            _json = JsonSerializer.Serialize(all.Select(e => new EventDto(e.Id, e.Name, e.Start?.ToString(), e.End?.ToString(), e.Location?.Name)).ToList());
            Console.WriteLine($"// {all.Count} events; JSON {_json.Length:N0} characters; assembly {_assembly.Length:N0} bytes");
            Figures.Record("runtime.events", all.Count);
            _warmAll = all;
        }

        private IReadOnlyList<SeedGen.Event> _warmAll = null!;
        private Func<object?>? _buildAll;

        [IterationSetup(Target = nameof(FirstAllGenerated))]
        public void LoadFreshForAll()
        {
            _alc = new AssemblyLoadContext("all", true);
            var asm = _alc.LoadFromStream(new MemoryStream(_assembly));
            var p = asm.GetType("Consumer.Corpus+Events")!.GetProperty("All")!;
            _buildAll = () => p.GetValue(null);
        }

        [IterationCleanup(Target = nameof(FirstAllGenerated))]
        public void UnloadAll() => _alc?.Unload();

        [Benchmark(Description = "first use of Events.All (fresh load: builds every event)")]
        [InvocationCount(1)]
        public object? FirstAllGenerated() => _buildAll!();

        [Benchmark(Description = "iterate Events.All (built)")]
        public int IterateAll()
        {
            int n = 0;
            var all = _warmAll;
            for (int i = 0; i < all.Count; i++) n += all[i].Name.Length;
            return n;
        }

        [Benchmark(Description = "foreach over Events.All (built)")]
        public int ForeachAll()
        {
            int n = 0;
            foreach (var e in _warmAll) n += e.Name.Length;
            return n;
        }

        [IterationSetup(Target = nameof(FirstAccessGenerated))]
        public void LoadFresh()
        {
            _alc = new AssemblyLoadContext("run", true);
            var asm = _alc.LoadFromStream(new MemoryStream(_assembly));
            _property = asm.GetType("Consumer.Corpus+Events")!.GetProperty(_eventId);
        }

        [IterationCleanup(Target = nameof(FirstAccessGenerated))]
        public void Unload() => _alc?.Unload();

        [Benchmark(Description = "first access to one generated event (fresh load)")]
        [InvocationCount(1)]
        public object? FirstAccessGenerated() => _property!.GetValue(null);

        [Benchmark(Baseline = true, Description = "System.Text.Json: load all events, find one")]
        public EventDto? JsonLoad() => JsonSerializer.Deserialize<List<EventDto>>(_json)!.Find(e => e.Id == _eventId);
    }
}
