using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task MissingHeartbeatAck_ClosesNon1000_ResumesWithTheLastSequence_AndLaterDispatchesArrive()
    {
        await using var harness = new DiscordHarness(server: s => s with { HeartbeatInterval = TimeSpan.FromSeconds(10) });
        var (client, waits) = harness.CreateGateway(jitter: 0.5);
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var first = harness.Server.Gateway.Connections[0];
        harness.Server.Gateway.WithholdAcks = true;

        harness.Time.Advance((await waits.NextAsync(WaitReason.FirstHeartbeat)).Duration);
        await first.WaitForFrameAsync(1);
        var interval = await waits.NextAsync(WaitReason.Heartbeat);
        harness.Server.Gateway.WithholdAcks = false;
        harness.Time.Advance(interval.Duration);

        var closeCode = await first.WaitForCloseAsync();
        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        var second = await harness.Server.Gateway.WaitForConnectionAsync(2);
        Assert.True(second.ConnectedToResumeUrl);
        var resume = await second.WaitForFrameAsync(6);
        Assert.Equal(first.Session!.Id, resume.D!["session_id"]!.GetValue<string>());
        Assert.Equal(1, resume.D["seq"]!.GetValue<long>());
        Assert.Equal(harness.Server.Token, resume.D["token"]!.GetValue<string>());
        await run.NextDispatchAsync("RESUMED");

        var interaction = harness.Server.Interactions.SlashCommand("brief");
        await harness.Server.Gateway.DispatchInteractionCreateAsync(interaction);
        Assert.Equal(interaction.Id, (await run.NextDispatchAsync("INTERACTION_CREATE")).Interaction!.Id);
        Assert.Contains(harness.Logs.Lines, l => l.Message.Contains("No heartbeat ACK", StringComparison.Ordinal));
        Assert.Equal(1, harness.Server.Gateway.IdentifyCount);
        harness.AssertNoSecretsLogged(interaction.Token);
    }

    [Fact]
    public async Task Reconnect_Op7_ClosesWith4000_AndResumesAtTheResumeUrlAtOnce()
    {
        await using var harness = new DiscordHarness();
        var (client, waits) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var first = harness.Server.Gateway.Connections[0];

        await first.SendReconnectAsync();

        Assert.Equal(4000, await first.WaitForCloseAsync());
        var second = await harness.Server.Gateway.WaitForConnectionAsync(2);
        Assert.True(second.ConnectedToResumeUrl);
        Assert.Equal(first.Session!.Id, (await second.WaitForFrameAsync(6)).D!["session_id"]!.GetValue<string>());
        await run.NextDispatchAsync("RESUMED");
        Assert.DoesNotContain(waits.All, w => w.Reason == WaitReason.Reconnect);
    }

    [Fact]
    public async Task InvalidSessionNotResumable_IdentifiesAfreshAfterOneToFiveSeconds()
    {
        await using var harness = new DiscordHarness();
        var (client, waits) = harness.CreateGateway(jitter: 0.5, WaitReason.InvalidSession);
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var first = harness.Server.Gateway.Connections[0];
        var invalidatedAt = harness.Time.GetUtcNow();

        await first.SendInvalidSessionAsync(resumable: false);
        var pause = await waits.NextAsync(WaitReason.InvalidSession);
        Assert.InRange(pause.Duration, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Empty(harness.Server.Gateway.Connections.Skip(1));
        harness.Time.Advance(pause.Duration);

        var second = await harness.Server.Gateway.WaitForConnectionAsync(2);
        Assert.False(second.ConnectedToResumeUrl);
        var identify = await second.WaitForFrameAsync(2);
        Assert.InRange(identify.ReceivedAt - invalidatedAt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.DoesNotContain(second.Received, f => f.Op == 6);
        await run.NextDispatchAsync("READY");
        Assert.NotEqual(first.Session!.Id, second.Session!.Id);
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await using var harness = new DiscordHarness();
        var (client, waits) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var first = harness.Server.Gateway.Connections[0];

        await first.SendInvalidSessionAsync(resumable: true);

        var second = await harness.Server.Gateway.WaitForConnectionAsync(2);
        Assert.Equal(first.Session!.Id, (await second.WaitForFrameAsync(6)).D!["session_id"]!.GetValue<string>());
        await run.NextDispatchAsync("RESUMED");
        Assert.InRange(Assert.Single(waits.All, w => w.Reason == WaitReason.InvalidSession).Duration, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DroppedSocket_ReconnectsWithGrowingBackoff_ThenResumes()
    {
        await using var harness = new DiscordHarness();
        var (client, waits) = harness.CreateGateway(jitter: 0.5, WaitReason.Reconnect);
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");
        var session = harness.Server.Gateway.Connections[0].Session!.Id;
        harness.Server.Gateway.Connections[0].Drop();

        var delays = new List<TimeSpan>();
        for (var attempt = 2; attempt <= 3; attempt++)
        {
            var backoff = await waits.NextAsync(WaitReason.Reconnect);
            delays.Add(backoff.Duration);
            harness.Server.Gateway.SendHelloOnConnect = false;
            harness.Time.Advance(backoff.Duration);
            (await harness.Server.Gateway.WaitForConnectionAsync(attempt)).Drop();
        }

        var last = await waits.NextAsync(WaitReason.Reconnect);
        delays.Add(last.Duration);
        harness.Server.Gateway.SendHelloOnConnect = true;
        harness.Time.Advance(last.Duration);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
        var resumed = await harness.Server.Gateway.WaitForConnectionAsync(4);
        Assert.Equal(session, (await resumed.WaitForFrameAsync(6)).D!["session_id"]!.GetValue<string>());
        await run.NextDispatchAsync("RESUMED");
        Assert.Equal(1, harness.Server.Gateway.IdentifyCount);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(4009, false)]
    [InlineData(4007, false)]
    public async Task ServerClose_ResumesOrIdentifies_AsTheCodeAllows(int code, bool resumes)
    {
        await using var harness = new DiscordHarness();
        var (client, _) = harness.CreateGateway();
        await using var run = new GatewayRun(client);
        await run.NextDispatchAsync("READY");

        await harness.Server.Gateway.Connections[0].CloseAsync(code, "test");

        var second = await harness.Server.Gateway.WaitForConnectionAsync(2);
        var first = await second.WaitForFrameAsync(resumes ? 6 : 2);
        Assert.Equal(resumes, second.ConnectedToResumeUrl);
        Assert.Equal(resumes ? 6 : 2, first.Op);
        await run.NextDispatchAsync(resumes ? "RESUMED" : "READY");
        Assert.DoesNotContain(harness.Logs.Lines, l => l.Level >= LogLevel.Error);
    }
}
