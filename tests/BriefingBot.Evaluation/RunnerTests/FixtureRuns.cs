using BriefingBot.Evaluation.Runner;

namespace BriefingBot.Evaluation.RunnerTests;

/// <summary>Runs each RunnerFixtures case file once per test run and keeps the report, shared by the tests that read it.</summary>
public sealed class FixtureRuns
{
    private readonly Dictionary<string, Lazy<Task<EvaluationReport>>> _reports = new(StringComparer.Ordinal)
    {
        ["checks.yaml"] = new(() => RunAsync("checks.yaml")),
        ["reminders.yaml"] = new(() => RunAsync("reminders.yaml")),
    };

    public async Task<CaseResult> ResultAsync(string file, string caseId) =>
        Assert.Single((await _reports[file].Value).Results, r => r.Id == caseId);

    public Task<EvaluationReport> ReportAsync(string file) => _reports[file].Value;

    public static string PathOf(string file) => Path.Combine(RepositoryFolders.RunnerFixtures, file);

    private static Task<EvaluationReport> RunAsync(string file) =>
        CaseFileRunner.RunAsync(CaseFileReader.Read(PathOf(file)), CancellationToken.None);
}
