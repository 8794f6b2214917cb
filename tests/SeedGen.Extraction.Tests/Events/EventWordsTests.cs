using System.IO;
using SeedGen.Extraction.Events;
using SeedGen.Extraction.Model;
using Xunit;

namespace SeedGen.Extraction.Tests.Events
{
    /// <summary>The event pass's word lists are data (Lexicon/event-words.yaml).</summary>
    public class EventWordsTests
    {
        [Fact]
        public void The_built_in_list_maps_heads_to_kinds()
        {
            var w = EventWords.Default;
            Assert.Equal(EventKindModel.Protest, w.Heads["rally"].Kind);
            Assert.True(w.Heads["talks"].OneEvent);
            Assert.True(w.Heads["call"].Anchored);
            Assert.True(w.IsOrdinal("third") && w.IsOrdinal("26th") && !w.IsOrdinal("26"));
            Assert.Contains("spoke", w.SpeakVerbs);
        }

        [Fact]
        public void A_list_is_read_from_yaml_and_an_unknown_key_or_kind_is_an_error()
        {
            var w = EventWords.Parse("heads:\n  - { words: [hustings], kind: election, anchored: true }\nclassifiers: [snap]\n");
            Assert.Equal(EventKindModel.Election, w.Heads["hustings"].Kind);
            Assert.Contains("snap", w.Classifiers);
            Assert.Throws<InvalidDataException>(() => EventWords.Parse("colours: [red]\n"));
            Assert.Throws<InvalidDataException>(() => EventWords.Parse("heads:\n  - { words: [x], kind: party }\n"));
        }
    }
}
