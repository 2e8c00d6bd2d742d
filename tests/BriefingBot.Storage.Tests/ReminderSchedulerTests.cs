using BriefingBot.Core.Chat;
using BriefingBot.Core.Dates.Events;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Storage.Tests;

/// <summary>The scheduler on a manual clock: see <see cref="ReminderSchedulerHarness"/> for the chat, the item and its due times.</summary>
public sealed class ReminderSchedulerTests : IAsyncLifetime
{
    private static readonly ConversationRef Chat = ReminderSchedulerHarness.Chat;
    private static readonly DateTimeOffset Subscribed = ReminderSchedulerHarness.Subscribed;
    private static readonly DateTimeOffset SevenDaysBefore = ReminderSchedulerHarness.SevenDaysBefore;
    private static readonly DateTimeOffset OneDayBefore = ReminderSchedulerHarness.OneDayBefore;
    private static readonly DateTimeOffset OnTheDay = ReminderSchedulerHarness.OnTheDay;

    private ReminderSchedulerHarness _harness = null!;
    private FakeTimeProvider _clock = null!;
    private FakeChatPlatform _telegram = null!;
    private TestStore _store = null!;
    private SqliteSubscriptionStore _subscriptions = null!;
    private SqliteDeliveryStore _deliveries = null!;

    public async Task InitializeAsync()
    {
        _harness = await ReminderSchedulerHarness.CreateAsync();
        (_clock, _telegram, _store, _subscriptions, _deliveries) = (_harness.Clock, _harness.Telegram, _harness.Store, _harness.Subscriptions, _harness.Deliveries);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task RunDue_FirstPass_PlansTheNextReminderWithoutPostingAnything()
    {
        var next = await Scheduler().RunDueAsync(CancellationToken.None);

        Assert.Equal(SevenDaysBefore, next);
        Assert.Empty(_telegram.Posts);
    }

    [Fact]
    public async Task RunDue_AtDueTime_PostsTheReminderOnceWithQuoteAndSource()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);

        _clock.SetUtcNow(SevenDaysBefore);
        var next = await scheduler.RunDueAsync(CancellationToken.None);
        await scheduler.RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Equal("42", post.Conversation.ChatId);
        var item = Assert.Single(post.Reply.Items);
        Assert.Equal("The New START Treaty is set to expire on February 4, 2026.", item.Quote);
        Assert.Equal("Treaty note", item.Source.Title);
        Assert.Contains("in 7 days", post.Reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
        Assert.Equal(OneDayBefore, next);
        var delivery = Assert.Single(await _deliveries.ListAsync(CancellationToken.None));
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal("m1", delivery.MessageId);
    }

