namespace BriefingBot.Evaluation.RunnerTests;

/// <summary>The ask checks on RunnerFixtures/checks.yaml: each check both passes and fails when it should.</summary>
public sealed class AskCaseRunnerTests(FixtureRuns runs) : IClassFixture<FixtureRuns>
{
    private const string File = "checks.yaml";

    [Theory]
    [InlineData("passes-contains-and-cites")]
    [InlineData("passes-dates-on-timeline")]
    [InlineData("passes-nothing-found")]
    public async Task Run_ChecksTheReplyMeets_PassesTheCase(string caseId)
    {
        var result = await runs.ResultAsync(File, caseId);

        Assert.True(result.Passed, string.Join("; ", result.Failures) + " | reply: " + result.Excerpt);
    }

    [Theory]
    [InlineData("fails-not-contains", "not_contains: \"FEBRUARY 4\" is in the reply")]
    [InlineData("fails-contains", "contains: \"lighthouse\" is not in the reply")]
    [InlineData("fails-cites", "cites: nothing in the reply comes from 'lighthouse-note'")]
    [InlineData("fails-dates", "dates: no dated item on 2026-02-05")]
    [InlineData("fails-not-dates", "not_dates: a dated item is on 2026-02-04")]
    [InlineData("fails-one-entry-on", "one_entry_on: 0 dated items on 2026-03, expected exactly 1")]
    [InlineData("fails-found", "found: expected nothing found")]
    public async Task Run_CheckTheReplyBreaks_FailsTheCaseNamingTheCheck(string caseId, string failure)
    {
        var result = await runs.ResultAsync(File, caseId);

        Assert.False(result.Passed);
        Assert.Contains(result.Failures, f => f.StartsWith(failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_FailingCase_KeepsAnExcerptOfTheReply()
    {
        var result = await runs.ResultAsync(File, "fails-not-contains");

        Assert.Contains("February 4", result.Excerpt, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fails-unknown-key", "malformed: unknown key 'containz'")]
    [InlineData("fails-ask-and-subscribe", "malformed: a case has either 'ask'")]
    public async Task Run_MalformedCase_IsReportedAsFailedNotThrown(string caseId, string failure)
    {
        var result = await runs.ResultAsync(File, caseId);

        Assert.False(result.Passed);
        Assert.Contains(result.Failures, f => f.StartsWith(failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_FixtureFile_ScoresExactlyThePassingCases()
    {
        var report = await runs.ReportAsync(File);

        Assert.Equal(report.Results.Where(r => r.Id.StartsWith("passes-", StringComparison.Ordinal)).Select(r => r.Id), report.Results.Where(r => r.Passed).Select(r => r.Id));
        Assert.StartsWith($"Evaluation {File}: 3/{report.Results.Count} passed (", report.ScoreLine, StringComparison.Ordinal);
    }
}
