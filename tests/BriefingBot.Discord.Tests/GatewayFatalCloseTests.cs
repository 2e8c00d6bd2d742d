using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests;

public sealed class GatewayFatalCloseTests
{
    [Fact]
    public async Task AuthenticationFailed4004_EndsTheRun_WithOneLogLineNamingTheFix_AndNoReconnect()
    {
        await using var harness = new DiscordHarness();
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        var connection = await harness.Server.Gateway.WaitForConnectionAsync(1);
        await connection.WaitForFrameAsync(2);

        await connection.CloseAsync(4004, "Authentication failed.");
        var result = await run.Result.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.IsFatal);
        Assert.Equal(GatewayFatalCause.TokenRejected, result.FatalCause);
        Assert.Equal(4004, result.CloseCode);
        var line = Assert.Single(harness.Logs.AtLeast(LogLevel.Warning));
        Assert.Contains("4004", line.Message, StringComparison.Ordinal);
        Assert.Contains("check Discord__Token", line.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Gateway.Connections);
        Assert.Equal(4004, await connection.WaitForCloseAsync());
    }

    [Theory]
    [InlineData(4010, GatewayFatalCause.InvalidShard)]
    [InlineData(4011, GatewayFatalCause.ShardingRequired)]
    [InlineData(4012, GatewayFatalCause.InvalidApiVersion)]
    [InlineData(4013, GatewayFatalCause.InvalidIntents)]
    [InlineData(4014, GatewayFatalCause.DisallowedIntents)]
    public async Task OtherFatalCloseCodes_EndTheRunWithoutReconnecting(int code, GatewayFatalCause cause)
    {
        await using var harness = new DiscordHarness();
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");

        await harness.Server.Gateway.Connections[0].CloseAsync(code, "fatal");
        var result = await run.Result.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(cause, result.FatalCause);
        Assert.Equal(code, result.CloseCode);
        var line = Assert.Single(harness.Logs.AtLeast(LogLevel.Warning));
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Gateway.Connections);
    }

    [Fact]
    public async Task TokenRejectedByGetGatewayBot_EndsTheRunBeforeConnecting()
    {
        await using var harness = new DiscordHarness(o => o.Token = "MTEwMDAwMDAwMDAwMDAwMDAwMg.GfAkE1.wrong-token-for-tests-only_0123456789");
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);

        var result = await run.Result.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(GatewayFatalCause.TokenRejected, result.FatalCause);
        Assert.Null(result.CloseCode);
        Assert.Empty(harness.Server.Gateway.Connections);
        Assert.Single(harness.Server.Requests);
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Contains("MTEwMDAwMDAwMDAwMDAwMDAwMg.GfAkE1.wrong-token-for-tests-only_0123456789"));
    }
}
