using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Testing.Telegram.Tests;

public sealed class UpdateFactoryTests
{
    public static TheoryData<string> Builders => ["private command", "topic command", "channel post", "callback", "kicked", "admin", "migrate to", "migrate from"];

    [Theory]
    [MemberData(nameof(Builders))]
    public async Task EveryBuiltUpdate_MatchesTheSpec(string builder)
    {
        await using var server = new FakeBotApiServer(FakeTelegram.Token);
        var update = Build(server.Updates, builder);
        update["update_id"] = 1;

        Assert.Empty(Spec.Api.ValidateType("Update", update));
    }

    [Fact]
    public async Task MessageInForumTopic_ReachesTelegramBotAsTopicCommand()
    {
        await using var telegram = new FakeTelegram();
        var from = new FakeUser(1001, "Bob", "bob");
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(
            -1001234567890, "/brief@briefing_test_bot rust", FakeChatType.Supergroup, from, messageThreadId: 17, isTopicMessage: true));

        var message = Assert.Single(await telegram.Bot.GetUpdates()).Message!;

        Assert.Equal(ChatType.Supergroup, message.Chat.Type);
        Assert.True(message.Chat.IsForum);
        Assert.Equal(17, message.MessageThreadId);
        Assert.True(message.IsTopicMessage);
        Assert.Equal(1001, message.From!.Id);
        var entity = Assert.Single(message.Entities!);
        Assert.Equal(MessageEntityType.BotCommand, entity.Type);
        Assert.Equal(0, entity.Offset);
        Assert.Equal("/brief@briefing_test_bot".Length, entity.Length);
    }

    [Fact]
    public async Task PlainText_HasNoEntities()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(42, "just chatting"));

        var message = Assert.Single(await telegram.Bot.GetUpdates()).Message!;

        Assert.Null(message.Entities);
        Assert.Equal(42, message.From!.Id);
    }

    [Fact]
    public async Task ChannelMessage_ArrivesAsChannelPost()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.Message(-1001111111111, "news", FakeChatType.Channel));

        var update = Assert.Single(await telegram.Bot.GetUpdates());

        Assert.Equal(UpdateType.ChannelPost, update.Type);
        Assert.Equal(-1001111111111, update.ChannelPost!.SenderChat!.Id);
    }

    [Fact]
    public async Task MyChatMember_ReachesTelegramBotWithBothStatuses()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.MyChatMember(-4242, FakeChatType.Group, FakeChatMemberStatus.Member, FakeChatMemberStatus.Kicked));

        var change = Assert.Single(await telegram.Bot.GetUpdates()).MyChatMember!;

        Assert.Equal(ChatMemberStatus.Member, change.OldChatMember.Status);
        Assert.Equal(ChatMemberStatus.Kicked, change.NewChatMember.Status);
        Assert.Equal(telegram.Server.Bot.Id, change.NewChatMember.User.Id);
        Assert.Equal(ChatType.Group, change.Chat.Type);
    }

    [Fact]
    public async Task Migration_ReachesTelegramBotAsServiceMessages()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.MigrateToSupergroup(-4242, -1004242424242));
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.MigrateFromGroup(-1004242424242, -4242));

        var updates = await telegram.Bot.GetUpdates();

        Assert.Equal(-1004242424242, updates[0].Message!.MigrateToChatId);
        Assert.Equal(MessageType.MigrateToChatId, updates[0].Message!.Type);
        Assert.Equal(-4242, updates[1].Message!.MigrateFromChatId);
    }

    [Fact]
    public async Task CallbackQuery_ReachesTelegramBotWithDataAndMessage()
    {
        await using var telegram = new FakeTelegram();
        telegram.Server.EnqueueUpdate(telegram.Server.Updates.CallbackQuery(42, 9, "topic:rust"));

        var query = Assert.Single(await telegram.Bot.GetUpdates()).CallbackQuery!;

        Assert.Equal("topic:rust", query.Data);
        Assert.Equal(9, query.Message!.Id);
        Assert.Equal(42, query.From.Id);
    }

    [Fact]
    public async Task EnqueueUpdate_KeepsAnExplicitUpdateIdAndContinuesAfterIt()
    {
        await using var server = new FakeBotApiServer(FakeTelegram.Token);
        var explicitUpdate = server.Updates.Message(42, "a");
        explicitUpdate["update_id"] = 200_000_000;

        var first = server.EnqueueUpdate(explicitUpdate);
        var next = server.EnqueueUpdate(server.Updates.Message(42, "b"));

        Assert.Equal(200_000_000, first);
        Assert.Equal(200_000_001, next);
    }

    private static JsonObject Build(UpdateFactory updates, string builder) => builder switch
    {
        "private command" => updates.Message(42, "/start"),
        "topic command" => updates.Message(-1001234567890, "/brief rust", FakeChatType.Supergroup, messageThreadId: 3, isTopicMessage: true),
        "channel post" => updates.Message(-1001111111111, "news", FakeChatType.Channel),
        "callback" => updates.CallbackQuery(-4242, 7, "more", FakeChatType.Group),
        "kicked" => updates.MyChatMember(42, FakeChatType.Private, FakeChatMemberStatus.Member, FakeChatMemberStatus.Kicked),
        "admin" => updates.MyChatMember(-1001234567890, FakeChatType.Supergroup, FakeChatMemberStatus.Restricted, FakeChatMemberStatus.Administrator),
        "migrate to" => updates.MigrateToSupergroup(-4242, -1004242424242),
        "migrate from" => updates.MigrateFromGroup(-1004242424242, -4242),
        _ => throw new ArgumentOutOfRangeException(nameof(builder), builder, null),
    };
}