    [Fact]
    public async Task RunDue_AcrossAllThreeLeadTimes_PostsEachOnceInOrder()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);

        foreach (var instant in new[] { SevenDaysBefore, OneDayBefore, OnTheDay, OnTheDay.AddDays(30) })
        {
            _clock.SetUtcNow(instant);
            await scheduler.RunDueAsync(CancellationToken.None);
        }

        Assert.Equal(["in 7 days", "tomorrow", "today"], _telegram.Posts.Select(p => p.Reply.Paragraphs[0].ToString().Split('(', ')')[1]));
    }

    [Fact]
    public async Task RunDue_AfterDowntimeWithinCatchUpWindow_PostsItMarkedLate()
    {
        await Scheduler().RunDueAsync(CancellationToken.None);

        _clock.SetUtcNow(SevenDaysBefore.AddHours(5));
        await Scheduler().RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Contains(post.Reply.Paragraphs, l => l.ToString().Contains("was due on January 28, 2026 at 09:00", StringComparison.Ordinal));
        Assert.True(Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).Late);
    }

    [Fact]
    public async Task RunDue_AnotherArticleJoinsTheEventBeforeARetry_PostsTheReminderOnce()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _telegram.FailNext(SendResult.RateLimited(TimeSpan.FromSeconds(90), "Too Many Requests"));
        _clock.SetUtcNow(SevenDaysBefore);
        var retryAt = await scheduler.RunDueAsync(CancellationToken.None);
        var waiting = Assert.Single(await _deliveries.ListAsync(CancellationToken.None));
        Assert.Equal(DeliveryState.Retrying, waiting.State);

        // An article whose id sorts first: its item becomes the first of the event, which takes that item's key.
        _store.UseArticles(("treaty-note", ReminderSchedulerHarness.Article), ("a-treaty-brief", """
            ---
            id: a-treaty-brief
            title: "Treaty brief"
            publisher: "Other Desk"
            published: "2026-01-26"
            ---
            The New START treaty will expire on February 4, 2026, with no talks on a successor.
            """));
        await _store.IngestAsync();
        var joined = Assert.Single(EventGrouper.Group(await new SqliteDatedItemStore(_store.Database).GetItemsAsync(CancellationToken.None)));
        Assert.Equal(2, joined.Items.Count);
        Assert.NotEqual(waiting.ItemKey, joined.Key);
        _clock.SetUtcNow(retryAt!.Value);
        await scheduler.RunDueAsync(CancellationToken.None);
        await Scheduler().RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Contains("February 4, 2026", Assert.Single(post.Reply.Items).Quote, StringComparison.Ordinal);
        var delivery = Assert.Single(await _deliveries.ListAsync(CancellationToken.None));
        Assert.Equal(DeliveryState.Sent, delivery.State);
    }

    [Fact]
    public async Task RunDue_AfterDowntimeBeyondCatchUpWindow_RecordsMissedAndSendsOneSummary()
    {
        await Scheduler().RunDueAsync(CancellationToken.None);

        _clock.SetUtcNow(OnTheDay.AddDays(3));
        await Scheduler().RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Equal("Missed reminders", post.Reply.Heading?.ToString());
        Assert.Contains("3 reminders", post.Reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
        Assert.All(await _deliveries.ListAsync(CancellationToken.None), d => Assert.Equal(DeliveryState.Missed, d.State));
    }

    [Fact]
    public async Task RunDue_DowntimeSpanningBothWindows_PostsRecentLateAndSumsUpOlder()
    {
        await Scheduler().RunDueAsync(CancellationToken.None);

        _clock.SetUtcNow(OneDayBefore.AddHours(2));
        await Scheduler().RunDueAsync(CancellationToken.None);

        Assert.Equal(2, _telegram.Posts.Count);
        Assert.Contains(_telegram.Posts, p => p.Reply.Heading?.ToString() == "Missed reminders" && p.Reply.Paragraphs[0].ToString().Contains("1 reminder ", StringComparison.Ordinal));
        Assert.Contains(_telegram.Posts, p => p.Reply.Paragraphs[0].ToString().Contains("tomorrow", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_BetweenClaimAndSend_PostsTheReminderOnceAfterRestart()
    {
        await CrashAtTheSevenDayReminderAsync(new CrashingDeliveryStore(_deliveries) { CrashOnMarkSending = true });
        Assert.Empty(_telegram.Posts);
        Assert.Equal(DeliveryState.Claimed, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);

        var restarted = Scheduler();
        await restarted.RecoverAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);

        Assert.Single(_telegram.Posts);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);
    }

    [Fact]
    public async Task Restart_BetweenSendAndMark_NeverPostsItTwiceAndRecordsItUnconfirmed()
    {
        await CrashAtTheSevenDayReminderAsync(new CrashingDeliveryStore(_deliveries) { CrashOnMarkSent = true });
        Assert.Single(_telegram.Posts);

        var restarted = Scheduler();
        await restarted.RecoverAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        await restarted.RunDueAsync(CancellationToken.None);

        Assert.Single(_telegram.Posts);
        Assert.Equal(DeliveryState.Unconfirmed, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);
    }

    [Fact]
    public async Task RunDue_PermanentFailure_DisablesTheSubscriptionWithTheReason()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _telegram.FailNext(SendResult.Unavailable("Forbidden: bot was kicked from the group chat"));

        _clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);
        _clock.SetUtcNow(OnTheDay);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Empty(_telegram.Posts);
        var subscription = Assert.Single(await _subscriptions.ListAsync(Chat, CancellationToken.None));
        Assert.False(subscription.Enabled);
        Assert.Contains("kicked", subscription.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Failed, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);
    }

    [Fact]
    public async Task RunDue_RateLimited_RetriesAfterTheWaitAndPostsOnce()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _telegram.FailNext(SendResult.RateLimited(TimeSpan.FromSeconds(90), "Too Many Requests"));

        _clock.SetUtcNow(SevenDaysBefore);
        var next = await scheduler.RunDueAsync(CancellationToken.None);
        Assert.Equal(SevenDaysBefore.AddSeconds(90), next);
        Assert.Equal(DeliveryState.Retrying, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);

        _clock.SetUtcNow(next!.Value);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Single(_telegram.Posts);
        var delivery = Assert.Single(await _deliveries.ListAsync(CancellationToken.None));
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(1, delivery.Attempts); // the rate-limited try does not count toward the attempts
    }

    [Fact]
    public async Task RunDue_RetryAfterARateLimit_IsNotBlamedOnTheBotBeingOffline()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _telegram.FailNext(SendResult.RateLimited(TimeSpan.FromMinutes(10), "Too Many Requests"));
        _clock.SetUtcNow(SevenDaysBefore);
        var retryAt = await scheduler.RunDueAsync(CancellationToken.None);

        _clock.SetUtcNow(retryAt!.Value);
        await scheduler.RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.DoesNotContain(post.Reply.Paragraphs, l => l.ToString().Contains("offline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunDue_AnUnreadableSubscriptionRow_IsTurnedOffAndTheOthersStillGetTheirReminders()
    {
        await InsertRawSubscriptionAsync("66", "soon-ish", "UTC");

        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["42"], _telegram.Posts.Select(p => p.Conversation.ChatId));
        var unreadable = Assert.Single(await _subscriptions.ListAsync(ConversationRef.Telegram(66), CancellationToken.None));
        Assert.False(unreadable.Enabled);
        Assert.Contains("could not be read", unreadable.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDue_SubscriptionMadeAfterADueTime_DoesNotRemindOfThePast()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        await _subscriptions.SaveAsync(ConversationRef.Telegram(7), SubscriptionRequest.Default, "new-start", SevenDaysBefore.AddHours(1), CancellationToken.None);

        _clock.SetUtcNow(SevenDaysBefore.AddHours(2));
        await scheduler.RunDueAsync(CancellationToken.None);
        _clock.SetUtcNow(OneDayBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(2, _telegram.Posts.Count(p => p.Conversation.ChatId == "42"));
        var only = Assert.Single(_telegram.Posts, p => p.Conversation.ChatId == "7");
        Assert.Contains("tomorrow", only.Reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AfterClaimAndALongOutage_RecordsItMissedInsteadOfPostingIt()
    {
        await CrashAtTheSevenDayReminderAsync(new CrashingDeliveryStore(_deliveries) { CrashOnMarkSending = true });

        _clock.SetUtcNow(SevenDaysBefore.AddDays(2));
        var restarted = Scheduler();
        await restarted.RecoverAsync(CancellationToken.None);
        await restarted.RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Equal("Missed reminders", post.Reply.Heading?.ToString());
        Assert.Equal(DeliveryState.Missed, Assert.Single(await _deliveries.ListAsync(CancellationToken.None)).State);
    }

    [Fact]
    public async Task Restart_AfterClaimAndAShortOutage_PostsItMarkedLate()
    {
        await CrashAtTheSevenDayReminderAsync(new CrashingDeliveryStore(_deliveries) { CrashOnMarkSending = true });

        _clock.SetUtcNow(SevenDaysBefore.AddHours(3));
        await Scheduler().RunDueAsync(CancellationToken.None);

        var post = Assert.Single(_telegram.Posts);
        Assert.Contains(post.Reply.Paragraphs, l => l.ToString().Contains("I was offline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsubscribe_ThenAnotherChatSubscribes_TheNewChatGetsItsOwnReminders()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        _clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);
        await _subscriptions.RemoveAsync(Chat, null, allTopics: true, CancellationToken.None);
        var other = await _subscriptions.SaveAsync(ConversationRef.Telegram(99), SubscriptionRequest.Default, "new-start", SevenDaysBefore, CancellationToken.None);

        _clock.SetUtcNow(OneDayBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.NotEqual(1, other.Id);
        Assert.Equal(["42", "99"], _telegram.Posts.Select(p => p.Conversation.ChatId));
        Assert.Contains("tomorrow", _telegram.Posts[1].Reply.Paragraphs[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDue_SubscriptionSavedByAnotherProcess_IsPlannedWithoutASignal()
    {
        var scheduler = Scheduler();
        await scheduler.RunDueAsync(CancellationToken.None);
        var otherProcess = new SqliteSubscriptionStore(new SqliteDatabase(_store.Database.Path));
        await otherProcess.SaveAsync(ConversationRef.Telegram(5), SubscriptionRequest.Default, null, Subscribed, CancellationToken.None);

        _clock.SetUtcNow(SevenDaysBefore);
        await scheduler.RunDueAsync(CancellationToken.None);

        Assert.Equal(["42", "5"], _telegram.Posts.Select(p => p.Conversation.ChatId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunDue_SubscriptionWithAnUnknownTimeZone_IsTurnedOffWithTheReason()
    {
        await InsertRawSubscriptionAsync("13", "86400", "Atlantis/Capital");

        await Scheduler().RunDueAsync(CancellationToken.None);

        var broken = Assert.Single(await _subscriptions.ListAsync(ConversationRef.Telegram(13), CancellationToken.None));
        Assert.False(broken.Enabled);
        Assert.Contains("time zone", broken.DisabledReason, StringComparison.Ordinal);
        Assert.True(Assert.Single(await _subscriptions.ListAsync(Chat, CancellationToken.None)).Enabled);
    }

    [Fact]
    public async Task ChangeSignal_Notify_WakesTheSleeperWithoutTimePassing()
    {
        using var signal = new ReminderChangeSignal();
        var wait = signal.WaitAsync(TimeSpan.FromHours(1), _clock, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        signal.Notify();

        Assert.True(await wait);
        Assert.Equal(Subscribed, _clock.GetUtcNow());
    }

    [Fact]
    public async Task ChangeSignal_NoChange_WakesWhenTheClockReachesTheTimeout()
    {
        using var signal = new ReminderChangeSignal();
        var wait = signal.WaitAsync(TimeSpan.FromHours(1), _clock, CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.False(wait.IsCompleted);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.False(await wait);
    }

    /// <summary>A subscription row written straight to the table, past the parser: as a bad edit or an old tzdb could leave one.</summary>
    private async Task InsertRawSubscriptionAsync(string chatId, string leadTimes, string timeZone)
    {
        await using var connection = await _store.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO subscriptions (platform, chat_id, topic, lead_seconds, time_zone, local_time, created_at)
            VALUES ('telegram', $chat, '*', $leads, $zone, '09:00', 0);
            """;
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$leads", leadTimes);
        command.Parameters.AddWithValue("$zone", timeZone);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A first pass, then the process "dies" at the chosen step while posting the 7-day reminder.</summary>
    private async Task CrashAtTheSevenDayReminderAsync(CrashingDeliveryStore crashingStore)
    {
        await Scheduler().RunDueAsync(CancellationToken.None);
        _clock.SetUtcNow(SevenDaysBefore);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => Scheduler(crashingStore).RunDueAsync(CancellationToken.None));
    }

    private ReminderScheduler Scheduler(IDeliveryStore? deliveries = null) => _harness.Scheduler(deliveries);
}
