using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>What the fake answers to each Bot API method it implements; a generic <c>true</c> for the other known methods.</summary>
internal sealed class FakeBotMethods(FakeUser bot, UpdateQueue updates, MessageStore messages, IEnumerable<string> knownMethods)
{
    private readonly Dictionary<string, string> _knownMethods =
        knownMethods.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(m => m, m => m, StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<(long ChatId, long UserId), FakeChatMemberStatus> _members = new();
    private readonly ConcurrentDictionary<string, JsonArray> _commands = new();
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, JsonNode?>> _overrides = new(StringComparer.OrdinalIgnoreCase);

    public string? WebhookUrl { get; set; }

    /// <summary>The spec's spelling of a method name sent in any case, or null when the method is unknown.</summary>
    public string? Canonical(string method) => _knownMethods.GetValueOrDefault(method);

    public void SetChatMember(long chatId, long userId, FakeChatMemberStatus status) => _members[(chatId, userId)] = status;

    public void Override(string method, Func<RecordedRequest, JsonNode?> result) => _overrides[method] = result;

    public async Task<BotApiReply> HandleAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        if (Canonical(request.Method) is null)
        {
            return BotApiReply.NotFound();
        }

        if (_overrides.TryGetValue(request.Method, out var custom))
        {
            return BotApiReply.Ok(custom(request));
        }

        return request.Method switch
        {
            "getMe" => BotApiReply.Ok(GetMe()),
            "getUpdates" => await GetUpdatesAsync(request, cancellationToken).ConfigureAwait(false),
            "setWebhook" => SetWebhook(request),
            "deleteWebhook" => DeleteWebhook(request),
            "getWebhookInfo" => BotApiReply.Ok(WebhookInfo()),
            "setMyCommands" => SetMyCommands(request),
            "getMyCommands" => BotApiReply.Ok(_commands.GetValueOrDefault(CommandsKey(request))?.DeepClone() ?? new JsonArray()),
            "deleteMyCommands" => DeleteMyCommands(request),
            "sendMessage" => messages.SendMessage(request),
            "sendDocument" => messages.SendDocument(request),
            "editMessageText" => messages.EditMessageText(request),
            "answerCallbackQuery" => request.Has("callback_query_id")
                ? BotApiReply.Ok(true)
                : BotApiReply.BadRequest("query is too old and response timeout expired or query ID is invalid"),
            "getChatMember" => GetChatMember(request),
            _ => BotApiReply.Ok(true),
        };
    }

    private JsonObject GetMe()
    {
        var me = bot.ToJson();
        me["can_join_groups"] = true;
        me["can_read_all_group_messages"] = false;
        me["supports_inline_queries"] = false;
        me["can_connect_to_business"] = false;
        me["has_main_web_app"] = false;
        return me;
    }

    private async Task<BotApiReply> GetUpdatesAsync(RecordedRequest request, CancellationToken cancellationToken)
    {
        if (WebhookUrl is { Length: > 0 })
        {
            return BotApiReply.From(FakeFault.ConflictWebhookActive());
        }

        var allowed = request.GetJson("allowed_updates") is JsonArray names
            ? names.Select(n => n?.ToString() ?? "").ToArray()
            : null;
        var (batch, superseded) = await updates.PollAsync(
            request.GetInt64("offset"),
            (int?)request.GetInt64("limit"),
            (int)(request.GetInt64("timeout") ?? 0),
            allowed,
            cancellationToken).ConfigureAwait(false);
        return superseded ? BotApiReply.From(FakeFault.ConflictOtherPoller()) : BotApiReply.Ok(batch);
    }

    private BotApiReply SetWebhook(RecordedRequest request)
    {
        WebhookUrl = request.GetString("url");
        DropPendingIfAsked(request);
        return BotApiReply.Ok(true);
    }

    private BotApiReply DeleteWebhook(RecordedRequest request)
    {
        WebhookUrl = null;
        DropPendingIfAsked(request);
        return BotApiReply.Ok(true);
    }

    private void DropPendingIfAsked(RecordedRequest request)
    {
        if (request.GetBoolean("drop_pending_updates") == true)
        {
            updates.DropPending();
        }
    }

    private JsonObject WebhookInfo() => new()
    {
        ["url"] = WebhookUrl ?? "",
        ["has_custom_certificate"] = false,
        ["pending_update_count"] = updates.PendingCount,
    };

    private BotApiReply SetMyCommands(RecordedRequest request)
    {
        if (request.GetJson("commands") is not JsonArray commands)
        {
            return BotApiReply.BadRequest("parameter \"commands\" is required");
        }

        _commands[CommandsKey(request)] = commands;
        return BotApiReply.Ok(true);
    }

    private BotApiReply DeleteMyCommands(RecordedRequest request)
    {
        _commands.TryRemove(CommandsKey(request), out _);
        return BotApiReply.Ok(true);
    }

    private static string CommandsKey(RecordedRequest request)
    {
        var scope = request.GetJson("scope") as JsonObject;
        return string.Join('|',
            scope?["type"]?.ToString() ?? "default",
            scope?["chat_id"]?.ToString() ?? "",
            scope?["user_id"]?.ToString() ?? "",
            request.GetString("language_code") ?? "");
    }

    private BotApiReply GetChatMember(RecordedRequest request)
    {
        if (request.GetInt64("chat_id") is not { } chatId || request.GetInt64("user_id") is not { } userId)
        {
            return BotApiReply.BadRequest("chat not found");
        }

        var status = _members.GetValueOrDefault((chatId, userId), FakeChatMemberStatus.Member);
        var user = userId == bot.Id ? bot.ToJson() : new FakeUser(userId, $"User {userId}").ToJson();
        return BotApiReply.Ok(BotApiObjects.ChatMember(status, user));
    }
}
