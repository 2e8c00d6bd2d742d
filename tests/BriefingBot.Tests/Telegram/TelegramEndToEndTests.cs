using BriefingBot.Core.Chat;
using BriefingBot.Storage;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Telegram;

/// <summary>The whole bot on Telegram: the real host, its adapter, and a fake Bot API on loopback.</summary>
public sealed class TelegramEndToEndTests
{
    private const long Supergroup = -1001234567890;
    private static readonly FakeUser Admin = new(1001, "Ada", "ada");
    private static readonly FakeUser Member = new(1002, "Max", "max");

    [Fact]
    public async Task BriefAddressedToThisBot_InASupergroup_AnswersWithEscapedHtmlHoldingTheExpiryQuote()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/brief@BriefingTestBot New START", FakeChatType.Supergroup, Member));
        var reply = await bot.ReplyToAsync(Supergroup);

        var html = reply.GetString("text")!;
        Assert.Contains("February 4, 2026", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote", html, StringComparison.Ordinal);
        Assert.Equal("Html", reply.GetString("parse_mode"), ignoreCase: true);
        Assert.NotNull(reply.GetJson("reply_parameters"));
        Assert.True(reply.GetJson("link_preview_options")?["is_disabled"]?.GetValue<bool>());
        bot.AssertRequestsMatchTheSpec();
        bot.AssertTokenNeverShown();
    }

