using BriefingBot.Host.Health;
using BriefingBot.Tests.Telegram;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests;

public sealed class HealthTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Heartbeat_FreshAndHealthy_HasNoProblems()
    {
        var beat = new Heartbeat(Now.AddSeconds(-10), 1, [new("scheduler", true, "idle", Now.AddSeconds(-40)), new("telegram", true, "polling", Now)]);

        Assert.Empty(beat.Problems(Now));
    }

    [Fact]
    public void Heartbeat_StaleFileUnhealthyPlatformAndSilentComponent_AreEachNamed()
    {
        var beat = new Heartbeat(Now.AddMinutes(-10), 1,
            [new("scheduler", true, "idle", Now.AddMinutes(-10)), new("telegram", false, "stopped: Telegram refused the token", Now.AddMinutes(-1))]);

        var problems = beat.Problems(Now.AddMinutes(0));

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("the heartbeat is 10 min old", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("scheduler: last report 10 min ago", StringComparison.Ordinal));
        Assert.Contains("telegram: stopped: Telegram refused the token", problems);
    }

    [Fact]
    public async Task Health_WithNoBotEverRun_ExitsOneSayingThereIsNoHeartbeat()
    {
        var result = await _run.InProcessAsync("health");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no heartbeat", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_BesideARunningBotOnTelegram_ExitsZeroNamingItsComponents()
    {
        await using var bot = new TelegramBotUnderTest(run: _run);
        await bot.StartAsync();
        await bot.Api.WaitForRequestAsync("getUpdates", r => r.Sequence > 0 && bot.Api.Requests.Count(q => q.Method == "getUpdates") > 1, TelegramBotUnderTest.Patience);

        CommandLineResult? result = null;
        for (var i = 0; i < 50 && result?.ExitCode != 0; i++)
        {
            result = await _run.InProcessAsync("health");
            await Task.Delay(100);
        }

        Assert.Equal(0, result!.ExitCode);
        Assert.Contains("telegram polling", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WhenTelegramRefusesTheToken_ExitsOneNamingTheFix()
    {
        await using var bot = new TelegramBotUnderTest(run: _run);
        bot.Api.InjectFault("getMe", FakeFault.Unauthorized());
        await bot.StartAsync();

        CommandLineResult? result = null;
        for (var i = 0; i < 50 && result?.Error.Contains("Telegram__Token", StringComparison.Ordinal) != true; i++)
        {
            await Task.Delay(100);
            result = await _run.InProcessAsync("health");
        }

        Assert.Equal(1, result!.ExitCode);
        Assert.Contains("telegram: stopped: Telegram refused the token (check Telegram__Token)", result.Error, StringComparison.Ordinal);
    }
}
