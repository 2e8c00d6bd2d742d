using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class GetUpdatesTests
{
    [Fact]
    public async Task GetUpdates_ReturnsQueuedUpdatesWithIncreasingIds()
    {
        await using var telegram = new FakeTelegram();
        var first = telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "/start"));
        var second = telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "hello"));

        var updates = await telegram.Bot.GetUpdates();

        Assert.Equal([first, second], updates.Select(u => (long)u.Id));
        Assert.Equal(first + 1, second);
        Assert.Equal("/start", updates[0].Message!.Text);
    }

    [Fact]
    public async Task GetUpdates_OffsetConfirmsEarlierUpdatesForGood()
    {
        await using var telegram = new FakeTelegram();
        var ids = Enumerable.Range(0, 3).Select(i => telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, $"m{i}"))).ToArray();

        var unconfirmed = await telegram.Bot.GetUpdates();
        var afterFirst = await telegram.Bot.GetUpdates(offset: (int)ids[1]);
        var afterAll = await telegram.Bot.GetUpdates(offset: (int)ids[2] + 1);
        var withoutOffset = await telegram.Bot.GetUpdates();

        Assert.Equal(3, unconfirmed.Length);
        Assert.Equal(ids[1..], afterFirst.Select(u => (long)u.Id));
        Assert.Empty(afterAll);
        Assert.Empty(withoutOffset);
        Assert.Equal(0, telegram.Server.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_NegativeOffsetKeepsOnlyTheLastUpdates()
    {
        await using var telegram = new FakeTelegram();
        var ids = Enumerable.Range(0, 3).Select(i => telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, $"m{i}"))).ToArray();

        var last = await telegram.Bot.GetUpdates(offset: -1);

        Assert.Equal([ids[2]], last.Select(u => (long)u.Id));
        Assert.Equal(1, telegram.Server.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_LimitCapsTheBatch()
    {
        await using var telegram = new FakeTelegram();
        for (var i = 0; i < 3; i++)
        {
            telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, $"m{i}"));
        }

        var updates = await telegram.Bot.GetUpdates(limit: 2);

        Assert.Equal(2, updates.Length);
    }

    [Fact]
    public async Task GetUpdates_AllowedUpdatesAreRememberedUntilChanged()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "ignored by the filter"));
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.CallbackQuery(42, 5, "more:rust"));

        var filtered = await telegram.Bot.GetUpdates(allowedUpdates: [UpdateType.CallbackQuery]);
        var stillFiltered = await telegram.Bot.GetUpdates();

        Assert.Equal(["callback_query"], telegram.Server.AllowedUpdates!);
        Assert.Equal(UpdateType.CallbackQuery, Assert.Single(filtered).Type);
        Assert.Equal(UpdateType.CallbackQuery, Assert.Single(stillFiltered).Type);
    }

    [Fact]
    public async Task GetUpdates_ByDefaultLeavesOutChatMemberUpdates()
    {
        await using var telegram = new FakeTelegram();
        var chatMember = new System.Text.Json.Nodes.JsonObject
        {
            ["chat_member"] = telegram.Server.Updates.MyChatMember(-100, FakeChatType.Group, FakeChatMemberStatus.Left, FakeChatMemberStatus.Member)["my_chat_member"]!.DeepClone(),
        };
        telegram.Server.EnqueueUpdate(chatMember);
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.MyChatMember(-100, FakeChatType.Group, FakeChatMemberStatus.Left, FakeChatMemberStatus.Member));

        var updates = await telegram.Bot.GetUpdates();

        Assert.Equal(UpdateType.MyChatMember, Assert.Single(updates).Type);
    }

    [Fact]
    public async Task LongPoll_WithNothingQueued_HoldsForTheTimeoutThenReturnsEmpty()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        await using var telegram = new FakeTelegram(new FakeBotApiServerOptions { TimeProvider = clock });

        var poll = telegram.Bot.GetUpdates(timeout: 50);
        await telegram.Server.WaitForRequestAsync("getUpdates");
        await WaitUntilAsync(() => telegram.Server.IsGetUpdatesPending);
        clock.Advance(TimeSpan.FromSeconds(49));
        await Task.Delay(50);
        Assert.False(poll.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));

        // The hold may have armed its timer a moment after the clock moved: then it is due one hold later.
        for (var i = 0; i < 100 && !poll.IsCompleted; i++)
        {
            await Task.Delay(20);
            if (i % 25 == 24)
            {
                clock.Advance(TimeSpan.FromSeconds(50));
            }
        }

        Assert.Empty(await poll.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task LongPoll_ReturnsEarlyWhenAnUpdateIsEnqueued()
    {
        await using var telegram = new FakeTelegram();

        var poll = telegram.Bot.GetUpdates(timeout: 30);
        await telegram.Server.WaitForRequestAsync("getUpdates");
        var id = telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "/brief rust"));

        var updates = await poll.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(id, Assert.Single(updates).Id);
    }

    [Fact]
    public async Task LongPoll_SecondPollerTerminatesTheFirstWith409()
    {
        await using var telegram = new FakeTelegram();
        var first = telegram.Bot.GetUpdates(timeout: 30);
        await WaitUntilAsync(() => telegram.Server.IsGetUpdatesPending);

        var second = await telegram.Bot.GetUpdates(timeout: 0);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => first.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(409, error.ErrorCode);
        Assert.Equal("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", error.Message);
        Assert.Empty(second);
    }

    [Fact]
    public async Task LongPoll_HeldWhenTheServerStops_EndsAsRequestException()
    {
        var telegram = new FakeTelegram();
        var poll = telegram.Bot.GetUpdates(timeout: 30);
        await WaitUntilAsync(() => telegram.Server.IsGetUpdatesPending);

        await telegram.Server.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<RequestException>(() => poll.WaitAsync(TimeSpan.FromSeconds(5)));
        telegram.Http.Dispose();
    }

    [Fact]
    public async Task GetUpdates_WhileWebhookIsSet_Answers409UntilDeleteWebhook()
    {
        await using var telegram = new FakeTelegram();
        await telegram.Bot.SetWebhook("https://briefing.example/hook");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => telegram.Bot.GetUpdates());
        await telegram.Bot.DeleteWebhook();
        var updates = await telegram.Bot.GetUpdates();

        Assert.Equal(409, error.ErrorCode);
        Assert.StartsWith("Conflict: can't use getUpdates method while webhook is active", error.Message);
        Assert.Empty(updates);
        Assert.Null(telegram.Server.WebhookUrl);
    }

    [Fact]
    public async Task DeleteWebhook_DropPendingUpdates_ForgetsTheQueue()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "stale"));

        await telegram.Bot.DeleteWebhook(dropPendingUpdates: true);

        Assert.Empty(await telegram.Bot.GetUpdates());
        Assert.Empty((await telegram.Bot.GetWebhookInfo()).Url);
    }

    [Fact]
    public async Task GetUpdatesRequests_FromTelegramBot_PassValidation()
    {
        await using var telegram = new FakeTelegram();

        await telegram.Bot.GetUpdates(offset: 5, limit: 10, timeout: 0, allowedUpdates: [UpdateType.Message, UpdateType.MyChatMember]);

        var request = Assert.Single(telegram.Server.Requests);
        Assert.Empty(Spec.Api.Validate(request));
        Assert.Equal(["message", "my_chat_member"], telegram.Server.AllowedUpdates!);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
