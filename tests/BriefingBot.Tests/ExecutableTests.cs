namespace BriefingBot.Tests;

/// <summary>The built executable, started as a separate process from a folder with no content of its own.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Executable_AskBriefNewStartJson_AnswersFromTheBundledCorpus()
    {
        var result = await _run.ExecutableAsync(null, "ask", "/brief New START", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = result.Json();
        Assert.True(json.GetProperty("ok").GetBoolean());
        var attributed = json.GetProperty("summary").EnumerateArray().Concat(json.GetProperty("quotes").EnumerateArray());
        Assert.Contains(attributed, q => q.GetProperty("text").GetString()!.Contains("February 4, 2026", StringComparison.Ordinal));
        Assert.True(File.Exists(_run.DatabasePath));
    }

    [Fact]
    public async Task Executable_Chat_AnswersEachLineUntilExit()
    {
        var result = await _run.ExecutableAsync("/topics\n/brief Alaska summit\nexit\n", "chat");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("I can brief you on", result.Output, StringComparison.Ordinal);
        Assert.Contains("Alaska summit: in 2 articles", result.Output, StringComparison.Ordinal);
    }
}
