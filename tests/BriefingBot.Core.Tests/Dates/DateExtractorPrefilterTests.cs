using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Tests.Dates;

/// <summary>
/// Sentences with no digit and no calendar word skip the extraction rules; these pin that every kind of date the
/// rules know still gets through, in a sentence with no other hint.
/// </summary>
public sealed class DateExtractorPrefilterTests
{
    private static readonly DateSpan Published = DateSpan.OnDay(new DateOnly(2026, 1, 17));

    [Theory]
    [InlineData("The vote is tonight.", "tonight")]
    [InlineData("Talks are happening right now.", "right now")]
    [InlineData("The talks resume on Sept. 4 in Geneva.", "Sept. 4")]
    [InlineData("The plan was drafted in mid-2025 by envoys.", "mid-2025")]
    [InlineData("Helsinki (2018) set the tone.", "2018")]
    [InlineData("The deadline is 2026-02-04 for both sides.", "2026-02-04")]
    [InlineData("The envoys met last Monday in Moscow.", "last Monday")]
    [InlineData("The envoys met two weeks ago in Moscow.", "two weeks ago")]
    [InlineData("Sanctions tightened this year across Europe.", "this year")]
    [InlineData("The summit ends on Friday, February 6.", "February 6")]
    public void Extract_EachKindOfDate_PassesThePrefilter(string sentence, string expression)
    {
        var dates = DateExtractor.Extract(sentence, Published);

        Assert.Contains(dates, d => d.Expression == expression);
    }

    [Theory]
    [InlineData("Putin wants the Donbas and Crimea.")]
    [InlineData("It is a classic move: talk soft but keep the big stick behind your back.")]
    public void Extract_SentenceWithoutAnyDateWord_FindsNothing(string sentence)
    {
        Assert.Empty(DateExtractor.Extract(sentence, Published));
    }
}
