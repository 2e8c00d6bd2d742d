using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Builds Update objects as Telegram sends them, for <see cref="FakeBotApiServer.EnqueueUpdate"/>. Message ids come from
/// the server's counter, dates from its clock; <c>update_id</c> is left for the server to assign.
/// </summary>
public sealed class UpdateFactory
{
    private readonly TimeProvider _timeProvider;
    private readonly FakeUser _bot;
    private readonly Func<int> _nextMessageId;
    private long _nextCallbackQueryId = 4_300_000_000_000_000_001;

    internal UpdateFactory(TimeProvider timeProvider, FakeUser bot, Func<int> nextMessageId)
    {
        _timeProvider = timeProvider;
        _bot = bot;
        _nextMessageId = nextMessageId;
    }

    /// <summary>
    /// A text message. A text starting with "/" gets a <c>bot_command</c> entity covering its first word (e.g. "/brief@bot").
    /// A channel chat gives a <c>channel_post</c> update with <c>sender_chat</c> instead of <c>from</c>.
    /// </summary>
    /// <param name="chatId">The chat; for a private chat also the sender's id unless <paramref name="from"/> is given.</param>
    /// <param name="text">The message text.</param>
    /// <param name="chatType">private, group, supergroup or channel.</param>
    /// <param name="from">The sender; <see cref="FakeUser.Alice"/> (with the chat's id in private chats) by default.</param>
    /// <param name="messageThreadId">The forum topic (or reply thread) the message belongs to.</param>
    /// <param name="isTopicMessage">True for a message sent to a forum topic; also marks the chat as a forum.</param>
    /// <param name="chatTitle">The group's title, or the private chat's first name.</param>
    public JsonObject Message(
        long chatId,
        string text,
        FakeChatType chatType = FakeChatType.Private,
        FakeUser? from = null,
        int? messageThreadId = null,
        bool isTopicMessage = false,
        string? chatTitle = null)
    {
        var chat = BotApiObjects.Chat(chatId, chatType, chatTitle, isForum: isTopicMessage);
        var message = NewMessage(chat);
        if (chatType == FakeChatType.Channel)
        {
            message["sender_chat"] = chat.DeepClone();
        }
        else
        {
            message["from"] = (from ?? DefaultSender(chatId, chatType)).ToJson();
        }

        if (messageThreadId is { } threadId)
        {
            message["message_thread_id"] = threadId;
        }

        if (isTopicMessage)
        {
            message["is_topic_message"] = true;
        }

        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n', '\t']) is var end and >= 0 ? end : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
        }

        return new JsonObject { [chatType == FakeChatType.Channel ? "channel_post" : "message"] = message };
    }

    /// <summary>A press on an inline keyboard button under the bot's message <paramref name="messageId"/>.</summary>
    public JsonObject CallbackQuery(
        long chatId,
        int messageId,
        string data,
        FakeChatType chatType = FakeChatType.Private,
        FakeUser? from = null,
        string messageText = "Pick one")
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = _bot.ToJson(),
            ["chat"] = BotApiObjects.Chat(chatId, chatType),
            ["date"] = UnixNow(),
            ["text"] = messageText,
        };
        var query = new JsonObject
        {
            ["id"] = Interlocked.Increment(ref _nextCallbackQueryId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["from"] = (from ?? DefaultSender(chatId, chatType)).ToJson(),
            ["message"] = message,
            ["chat_instance"] = $"{-chatId * 7919 % 1_000_000_007}",
            ["data"] = data,
        };
        return new JsonObject { ["callback_query"] = query };
    }

    /// <summary>The bot's own membership changed: added, promoted, removed, or (private chats) blocked/unblocked.</summary>
    public JsonObject MyChatMember(
        long chatId,
        FakeChatType chatType,
        FakeChatMemberStatus oldStatus,
        FakeChatMemberStatus newStatus,
        FakeUser? changedBy = null)
    {
        var update = new JsonObject
        {
            ["chat"] = BotApiObjects.Chat(chatId, chatType),
            ["from"] = (changedBy ?? DefaultSender(chatId, chatType)).ToJson(),
            ["date"] = UnixNow(),
            ["old_chat_member"] = BotApiObjects.ChatMember(oldStatus, _bot.ToJson()),
            ["new_chat_member"] = BotApiObjects.ChatMember(newStatus, _bot.ToJson()),
        };
        return new JsonObject { ["my_chat_member"] = update };
    }

    /// <summary>The service message in the old basic group announcing its upgrade to a supergroup.</summary>
    public JsonObject MigrateToSupergroup(long groupChatId, long supergroupChatId, FakeUser? by = null)
    {
        var message = NewMessage(BotApiObjects.Chat(groupChatId, FakeChatType.Group));
        message["from"] = (by ?? FakeUser.Alice).ToJson();
        message["migrate_to_chat_id"] = supergroupChatId;
        return new JsonObject { ["message"] = message };
    }

    /// <summary>The service message in the new supergroup naming the basic group it came from.</summary>
    public JsonObject MigrateFromGroup(long supergroupChatId, long groupChatId)
    {
        var chat = BotApiObjects.Chat(supergroupChatId, FakeChatType.Supergroup);
        var message = NewMessage(chat);
        message["sender_chat"] = chat.DeepClone();
        message["migrate_from_chat_id"] = groupChatId;
        return new JsonObject { ["message"] = message };
    }

    private JsonObject NewMessage(JsonObject chat) => new()
    {
        ["message_id"] = _nextMessageId(),
        ["date"] = UnixNow(),
        ["chat"] = chat,
    };

    private static FakeUser DefaultSender(long chatId, FakeChatType chatType) =>
        chatType == FakeChatType.Private ? FakeUser.Alice with { Id = chatId } : FakeUser.Alice;

    private long UnixNow() => _timeProvider.GetUtcNow().ToUnixTimeSeconds();
}
