using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Tests.Support;
using BriefingBot.Discord.Timing;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

public sealed class RestRateLimitTests
{
    private const ulong Channel = 645027906669510667;
    private static readonly OutgoingMessage Hello = new() { Content = "hello" };

    [Fact]
    public async Task BucketEmptiedPerHeaders_DelaysTheNextCallUntilItResets()
    {
        await using var harness = new DiscordHarness();
        harness.Server.SetRateLimit(FakeRoutes.CreateMessage, limit: 1, window: TimeSpan.FromSeconds(2));
        Assert.True((await harness.Rest.CreateMessageAsync(Channel, Hello, "n1")).IsSuccess);

        var second = harness.Rest.CreateMessageAsync(Channel, Hello, "n2");
        var wait = await harness.RestWaits.NextAsync(WaitReason.RateLimitBucket);

        Assert.Equal(TimeSpan.FromSeconds(2), wait.Duration);
        Assert.Single(harness.Server.Requests);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await second).IsSuccess);
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.DoesNotContain(harness.Server.Requests, r => r.StatusCode == 429);
    }

    [Fact]
    public async Task RoutesWithTheSameBucketHash_ShareTheBucketForTheSameWebhook()
    {
        await using var harness = new DiscordHarness();
        harness.Server.SetRateLimit(FakeRoutes.EditOriginalResponse, 2, TimeSpan.FromSeconds(3), bucket: "webhook-bucket");
        harness.Server.SetRateLimit(FakeRoutes.CreateFollowupMessage, 2, TimeSpan.FromSeconds(3), bucket: "webhook-bucket");
        var interaction = harness.Server.Interactions.SlashCommand("brief");
        var app = harness.Server.ApplicationId;
        Assert.True((await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Defer())).IsSuccess);
        Assert.True((await harness.Rest.EditOriginalResponseAsync(app, interaction.Token, Hello)).IsSuccess);
        Assert.True((await harness.Rest.CreateFollowupMessageAsync(app, interaction.Token, Hello)).IsSuccess);

        // The follow-up emptied the shared bucket; the edit route learnt it shares that bucket, so it waits.
        var third = harness.Rest.EditOriginalResponseAsync(app, interaction.Token, new OutgoingMessage { Content = "edited" });
        var wait = await harness.RestWaits.NextAsync(WaitReason.RateLimitBucket);
        Assert.Equal(TimeSpan.FromSeconds(3), wait.Duration);
        harness.Time.Advance(wait.Duration);

        Assert.True((await third).IsSuccess);
        Assert.DoesNotContain(harness.Server.Requests, r => r.StatusCode == 429);
        harness.AssertNoSecretsLogged(interaction.Token);
    }

    [Fact]
    public async Task Route429WithShortRetryAfter_IsWaitedOutAndSentAgain()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.RateLimited(1.5));

        var call = harness.Rest.CreateMessageAsync(Channel, Hello, "n1");
        var wait = await harness.RestWaits.NextAsync(WaitReason.RateLimitRetry);
        Assert.Equal(TimeSpan.FromSeconds(1.5), wait.Duration);
        harness.Time.Advance(wait.Duration);

        Assert.True((await call).IsSuccess);
        Assert.Equal([429, 200], harness.Server.Requests.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Route429WithLongRetryAfter_IsReturned_AndHoldsBackThatRouteOnly()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.RateLimited(30));

        var first = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");
        var again = await harness.Rest.CreateMessageAsync(Channel, Hello, "n2");
        var otherChannel = await harness.Rest.CreateMessageAsync(Channel + 1, Hello, "n3");

        var limited = Assert.IsType<DiscordRestFailure.RateLimited>(first.Failure);
        Assert.Equal(TimeSpan.FromSeconds(30), limited.RetryAfter);
        Assert.False(limited.Global);
        Assert.Equal("user", limited.Scope);
        var heldBack = Assert.IsType<DiscordRestFailure.RateLimited>(again.Failure);
        Assert.Equal("bucket", heldBack.Scope);
        Assert.True(otherChannel.IsSuccess);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Global429_PausesEveryOtherRoute_ButNotInteractionResponses()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.GlobalRateLimited(2));
        var interaction = harness.Server.Interactions.SlashCommand("brief");

        var post = harness.Rest.CreateMessageAsync(Channel, Hello, "n1");
        Assert.Equal(TimeSpan.FromSeconds(2), (await harness.RestWaits.NextAsync(WaitReason.RateLimitRetry)).Duration);
        var otherRoute = harness.Rest.GetCurrentApplicationAsync();
        var paused = await harness.RestWaits.NextAsync(WaitReason.RateLimitGlobal);
        var answer = await harness.Rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Reply(Hello));

        Assert.Equal(TimeSpan.FromSeconds(2), paused.Duration);
        Assert.True(answer.IsSuccess, answer.ToString());
        Assert.Empty(harness.Server.RequestsTo(FakeRoutes.GetCurrentApplication));
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.True((await post).IsSuccess);
        Assert.True((await otherRoute).IsSuccess);
        Assert.Single(harness.Server.Requests, r => r.StatusCode == 429);
        harness.AssertNoSecretsLogged(interaction.Token);
    }

    [Fact]
    public async Task Global429TooLongToWait_IsReturnedAsGlobal_AndOtherRoutesAreHeldBack()
    {
        await using var harness = new DiscordHarness();
        harness.Server.InjectFault(FakeRoutes.CreateMessage, FakeDiscordFault.GlobalRateLimited(60));

        var post = await harness.Rest.CreateMessageAsync(Channel, Hello, "n1");
        var other = await harness.Rest.GetCurrentApplicationAsync();

        var limited = Assert.IsType<DiscordRestFailure.RateLimited>(post.Failure);
        Assert.True(limited.Global);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.RetryAfter);
        Assert.True(Assert.IsType<DiscordRestFailure.RateLimited>(other.Failure).Global);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task RequestsBoundByTheGlobalLimit_NeverExceedTheConfiguredRatePerSecond()
    {
        await using var harness = new DiscordHarness(o => o.GlobalRequestsPerSecond = 5);
        harness.Server.SetRateLimit(FakeRoutes.GetCurrentApplication, 100, TimeSpan.FromSeconds(10));

        var calls = Enumerable.Range(0, 8).Select(_ => harness.Rest.GetCurrentApplicationAsync()).ToList();
        await harness.Server.WaitForRequestCountAsync(FakeRoutes.GetCurrentApplication, 5);
        Assert.Equal(5, harness.Server.Requests.Count);
        // Move the clock on in steps until every call is through: a call still on its way to the limiter when the clock
        // moves arms its wait afterwards, so a single step could leave it waiting on a clock that never moves again.
        var all = Task.WhenAll(calls);
        for (var step = 0; step < 100 && !all.IsCompleted; step++)
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(all, Task.Delay(100));
        }

        await all.WaitAsync(TimeSpan.FromSeconds(10));

        var times = harness.Server.Requests.Select(r => r.ReceivedAt).ToList();
        Assert.Equal(8, times.Count);
        Assert.All(times, t => Assert.True(times.Count(o => o >= t && o < t + TimeSpan.FromSeconds(1)) <= 5));
        Assert.All(calls, c => Assert.True(c.Result.IsSuccess));
    }
}