    [Fact]
    public async Task CommandForAnotherBot_AndGroupChatter_AreIgnored()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/brief@SomeOtherBot NATO", FakeChatType.Supergroup, Member));
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "what do you all think about NATO?", FakeChatType.Supergroup, Member));
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/topics", FakeChatType.Supergroup, Member));
        var topics = await bot.ReplyToAsync(Supergroup);

        Assert.Contains("topics", topics.GetString("text")!, StringComparison.Ordinal);
        Assert.Single(bot.Api.Requests, r => r.Method == "sendMessage");
    }

    [Fact]
    public async Task PlainTextInAPrivateChat_IsABrief()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(77, "New START"));
        var reply = await bot.ReplyToAsync(77);

        Assert.Contains("February 4, 2026", reply.GetString("text")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_ComesBackEscapedAndInert()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(78, "/timeline <b>x</b> & \"y\" @everyone"));
        var html = (await bot.ReplyToAsync(78)).GetString("text")!;

        Assert.Contains("&lt;b&gt;x&lt;/", html, StringComparison.Ordinal);
        Assert.Contains("&amp; \"y\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", html, StringComparison.Ordinal);
        Assert.Contains("@\u2060everyone", html, StringComparison.Ordinal);
        bot.AssertRequestsMatchTheSpec();
    }

    [Fact]
    public async Task MemberSubscribing_IsRefusedPolitelyAndNothingIsSaved()
    {
        await using var bot = new TelegramBotUnderTest();
        bot.Api.SetChatMemberStatus(Supergroup, Member.Id, FakeChatMemberStatus.Member);
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/subscribe New START", FakeChatType.Supergroup, Member));
        var reply = await bot.ReplyToAsync(Supergroup);

        Assert.Contains("Only the chat's admins", reply.GetString("text")!, StringComparison.Ordinal);
        Assert.Empty(await SubscriptionsAsync(bot, Supergroup));
    }

    [Fact]
    public async Task ChannelReaderPressingSubscribe_IsRefusedLikeAnyMember()
    {
        const long channel = -1005555555555;
        await using var bot = new TelegramBotUnderTest();
        bot.Api.SetChatMemberStatus(channel, Member.Id, FakeChatMemberStatus.Member);
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.CallbackQuery(channel, 7, "/subscribe NATO", FakeChatType.Channel, Member));
        var reply = await bot.ReplyToAsync(channel);

        Assert.Contains("Only the chat's admins", reply.GetString("text")!, StringComparison.Ordinal);
        Assert.Empty(await SubscriptionsAsync(bot, channel));
    }

    [Fact]
    public async Task AdminSubscription_PostsItsReminderOnceAtTheDueTime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var bot = new TelegramBotUnderTest(clock);
        bot.Api.SetChatMemberStatus(Supergroup, Admin.Id, FakeChatMemberStatus.Administrator);
        await bot.StartAsync();

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/subscribe New START 7d", FakeChatType.Supergroup, Admin));
        Assert.Contains("Subscribed.", (await bot.ReplyToAsync(Supergroup)).GetString("text")!, StringComparison.Ordinal);
        var before = bot.LastSequence;
        clock.SetUtcNow(DateTimeOffset.Parse("2026-01-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var reminder = await Eventually.AdvancingClockAsync(clock, bot.ReplyToAsync(Supergroup, before, r => r.GetString("text")!.Contains("Reminder", StringComparison.Ordinal)));
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);

        Assert.Contains("February 4, 2026", reminder.GetString("text")!, StringComparison.Ordinal);
        Assert.Single(bot.Api.Requests, r => r.Method == "sendMessage" && r.GetString("text")!.Contains("Reminder: The New START Treaty is set to expire", StringComparison.Ordinal));
        bot.AssertRequestsMatchTheSpec();
        bot.AssertTokenNeverShown();
    }

    [Fact]
    public async Task KickedBot_TurnsOffThatChatsSubscriptions()
    {
        await using var bot = new TelegramBotUnderTest();
        bot.Api.SetChatMemberStatus(Supergroup, Admin.Id, FakeChatMemberStatus.Creator);
        await bot.StartAsync();
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(Supergroup, "/subscribe NATO", FakeChatType.Supergroup, Admin));
        await bot.ReplyToAsync(Supergroup);

        bot.Api.EnqueueUpdate(bot.Api.Updates.MyChatMember(Supergroup, FakeChatType.Supergroup, FakeChatMemberStatus.Member, FakeChatMemberStatus.Kicked, Admin));
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(79, "/help"));
        await bot.ReplyToAsync(79);

        var subscription = Assert.Single(await SubscriptionsAsync(bot, Supergroup));
        Assert.False(subscription.Enabled);
        Assert.Contains("removed", subscription.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupUpgradedToASupergroup_KeepsItsSubscriptions()
    {
        const long group = -4001;
        await using var bot = new TelegramBotUnderTest();
        bot.Api.SetChatMemberStatus(group, Admin.Id, FakeChatMemberStatus.Administrator);
        await bot.StartAsync();
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(group, "/subscribe NATO", FakeChatType.Group, Admin));
        await bot.ReplyToAsync(group);

        bot.Api.EnqueueUpdate(bot.Api.Updates.MigrateToSupergroup(group, Supergroup));
        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(80, "/help"));
        await bot.ReplyToAsync(80);

        Assert.Empty(await SubscriptionsAsync(bot, group));
        Assert.True(Assert.Single(await SubscriptionsAsync(bot, Supergroup)).Enabled);
    }

    [Fact]
    public async Task RateLimitStorm_DelaysTheReplyButLosesNothing()
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();
        bot.Api.InjectFault("sendMessage", FakeFault.TooManyRequests(1), times: 3);

        bot.Api.EnqueueUpdate(bot.Api.Updates.Message(81, "/topics"));
        var reply = await bot.ReplyToAsync(81, matching: r => r.Fault is null);

        Assert.Contains("topics", reply.GetString("text")!, StringComparison.Ordinal);
        Assert.Equal(4, bot.Api.Requests.Count(r => r.Method == "sendMessage" && r.GetInt64("chat_id") == 81));
    }

    [Fact]
    public async Task RestartMidStream_NeitherRepeatsConfirmedUpdatesNorDropsAny()
    {
        using var run = new CommandLineRun();
        await using var api = new FakeBotApiServer(TelegramBotUnderTest.Token, new FakeBotApiServerOptions { BotUsername = "BriefingTestBot" });
        var chats = Enumerable.Range(1, 10).Select(i => 5000L + i).ToArray();

        await using (var first = new TelegramBotUnderTest(run: run, api: api))
        {
            await first.StartAsync();
            foreach (var chat in chats[..5])
            {
                api.EnqueueUpdate(api.Updates.Message(chat, "/help"));
            }

            foreach (var chat in chats[..5])
            {
                await first.ReplyToAsync(chat);
            }

            Assert.Equal(0, await first.StopAsync());
        }

        foreach (var chat in chats[5..])
        {
            api.EnqueueUpdate(api.Updates.Message(chat, "/help"));
        }

        await using var second = new TelegramBotUnderTest(run: run, api: api);
        await second.StartAsync();
        foreach (var chat in chats[5..])
        {
            await second.ReplyToAsync(chat);
        }

        await Task.Delay(500);
        Assert.All(chats, chat => Assert.Single(api.Requests, r => r.Method == "sendMessage" && r.GetInt64("chat_id") == chat));
    }

    [Fact]
    public async Task RefusedToken_StopsTheAdapterWithOneClearLineAndTheHostKeepsRunning()
    {
        await using var bot = new TelegramBotUnderTest();
        bot.Api.InjectFault("getMe", FakeFault.Unauthorized());
        await bot.StartAsync();

        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Message.Contains("Telegram__Token", StringComparison.Ordinal)));

        Assert.Single(bot.Logs.Lines, l => l.Message.Contains("Telegram__Token", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.Requests, r => r.Method == "getUpdates");
        bot.AssertTokenNeverShown();
    }

    [Theory]
    [InlineData(true, "a webhook is set")]
    [InlineData(false, "another instance is polling")]
    public async Task Conflict_SaysWhichCaseItIsAndKeepsPolling(bool webhook, string expected)
    {
        await using var bot = new TelegramBotUnderTest();
        await bot.StartAsync();
        var polls = bot.Api.Requests.Count(r => r.Method == "getUpdates");

        bot.Api.InjectFault("getUpdates", webhook ? FakeFault.ConflictWebhookActive() : FakeFault.ConflictOtherPoller());
        await Eventually.TrueAsync(() => bot.Logs.Lines.Any(l => l.Message.Contains(expected, StringComparison.Ordinal)));
        await bot.Api.WaitForRequestAsync("getUpdates", r => r.Fault is null && bot.Api.Requests.Count(q => q.Method == "getUpdates") > polls + 1, TelegramBotUnderTest.Patience);

        bot.AssertTokenNeverShown();
    }

    private static async Task<IReadOnlyList<Core.Reminders.Subscription>> SubscriptionsAsync(TelegramBotUnderTest bot, long chat) =>
        await new SqliteSubscriptionStore(new SqliteDatabase(bot.DatabasePath)).ListAsync(ConversationRef.Telegram(chat), CancellationToken.None);
}
