using BriefingBot.Core.Chat;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using static BriefingBot.Storage.Tests.ReminderSchedulerHarness;

namespace BriefingBot.Storage.Tests;

/// <summary>Each way a platform can fail a post, handled by the scheduler on a manual clock.</summary>
public sealed class ReminderDeliveryFailureTests : IAsyncLifetime
{
    private ReminderSchedulerHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task RateLimited_IsPostedOnceAfterTheGivenWait()
    {
        var scheduler = await FirstPassAsync();
        _harness.Telegram.FailNext(SendResult.RateLimited(TimeSpan.FromSeconds(45), "Too Many Requests: retry after 45"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        var retryAt = await scheduler.RunDueAsync(CancellationToken.None);
        _harness.Clock.SetUtcNow(SevenDaysBefore.AddSeconds(44));
        await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Empty(_harness.Telegram.Posts);
        _harness.Clock.SetUtcNow(SevenDaysBefore.AddSeconds(45));
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(SevenDaysBefore.AddSeconds(45), retryAt);
        Assert.Single(_harness.Telegram.Posts);
        Assert.Equal(DeliveryState.Sent, (await _harness.SingleDeliveryAsync()).State);
    }

    [Fact]
    public async Task RateLimitStorm_DelaysTheReminderButLosesNothing()
    {
        var scheduler = await FirstPassAsync();
        for (var i = 0; i < 12; i++)
        {
            _harness.Telegram.FailNext(SendResult.RateLimited(TimeSpan.FromMinutes(1), "Too Many Requests"));
        }

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        for (var next = await scheduler.RunDueAsync(CancellationToken.None); _harness.Telegram.Posts.Count == 0 && next is { } at; next = await scheduler.RunDueAsync(CancellationToken.None))
        {
            _harness.Clock.SetUtcNow(at);
        }

        Assert.Equal(13, _harness.Telegram.Attempts.Count);
        Assert.Single(_harness.Telegram.Posts);
        Assert.Equal(SevenDaysBefore.AddMinutes(12), _harness.Clock.GetUtcNow());
        Assert.Equal(1, (await _harness.SingleDeliveryAsync()).Attempts);
    }

    [Fact]
    public async Task MessageRejected_RecordsThatReminderFailedAndTheChatStaysSubscribed()
    {
        var scheduler = await FirstPassAsync();
        _harness.Telegram.FailNext(SendResult.Rejected("Bad Request: message is too long"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);
        _harness.Clock.SetUtcNow(OneDayBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        var deliveries = await _harness.Deliveries.ListAsync(CancellationToken.None);
        Assert.Equal([DeliveryState.Failed, DeliveryState.Sent], deliveries.Select(d => d.State));
        Assert.Contains("message is too long", deliveries[0].LastError, StringComparison.Ordinal);
        Assert.True(Assert.Single(await _harness.Subscriptions.ListAsync(Chat, CancellationToken.None)).Enabled);
        Assert.Contains("tomorrow", Assert.Single(_harness.Telegram.Posts).Reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatUnavailable_TurnsOffTheChatsSubscriptionsWithTheReasonInEveryThread()
    {
        await _harness.Subscriptions.SaveAsync(ConversationRef.Telegram(42, 7), SubscriptionRequest.Default, "new-start", Subscribed, CancellationToken.None);
        var scheduler = await FirstPassAsync();
        _harness.Telegram.FailNext(SendResult.Unavailable("Forbidden: bot was kicked from the supergroup chat"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        var main = Assert.Single(await _harness.Subscriptions.ListAsync(Chat, CancellationToken.None));
        var thread = Assert.Single(await _harness.Subscriptions.ListAsync(ConversationRef.Telegram(42, 7), CancellationToken.None));
        Assert.All([main, thread], s => Assert.Contains("kicked", s.DisabledReason, StringComparison.Ordinal));
        Assert.All([main, thread], s => Assert.False(s.Enabled));
        Assert.Empty(_harness.Telegram.Posts);
    }

    [Fact]
    public async Task Migrated_MovesTheSubscriptionsAndPostsTheReminderOnceToTheNewId()
    {
        var supergroup = ConversationRef.Telegram(-1009876543210);
        var scheduler = await FirstPassAsync();
        _harness.Telegram.FailNext(SendResult.Migrated(supergroup, "Bad Request: group chat was upgraded to a supergroup chat"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);
        _harness.Clock.SetUtcNow(OneDayBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal([supergroup, supergroup], _harness.Telegram.Posts.Select(p => p.Conversation));
        Assert.Empty(await _harness.Subscriptions.ListAsync(Chat, CancellationToken.None));
        Assert.True(Assert.Single(await _harness.Subscriptions.ListAsync(supergroup, CancellationToken.None)).Enabled);
        var deliveries = await _harness.Deliveries.ListAsync(CancellationToken.None);
        Assert.All(deliveries, d => Assert.Equal((supergroup, DeliveryState.Sent), (d.Conversation, d.State)));
    }

    [Fact]
    public async Task PlatformThatThrows_CountsAsTransientAndOtherChatsAreStillServed()
    {
        var other = ConversationRef.Telegram(77);
        await _harness.Subscriptions.SaveAsync(other, SubscriptionRequest.Default, "new-start", Subscribed, CancellationToken.None);
        var scheduler = await FirstPassAsync();
        _harness.Telegram.ThrowNext(new HttpRequestException("connection reset"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        var retryAt = await scheduler.RunDueAsync(CancellationToken.None);
        var afterFirstPass = _harness.Telegram.Posts.Select(p => p.Conversation).ToArray();
        _harness.Clock.SetUtcNow(retryAt!.Value);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal([other], afterFirstPass);
        Assert.Equal([other, Chat], _harness.Telegram.Posts.Select(p => p.Conversation));
        Assert.Equal(SevenDaysBefore.AddSeconds(30), retryAt);
    }

    [Fact]
    public async Task TwoSchedulersOnOneDatabase_PostADueReminderExactlyOnce()
    {
        var otherProcess = new SqliteDatabase(_harness.Store.Database.Path);
        var first = _harness.Scheduler();
        await first.RunDueAsync(CancellationToken.None);
        _harness.Clock.SetUtcNow(SevenDaysBefore);

        // The second scheduler reads the claimed reminder, then the first one posts it before the second acts.
        var second = _harness.Scheduler(new CrashingDeliveryStore(new SqliteDeliveryStore(otherProcess))
        {
            AfterGetReady = () => first.RunDueAsync(CancellationToken.None),
        }, otherProcess);
        await second.RunDueAsync(CancellationToken.None);

        Assert.Single(_harness.Telegram.Posts);
        Assert.Equal(DeliveryState.Sent, (await _harness.SingleDeliveryAsync()).State);
    }

    [Fact]
    public async Task DeliveryKey_IsTheSameForEveryAttemptAtOneReminder()
    {
        var scheduler = await FirstPassAsync();
        _harness.Telegram.FailNext(SendResult.Transient("Bad Gateway"));

        _harness.Clock.SetUtcNow(SevenDaysBefore);
        var retryAt = await scheduler.RunDueAsync(CancellationToken.None);
        _harness.Clock.SetUtcNow(retryAt!.Value);
        await scheduler.RunDueAsync(CancellationToken.None);

        var keys = _harness.Telegram.Attempts.Select(a => a.Key).ToArray();
        Assert.Equal(2, keys.Length);
        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(ReminderScheduler.KeyOf(await _harness.SingleDeliveryAsync()), keys[0]);
    }

    private async Task<ReminderScheduler> FirstPassAsync()
    {
        var scheduler = _harness.Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        return scheduler;
    }
}
