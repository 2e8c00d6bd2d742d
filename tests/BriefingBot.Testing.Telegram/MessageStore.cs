using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BriefingBot.Testing.Telegram;

/// <summary>Message ids and the messages the bot sent, for sendMessage, sendDocument and editMessageText.</summary>
internal sealed partial class MessageStore(TimeProvider timeProvider, FakeUser bot)
{
    private const int MaxTextLength = 4096;

    private readonly Lock _gate = new();
    private readonly Dictionary<(long ChatId, long MessageId), JsonObject> _sent = [];
    private int _lastMessageId;

    public int NextMessageId() => Interlocked.Increment(ref _lastMessageId);

    public BotApiReply SendMessage(RecordedRequest request)
    {
        var text = request.GetString("text");
        if (!request.Has("chat_id"))
        {
            return BotApiReply.BadRequest("chat_id is empty");
        }

        if (string.IsNullOrEmpty(text))
        {
            return BotApiReply.BadRequest("message text is empty");
        }

        if (VisibleLength(text, request.GetString("parse_mode")) > MaxTextLength)
        {
            return BotApiReply.BadRequest("message is too long");
        }

        var message = NewMessage(request);
        message["text"] = text;
        AddReplyMarkup(message, request);
        return BotApiReply.Ok(Remember(message));
    }

    public BotApiReply SendDocument(RecordedRequest request)
    {
        if (!request.Has("chat_id"))
        {
            return BotApiReply.BadRequest("chat_id is empty");
        }

        var message = NewMessage(request);
        var upload = request.GetFile("document");
        var fileId = upload is null ? request.GetString("document") : $"BQACAgIAAxkBAAI{message["message_id"]}";
        if (string.IsNullOrEmpty(fileId))
        {
            return BotApiReply.BadRequest("there is no document in the request");
        }

        var document = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = $"AgADfake{message["message_id"]}" };
        if (upload is not null)
        {
            document["file_name"] = upload.FileName;
            document["mime_type"] = upload.ContentType;
            document["file_size"] = upload.Content.Length;
        }

        message["document"] = document;
        if (request.GetString("caption") is { Length: > 0 } caption)
        {
            message["caption"] = caption;
        }

        AddReplyMarkup(message, request);
        return BotApiReply.Ok(Remember(message));
    }

    /// <summary>
    /// Edits a message the bot sent. A message the fake never saw (e.g. one a test made up for a callback query) is
    /// edited as if it existed; an edit that changes nothing gets Telegram's "message is not modified".
    /// </summary>
    public BotApiReply EditMessageText(RecordedRequest request)
    {
        var text = request.GetString("text");
        if (string.IsNullOrEmpty(text))
        {
            return BotApiReply.BadRequest("message text is empty");
        }

        if (request.Has("inline_message_id"))
        {
            return BotApiReply.Ok(true);
        }

        if (request.GetInt64("chat_id") is not { } chatId || request.GetInt64("message_id") is not { } messageId)
        {
            return BotApiReply.BadRequest("message identifier is not specified");
        }

        lock (_gate)
        {
            if (_sent.TryGetValue((chatId, messageId), out var existing)
                && existing["text"]?.GetValue<string>() == text
                && existing["reply_markup"]?.ToJsonString() == request.GetJson("reply_markup")?.ToJsonString())
            {
                return BotApiReply.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            var message = existing is null ? NewMessage(request, messageId) : (JsonObject)existing.DeepClone();
            message["text"] = text;
            message["edit_date"] = timeProvider.GetUtcNow().ToUnixTimeSeconds();
            message.Remove("reply_markup");
            AddReplyMarkup(message, request);
            _sent[(chatId, messageId)] = message;
            return BotApiReply.Ok(message.DeepClone());
        }
    }

    private JsonObject NewMessage(RecordedRequest request, long? messageId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId ?? NextMessageId(),
            ["from"] = bot.ToJson(),
            ["chat"] = BotApiObjects.ChatFor(request),
            ["date"] = timeProvider.GetUtcNow().ToUnixTimeSeconds(),
        };
        if (request.GetInt64("message_thread_id") is { } threadId)
        {
            message["message_thread_id"] = threadId;
            message["is_topic_message"] = true;
        }

        return message;
    }

    private JsonObject Remember(JsonObject message)
    {
        JsonText.TryGetInteger(message["chat"]!["id"], out var chatId);
        JsonText.TryGetInteger(message["message_id"], out var messageId);
        lock (_gate)
        {
            _sent[(chatId, messageId)] = message;
        }

        return (JsonObject)message.DeepClone();
    }

    // Telegram echoes an inline keyboard; other reply markups are not part of the sent Message.
    private static void AddReplyMarkup(JsonObject message, RecordedRequest request)
    {
        if (request.GetJson("reply_markup") is JsonObject markup && markup.ContainsKey("inline_keyboard"))
        {
            message["reply_markup"] = markup;
        }
    }

    // Length as Telegram counts it, roughly: UTF-16 units after HTML markup is parsed away.
    private static int VisibleLength(string text, string? parseMode)
    {
        if (!string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length;
        }

        var withoutTags = HtmlTag().Replace(text, "");
        return HtmlEntity().Replace(withoutTags, "_").Length;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex("&(#[0-9]+|#x[0-9a-fA-F]+|[a-z]+);")]
    private static partial Regex HtmlEntity();
}
