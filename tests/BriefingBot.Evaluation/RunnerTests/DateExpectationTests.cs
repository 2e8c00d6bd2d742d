using BriefingBot.Core.Dates;
using BriefingBot.Evaluation.Runner;

namespace BriefingBot.Evaluation.RunnerTests;

public sealed class DateExpectationTests
{
    [Theory]
    [InlineData("2026-02-04", "2026-02-04", true)]
    [InlineData("2026-02-04", "2026-02", true)]
    [InlineData("2026-02-04", "2026", true)]
    [InlineData("2026-02-04", "2026-02-05", false)]
    [InlineData("2026-02", "2026-02", true)]
    [InlineData("2026-02", "2026-02-01", false)]
    [InlineData("2026", "2026-01-01", false)]
    [InlineData("2026", "2026-01", false)]
    [InlineData("2026", "2026", true)]
    [InlineData("2025-12-31", "2026", false)]
    public void Matches_ItemDateAgainstExpectation_ComparesAtTheExpectationsPrecision(string item, string expected, bool matches)
    {
        Assert.True(DateSpan.TryParseIso(item, out var when));
        Assert.True(DateExpectation.TryParse(expected, out var expectation));

        Assert.Equal(matches, expectation.Matches(when));
    }

    [Theory]
    [InlineData("2026-2-4")]
    [InlineData("February 2026")]
    [InlineData("")]
    public void TryParse_NotAnIsoDate_IsRefused(string text) => Assert.False(DateExpectation.TryParse(text, out _));
}
