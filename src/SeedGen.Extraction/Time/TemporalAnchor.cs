using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;

namespace SeedGen.Extraction.Time
{
    /// <summary>The dates that anchor an article: its publication date (when certain) and the date relative expressions resolve against.</summary>
    /// <param name="Published">From front matter <c>published:</c>, or a dateline; None when the article does not tell.</param>
    /// <param name="Anchor">The reference date for relative and year-less expressions (may be partial, e.g. only a year); None when unknown.</param>
    public readonly record struct ArticleTime(DateValue Published, DateValue Anchor);

    public static class TemporalAnchor
    {
        public static ArticleTime Find(ArticleDocument doc)
        {
            if (doc.FrontMatter.TryGetValue("published", out var p))
            {
                var d = DateValue.ParseIso(p);
                return new ArticleTime(d, d);
            }
            return default;
        }
    }
}
