using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing;

namespace BriefingBot.Discord.Tests;

public sealed class LogRedactionTests
{
    [Fact]
    public async Task NoLogLineOrFailure_HoldsTheBotTokenOrAnInteractionToken_ThroughFailuresAndReconnects()
    {
        await using var harness = new DiscordHarness(o => o.RequestTimeout = TimeSpan.FromSeconds(1),
            server: s => s with { HeartbeatInterval = TimeSpan.FromSeconds(10) });
        var app = harness.Server.ApplicationId;
        var message = new OutgoingMessage { Content = "hi" };
        var interactions = Enumerable.Range(0, 5).Select(_ => harness.Server.Interactions.SlashCommand("brief")).ToList();
        var failures = new List<DiscordRestFailure?>();

        harness.Server.InjectFault(FakeRoutes.CreateInteractionResponse, FakeDiscordFault.Drop());
        failures.Add((await harness.Rest.RespondToInteractionAsync(interactions[0].Id, interactions[0].Token, InteractionResponse.Reply(message))).Failure);
        harness.Server.InjectFault(FakeRoutes.CreateInteractionResponse, FakeDiscordFault.InvalidFormBody("data.content"));
        failures.Add((await harness.Rest.RespondToInteractionAsync(interactions[1].Id, interactions[1].Token, InteractionResponse.Reply(message))).Failure);
        harness.Server.InjectFault(FakeRoutes.CreateInteractionResponse, FakeDiscordFault.ServerError(502));
        failures.Add((await harness.Rest.RespondToInteractionAsync(interactions[2].Id, interactions[2].Token, InteractionResponse.Reply(message))).Failure);
        failures.Add((await harness.Rest.EditOriginalResponseAsync(app, interactions[3].Token, message)).Failure);
        harness.Server.InjectFault(FakeRoutes.CreateFollowupMessage, FakeDiscordFault.RateLimited(60));
        await harness.Rest.RespondToInteractionAsync(interactions[4].Id, interactions[4].Token, InteractionResponse.Defer());
        failures.Add((await harness.Rest.CreateFollowupMessageAsync(app, interactions[4].Token, message)).Failure);
        harness.Server.InjectFault(FakeRoutes.EditOriginalResponse, FakeDiscordFault.Slow(TimeSpan.FromSeconds(30)));
        var slow = harness.Rest.EditOriginalResponseAsync(app, interactions[4].Token, message);
        await harness.Server.WaitForRequestAsync(FakeRoutes.EditOriginalResponse, r => r.Fault is not null);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        failures.Add((await slow.WaitAsync(TimeSpan.FromSeconds(10))).Failure);

        var (client, waits) = harness.CreateGateway();
        await using (var run = new GatewayRun(client))
        {
            await run.NextDispatchAsync("READY");
            harness.Server.Gateway.WithholdAcks = true;
            harness.Time.Advance((await waits.NextAsync(WaitReason.FirstHeartbeat)).Duration);
            await harness.Server.Gateway.Connections[0].WaitForFrameAsync(1);
            harness.Time.Advance((await waits.NextAsync(WaitReason.Heartbeat)).Duration);
            harness.Server.Gateway.WithholdAcks = false;
            await run.NextDispatchAsync("RESUMED");
        }

        Assert.Equal(6, failures.Count(f => f is not null));
        var secrets = interactions.Select(i => i.Token).Append(harness.Server.Token).ToList();
        Assert.All(failures, f => Assert.DoesNotContain(secrets, s => f!.ToString().Contains(s, StringComparison.Ordinal)));
        Assert.NotEmpty(harness.Logs.Lines);
        harness.AssertNoSecretsLogged([.. interactions.Select(i => i.Token)]);
    }
}
