namespace BriefingBot.Evaluation.RunnerTests;

/// <summary>Subscribe cases on RunnerFixtures/reminders.yaml: reminders are counted per case, in a fresh database each.</summary>
public sealed class ReminderCaseRunnerTests(FixtureRuns runs) : IClassFixture<FixtureRuns>
{
    private const string File = "reminders.yaml";

    [Theory]
    [InlineData("passes-one-reminder-per-lead-time")]
    [InlineData("passes-later-case-starts-fresh")]
    public async Task Run_ExpectedReminderCount_PassesTheCase(string caseId)
    {
        var result = await runs.ResultAsync(File, caseId);

        Assert.True(result.Passed, string.Join("; ", result.Failures) + " | " + result.Excerpt);
    }

    [Fact]
    public async Task Run_WrongReminderCount_FailsWithTheCountSeen()
    {
        var result = await runs.ResultAsync(File, "fails-wrong-count");

        var failure = Assert.Single(result.Failures);
        Assert.StartsWith("count: 1 reminder(s) about 2026-02-04, expected 2", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SubscribeCaseWithoutCount_IsReportedAsMalformed()
    {
        var result = await runs.ResultAsync(File, "fails-missing-count");

        Assert.Equal(["malformed: a subscribe case needs 'count'"], result.Failures);
    }
}
