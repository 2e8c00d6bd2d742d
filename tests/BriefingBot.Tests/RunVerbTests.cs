using BriefingBot.Host.Cli;

namespace BriefingBot.Tests;

public sealed class RunVerbTests : IDisposable
{
    /// <summary>A well-formed token and a Bot API address where nothing listens: the adapter backs off quietly.</summary>
    public static readonly string[] UnreachableTelegram =
        ["--Telegram:Token", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1", "--Telegram:ApiBaseUrl", "http://127.0.0.1:9"];

    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("run")]
    [InlineData(null)]
    public async Task Run_OrNoVerb_StartsTheWorkerWhichPreparesTheStoreAndStopsCleanly(string? verb)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        string[] args = [.. verb is null ? [] : new[] { verb }, "--Storage:Path", _run.DatabasePath, "--Reminders:Enabled", "false", .. UnreachableTelegram];

        var running = BriefingBotCommandLine.RunAsync(args, new StringReader(string.Empty), output, error, stop.Token);
        for (var i = 0; i < 300 && await CountArticlesAsync() < 5; i++)
        {
            await Task.Delay(100);
        }

        await stop.CancelAsync();
        var exitCode = await running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(5, await CountArticlesAsync());
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task Run_StoppedWhileStarting_ExitsCleanlyWithoutAStackTrace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var exitCode = await BriefingBotCommandLine.RunAsync(["run", "--Storage:Path", _run.DatabasePath, .. UnreachableTelegram], new StringReader(string.Empty), output, error, stop.Token);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Theory]
    [InlineData("--Telegram:Token", "not-a-telegram-token", "Telegram:Token")]
    [InlineData("--Discord:Token", "not.a-discord-token", "Discord:Token")]
    public async Task Run_WithAMalformedToken_FailsAtStartNamingTheSettingButNeverTheValue(string setting, string value, string named)
    {
        var result = await _run.InProcessAsync("run", setting, value);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(value, result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithNoChatPlatformConfigured_ExitsTwoNamingBothTokensAndSuggestingChat()
    {
        var result = await _run.InProcessAsync("run");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Telegram__Token", result.Error, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", result.Error, StringComparison.Ordinal);
        Assert.Contains("BriefingBot chat", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Articles in the store the worker prepares (0 until it has ingested them, or when there is no database yet).</summary>
    private async Task<long> CountArticlesAsync()
    {
        if (!File.Exists(_run.DatabasePath))
        {
            return 0;
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_run.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'articles'";
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM articles";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
