using System;
using System.IO;
using System.Linq;
using SeedGen.Extraction.Text;
using Xunit;

namespace SeedGen.Extraction.Tests.Text
{
    /// <summary>The passes share one tokenisation of the article (<see cref="ArticleDocument.Tokens"/>); it must give exactly
    /// what tokenising each range on its own gives, including ranges that cut a word or an initial.</summary>
    public class SharedTokensTests
    {
        [Fact]
        public void Shared_tokens_equal_tokenising_each_range_alone()
        {
            var rnd = new Random(7);
            int ranges = 0;
            foreach (var file in Directory.GetFiles(TestFiles.SeedsDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                var doc = ArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file) + "\nThe U.S. envoy, Mr. A. B. Smith-Jones, met Co-operation's heads.");
                var cases = doc.Sentences.Select(s => (s.Offset, s.End))
                    .Concat(doc.Paragraphs.Select(p => (p.Offset, p.End)))
                    .Concat(Enumerable.Range(0, 400).Select(_ =>
                    {
                        int a = rnd.Next(doc.Text.Length), b = rnd.Next(doc.Text.Length);
                        return (Math.Min(a, b), Math.Max(a, b));
                    }));
                foreach (var (start, end) in cases)
                {
                    Assert.Equal(Tokenizer.Tokenize(doc.Text, start, end), doc.Tokens(start, end));
                    ranges++;
                }
            }
            Assert.True(ranges > 2000);
        }
    }
}
