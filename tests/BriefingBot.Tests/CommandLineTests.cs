namespace BriefingBot.Tests;

/// <summary>The command line on System.CommandLine: every option honoured or refused, help per verb, messages once.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("ask", "--jsn", "/topics")]
    [InlineData("ask", "/topics", "--bogus")]
    [InlineData("chat", "--as-of", "2026-01-20")]
    [InlineData("ingest", "extra")]
    [InlineData("frobnicate")]
    public async Task UnknownOptionOrArgument_IsRefusedWithExitTwoAndAHint(params string[] args)
    {
        var result = await _run.InProcessAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
        Assert.Contains(args.First(a => a is "--jsn" or "--bogus" or "--as-of" or "extra" or "frobnicate"), result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "--as-of")]
    [InlineData("remind", "--from")]
    [InlineData("backup", "file")]
    public async Task HelpForAVerb_DescribesItsOwnArgumentsAndExitsZero(string verb, string mentioned)
    {
        var result = await _run.InProcessAsync(verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(mentioned, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_StillFollowAnyVerb()
    {
        var result = await _run.InProcessAsync("ask", "/sources", "--Content:Path=content", "--Inbound:MaxConcurrentCommands", "4");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("I know 5 articles", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenContentFile_IsReportedOnce()
    {
        var content = _run.CopyBundledContent();

        await File.WriteAllTextAsync(Path.Combine(content, "articles", "broken.md"), "---\nid: broken\ntitle: [unclosed\n---\nText.");

        var result = await _run.InProcessAsync("ask", "/topics", "--Content:Path", content);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Error.Split('\n'), line => line.Contains("broken.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_SaysHowManyWithAFewNamesNotEveryId()
    {
        var result = await _run.InProcessAsync("ingest");

        Assert.Contains("Added: 5 (", result.Output, StringComparison.Ordinal);
        Assert.Contains("and 2 more)", result.Output, StringComparison.Ordinal);
    }
}
