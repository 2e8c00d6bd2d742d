using BriefingBot.Evaluation.Runner;
using Xunit.Abstractions;

namespace BriefingBot.Evaluation;

/// <summary>
/// One test per case file in Cases/: runs every case and passes when at least 95% pass. The score line and each
/// failing case are printed to the console (and the full report written to TestResults/evaluation-&lt;file&gt;.txt in the
/// output folder) whatever the result.
/// </summary>
public sealed class EvaluationTests(EvaluationLog log, ITestOutputHelper output) : IClassFixture<EvaluationLog>
{
    public const double RequiredPassRate = 0.95;

    /// <summary>Stands in when there are no case files, so the theory still has a row to report that.</summary>
    private const string NoCaseFiles = "(no case files)";

    public static TheoryData<string> CaseFiles()
    {
        var files = Directory.Exists(RepositoryFolders.Cases)
            ? Directory.EnumerateFiles(RepositoryFolders.Cases, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        return files.Count == 0 ? new TheoryData<string>(NoCaseFiles) : new TheoryData<string>(files);
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public async Task Evaluation_CaseFile_PassesAtLeast95Percent(string file)
    {
        if (file == NoCaseFiles)
        {
            Write($"Evaluation: no case files in {RepositoryFolders.Cases}");
            return;
        }

        EvaluationReport report;
        try
        {
            report = await CaseFileRunner.RunAsync(CaseFileReader.Read(Path.Combine(RepositoryFolders.Cases, file)), CancellationToken.None);
        }
        catch (Exception ex)
        {
            Write($"Evaluation {file}: could not run: {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        Write(report.ScoreLine);
        foreach (var line in report.FailureLines)
        {
            Write(line);
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", $"evaluation-{Path.GetFileNameWithoutExtension(file)}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, report.FullText());
        Assert.True(report.PassRate >= RequiredPassRate, $"{report.ScoreLine}; needs {RequiredPassRate * 100:0}%. Full report: {path}");
    }

    private void Write(string line)
    {
        log.WriteLine(line);
        output.WriteLine(line);
    }
}
