using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests;

public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task Run_ConnectsToTheUrlFromGatewayBot_Identifies_AndDeliversReady()
    {
        await using var harness = new DiscordHarness();
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);

        var ready = await run.NextDispatchAsync("READY");

        Assert.Equal(FakeRoutes.GetGatewayBot, harness.Server.Requests[0].Route);
        var connection = Assert.Single(harness.Server.Gateway.Connections);
        Assert.Equal(FakeDiscordGateway.Path, connection.Path);
        Assert.Equal("v=10&encoding=json", connection.Query);
        var identify = Assert.Single(connection.Received);
        Assert.Equal(2, identify.Op);
        Assert.Equal(harness.Server.Token, identify.D!["token"]!.GetValue<string>());
        Assert.Equal(0, identify.D["intents"]!.GetValue<int>());
        Assert.All(["os", "browser", "device"], p => Assert.False(string.IsNullOrEmpty(identify.D["properties"]![p]!.GetValue<string>())));
        Assert.Equal(1, ready.Sequence);
        Assert.Equal(harness.Server.ApplicationId, client.ApplicationId);
        Assert.Equal(harness.Server.Bot.Id, client.CurrentUser!.Id);
        Assert.Same(GatewayRunResult.Stopped, await run.StopAsync());
        Assert.Equal(1000, await connection.WaitForCloseAsync());
    }

    [Fact]
    public async Task Heartbeats_StartAfterIntervalTimesJitter_ThenEveryInterval_CarryingTheLastSequence()
    {
        await using var harness = new DiscordHarness(server: s => s with { HeartbeatInterval = TimeSpan.FromSeconds(40) });
        var (client, waits) = harness.CreateGateway(jitter: 0.25);
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var connection = harness.Server.Gateway.Connections[0];

        var first = await waits.NextAsync(WaitReason.FirstHeartbeat);
        Assert.Equal(TimeSpan.FromSeconds(10), first.Duration);
        harness.Time.Advance(first.Duration);
        Assert.Equal(1, (await connection.WaitForFrameAsync(1)).D!.GetValue<long>());

        var interaction = harness.Server.Interactions.SlashCommand("brief", [FakeInteractionFactory.StringOption("topic", "New START")]);
        Assert.Equal(2, await harness.Server.Gateway.DispatchInteractionCreateAsync(interaction));
        var dispatch = await run.NextDispatchAsync("INTERACTION_CREATE");
        Assert.Equal(interaction.Id, dispatch.Interaction!.Id);
        Assert.Equal("New START", dispatch.Interaction.Data!.Options![0].ValueText);

        var next = await waits.NextAsync(WaitReason.Heartbeat);
        Assert.Equal(TimeSpan.FromSeconds(40), next.Duration);
        harness.Time.Advance(next.Duration);
        await connection.WaitForFrameAsync(1, f => f.D!.GetValue<long>() == 2);
        harness.AssertNoSecretsLogged(interaction.Token);
    }

    [Fact]
    public async Task HeartbeatRequestedByTheServer_IsAnsweredAtOnce()
    {
        await using var harness = new DiscordHarness();
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var connection = harness.Server.Gateway.Connections[0];

        await connection.SendHeartbeatRequestAsync();

        Assert.Equal(1, (await connection.WaitForFrameAsync(1)).D!.GetValue<long>());
        Assert.Equal(DiscordHarness.Start, harness.Time.GetUtcNow());
    }

    [Fact]
    public async Task SlowDispatchConsumer_NeverStallsTheReceiveLoop()
    {
        await using var harness = new DiscordHarness(o => o.DispatchQueueCapacity = 2);
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var connection = harness.Server.Gateway.Connections[0];

        for (var i = 0; i < 5; i++)
        {
            await harness.Server.Gateway.DispatchAsync("GUILD_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        await connection.SendHeartbeatRequestAsync();
        await connection.WaitForFrameAsync(1, f => f.D!.GetValue<long>() == 6);
        Assert.Contains(harness.Logs.AtLeast(LogLevel.Warning), l => l.Message.Contains("Dropped the GUILD_CREATE dispatch", StringComparison.Ordinal));
        Assert.Equal(2, (await client.Dispatches.ReadAsync()).Sequence);
        Assert.Equal(3, (await client.Dispatches.ReadAsync()).Sequence);
        Assert.False(client.Dispatches.TryRead(out _));
    }
}
