using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Telegram;

/// <summary>Faults the fake Bot API injects, and what the bot does: it backs off, keeps going, and loses nothing.</summary>
public sealed class TelegramResilienceTests
{
    [Fact]
    public async Task PollingThroughDroppedConnectionsMalformedJsonAndServerErrors_StillAnswersTheNextCommand()
    {
        await using var bot = new TelegramBotUnderTest();
        bot.Api.InjectFault("getUpdates", FakeFault.DropConnection());
        bot.Api.InjectFault("getUpdates", FakeFault.MalformedJson());
        bot.Api.InjectFault("getUpdates", FakeFault.ServerError());
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(100, "/help"));
        var reply = await bot.ReplyToAsync(100);

        Assert.Contains("brief", reply.GetString("text")!, StringComparison.Ordinal);
        Assert.Equal(3, bot.Logs.Lines.Count(l => l.Message.Contains("polling failed", StringComparison.Ordinal)));
        Assert.Equal(0, bot.Api.PendingFaultCount);
        bot.AssertTokenNeverShown();
    }

    [Fact]
    public async Task SlowBotApi_DelaysTheReplyWithoutDroppingIt()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();
        bot.Api.InjectFault("sendMessage", FakeFault.Slow(TimeSpan.FromSeconds(2)));

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(101, "/topics"));

        Assert.Contains("topics", (await bot.ReplyToAsync(101)).GetString("text")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopWhileAReplyIsInFlight_FinishesTheReplyAndExitsWellWithinDockersTenSeconds()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();
        bot.Api.InjectFault("sendMessage", FakeFault.Slow(TimeSpan.FromSeconds(2)));
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(102, "/topics"));
        await bot.ReplyToAsync(102);

        var clock = Stopwatch.StartNew();
        var exitCode = await bot.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {clock.Elapsed}");
        Assert.Contains(bot.Api.Requests, r => r.Method == "sendMessage" && r.GetInt64("chat_id") == 102 && r.Fault is not null);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.Contains("not delivered", StringComparison.Ordinal) || l.Message.Contains("still running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnreachableBotApi_IsRetriedWithBackOffAndNeverEndsTheProcess()
    {
        using var run = new CommandLineRun();
        await using var bot = new TelegramBotUnderTest(run: run);
        var closedPort = ClosedLoopbackPort();

        var starting = bot.StartAsync("--Telegram:ApiBaseUrl", $"http://127.0.0.1:{closedPort}");
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.False(starting.IsCompleted, "the host ended although only the Bot API was unreachable");
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("trying again in", StringComparison.Ordinal));
        bot.AssertTokenNeverShown();
        Assert.Equal(0, await bot.StopAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => starting);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
