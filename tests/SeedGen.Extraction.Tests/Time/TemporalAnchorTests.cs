using SeedGen.Extraction.Model;
using SeedGen.Extraction.Text;
using SeedGen.Extraction.Time;
using Xunit;

namespace SeedGen.Extraction.Tests.Time
{
    /// <summary>"A year is never guessed" (issue: guarantees that hold): the tempting cases.</summary>
    public class TemporalAnchorTests
    {
        private static ArticleTime Find(string body) => TemporalAnchor.Find(ArticleReader.Read("a.txt", "Title\n\n" + body + "\n"));

        [Theory]
        [InlineData("LIMA, March 5 (Reuters) - The talks ended.", "2024-03-05")]   // reported the day before publication
        [InlineData("LIMA, March 6 (Reuters) - The talks ended.", "2024-03-06")]   // the same day
        [InlineData("LIMA, February 20 (Reuters) - The talks ended.", "2024-03-06")] // too long before: a date of the story, not of its report
        public void A_dateline_day_just_before_publication_is_the_anchor(string lead, string anchor)
        {
            var t = TemporalAnchor.Find(ArticleReader.Read("a.txt", "---\npublished: 2024-03-06\n---\nTitle\n\n" + lead + "\n"));
            Assert.Equal("2024-03-06", t.Published.ToIso());
            Assert.Equal(anchor, t.Anchor.ToIso());
        }

        [Fact]
        public void A_future_year_does_not_date_the_article()
        {
            var t = Find("Ministers met on 14 June in Sofia. Bulgaria will host the next summit in 2025.");
            Assert.True(t.Published.IsNone, "published " + t.Published.ToIso());
            Assert.True(t.Anchor.IsNone);
        }

        [Theory]
        [InlineData("The talks opened on 14 June. The forum is due in 2025.")]
        [InlineData("The talks opened on 14 June. Bulgaria is planning to host the games in 2025.")]
        [InlineData("The talks opened on 14 June. This year the forum plans a new format in 2025.")]
        [InlineData("The talks opened on 14 June. It hopes this year will be calm.")]
        [InlineData("The talks opened on 14 June. It is chairing the council in 2018. It is chairing the board in 2019.")]
        public void Plans_due_dates_this_year_and_two_years_give_no_year(string body) => Assert.True(Find(body).Anchor.IsNone);

        [Fact]
        public void A_year_stated_as_the_present_is_read_but_only_as_a_year()
        {
            var t = Find("The ministers met on 6 April. Tajikistan is presiding in the CIS in 2018, and it will soon act.");
            Assert.Equal(new DateValue(2018, 0, 0), t.Anchor);
            Assert.Equal(new DateValue(2018, 4, 0), t.Published);
        }

        [Fact]
        public void A_published_timestamp_gives_its_date() =>
            Assert.Equal(new DateValue(1998, 3, 3), TemporalAnchor.Find(ArticleReader.Read("a.txt", "---\npublished: 1998-03-03T09:00:00\n---\nTitle\n\nText.\n")).Anchor);
    }
}
