using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>What the fake does for each REST route when no fault is injected, with the checks Discord makes.</summary>
internal sealed class FakeRestHandlers(
    FakeDiscordServerOptions options,
    FakeDiscordUser bot,
    FakeSnowflakes ids,
    FakeMessageStore messages,
    FakeInteractionRegistry interactions,
    Func<string> gatewayUrl,
    Func<int> sessionStartRemaining)
{
    private static readonly TimeSpan InitialResponseDeadline = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, JsonArray> _guildCommands = [];
    private readonly Dictionary<string, ulong> _commandIds = new(StringComparer.Ordinal);
    private JsonArray _globalCommands = [];

    public JsonArray GlobalCommands
    {
        get
        {
            lock (_lock)
            {
                return _globalCommands.DeepClone().AsArray();
            }
        }
    }

    public JsonArray? GuildCommands(ulong guildId)
    {
        lock (_lock)
        {
            return _guildCommands.TryGetValue(guildId, out var commands) ? commands.DeepClone().AsArray() : null;
        }
    }

    public FakeReply Handle(RecordedDiscordRequest request)
    {
        var v = request.RouteValues;
        return request.Route switch
        {
            FakeRoutes.GetGatewayBot => GatewayBot(),
            FakeRoutes.GetCurrentApplication => FakeReply.Ok(Application()),
            FakeRoutes.OverwriteGlobalCommands => OverwriteCommands(v["application_id"], null, request.Json),
            FakeRoutes.OverwriteGuildCommands => OverwriteCommands(v["application_id"], v["guild_id"], request.Json),
            FakeRoutes.CreateInteractionResponse => Callback(v["interaction_id"], v["interaction_token"], request.Json),
            FakeRoutes.EditOriginalResponse => EditOriginal(v["webhook_id"], v["webhook_token"], request.Json),
            FakeRoutes.CreateFollowupMessage => Followup(v["webhook_id"], v["webhook_token"], request.Json),
            FakeRoutes.CreateMessage => CreateMessage(v["channel_id"], request.Json, request.Parts),
            _ => FakeReply.Error(404, 0, "404: Not Found"),
        };
    }

    private FakeReply GatewayBot() => FakeReply.Ok(new JsonObject
    {
        ["url"] = gatewayUrl(),
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = options.SessionStartTotal,
            ["remaining"] = Math.Max(0, sessionStartRemaining()),
            ["reset_after"] = 14400000,
            ["max_concurrency"] = 1,
        },
    });

    private JsonObject Application() => new()
    {
        ["id"] = Text(options.ApplicationId),
        ["name"] = options.ApplicationName,
        ["icon"] = null,
        ["description"] = "",
        ["bot_public"] = true,
        ["bot_require_code_grant"] = false,
        ["verify_key"] = "0000000000000000000000000000000000000000000000000000000000000000",
        ["flags"] = 0,
        ["bot"] = bot.ToJson(),
    };

    private FakeReply OverwriteCommands(string applicationId, string? guildId, JsonNode? body)
    {
        if (applicationId != Text(options.ApplicationId))
        {
            return FakeReply.Error(403, 50001, "Missing Access");
        }

        if (body is not JsonArray list)
        {
            return InvalidFormBody("_errors", "BASE_TYPE_ARRAY", "Must be an array.");
        }

        var registered = new JsonArray();
        var version = Text(ids.Next());
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonObject command || command["name"]?.GetValue<string>() is not { Length: > 0 } name)
            {
                return InvalidFormBody($"{i}.name", "BASE_TYPE_REQUIRED", "This field is required");
            }

            var type = command["type"]?.GetValue<int>() ?? 1;
            var key = $"{guildId}/{type}/{name}";
            ulong id;
            lock (_lock)
            {
                if (!_commandIds.TryGetValue(key, out id))
                {
                    id = ids.Next();
                    _commandIds[key] = id;
                }
            }

            var stored = command.DeepClone().AsObject();
            stored["id"] = Text(id);
            stored["application_id"] = applicationId;
            stored["version"] = version;
            stored["type"] = type;
            stored["default_member_permissions"] ??= null;
            if (guildId is not null)
            {
                stored["guild_id"] = guildId;
            }

            registered.Add(stored);
        }

        lock (_lock)
        {
            if (guildId is null)
            {
                _globalCommands = registered.DeepClone().AsArray();
            }
            else
            {
                _guildCommands[ulong.Parse(guildId, CultureInfo.InvariantCulture)] = registered.DeepClone().AsArray();
            }
        }

        return FakeReply.Ok(registered);
    }

    private FakeReply Callback(string interactionId, string token, JsonNode? body)
    {
        var now = options.TimeProvider.GetUtcNow();
        if (!ulong.TryParse(interactionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || interactions.Find(id) is not { } state || !string.Equals(state.Interaction.Token, token, StringComparison.Ordinal))
        {
            return FakeReply.Error(404, 10062, "Unknown interaction");
        }

        if (state.ResponseType is not null)
        {
            return FakeReply.Error(400, 40060, "Interaction has already been acknowledged.");
        }

        if (options.EnforceInteractionDeadlines && now - state.Interaction.CreatedAt > InitialResponseDeadline)
        {
            return FakeReply.Error(404, 10062, "Unknown interaction");
        }

        var type = body?["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.Number ? t.GetValue<int>() : 0;
        var interactionType = state.Interaction.Type;
        var allowed = type switch
        {
            4 or 5 => interactionType is 2 or 3 or 5,
            6 or 7 => interactionType is 3 or 5,
            8 => interactionType == 4,
            _ => false,
        };
        if (!allowed)
        {
            return InvalidFormBody("type", "INTERACTION_RESPONSE_TYPE_INVALID", $"Response type {type} is not valid for interaction type {interactionType}.");
        }

        var data = body?["data"] as JsonObject;
        ulong? original = type switch
        {
            4 => messages.CreateForInteraction(state.Interaction.ChannelId, id, FakeMessageKind.InteractionResponse, data).Id,
            5 => messages.CreateForInteraction(state.Interaction.ChannelId, id, FakeMessageKind.InteractionResponse,
                new JsonObject { ["flags"] = 128 | (data?["flags"]?.GetValue<int>() ?? 0) }).Id,
            6 or 7 => state.Interaction.MessageId,
            _ => null,
        };
        if (type == 7 && original is { } componentMessage && messages.Find(componentMessage) is not null && data is not null)
        {
            messages.Edit(componentMessage, data);
        }

        interactions.Update(state with { ResponseType = type, ResponseData = body?["data"]?.DeepClone(), RespondedAt = now, OriginalMessageId = original });
        return FakeReply.NoContent();
    }

    private FakeReply EditOriginal(string webhookId, string token, JsonNode? body)
    {
        if (Answerable(webhookId, token) is { } refusal)
        {
            return refusal;
        }

        var state = interactions.FindByToken(token)!;
        if (state.ResponseType is null or 8 || body is not JsonObject patch)
        {
            return FakeReply.Error(404, 10008, "Unknown Message");
        }

        if (state.OriginalMessageId is not { } messageId || messages.Find(messageId) is null)
        {
            var created = messages.CreateForInteraction(state.Interaction.ChannelId, state.Interaction.Id, FakeMessageKind.InteractionResponse, patch);
            interactions.Update(state with { OriginalMessageId = created.Id });
            return FakeReply.Ok(created.Json.DeepClone());
        }

        var edited = messages.Edit(messageId, patch);
        if (state.ResponseType == 5)
        {
            // Filling in a deferred response clears its "thinking" (LOADING) flag.
            edited.Json["flags"] = (edited.Json["flags"]?.GetValue<int>() ?? 0) & ~128;
        }

        return FakeReply.Ok(edited.Json.DeepClone());
    }

    private FakeReply Followup(string webhookId, string token, JsonNode? body)
    {
        if (Answerable(webhookId, token) is { } refusal)
        {
            return refusal;
        }

        var state = interactions.FindByToken(token)!;
        if (state.ResponseType is null)
        {
            return FakeReply.Error(404, 10015, "Unknown Webhook");
        }

        if (body is not JsonObject message || IsEmpty(message, []))
        {
            return FakeReply.Error(400, 50006, "Cannot send an empty message");
        }

        var created = messages.CreateForInteraction(state.Interaction.ChannelId, state.Interaction.Id, FakeMessageKind.Followup, message);
        return FakeReply.Ok(created.Json.DeepClone());
    }

    private FakeReply? Answerable(string webhookId, string token)
    {
        if (webhookId != Text(options.ApplicationId) || interactions.FindByToken(token) is not { } state)
        {
            return FakeReply.Error(404, 10015, "Unknown Webhook");
        }

        return options.EnforceInteractionDeadlines && options.TimeProvider.GetUtcNow() - state.Interaction.CreatedAt > TokenLifetime
            ? FakeReply.Error(401, 50027, "Invalid Webhook Token")
            : null;
    }

    private FakeReply CreateMessage(string channelId, JsonNode? body, IReadOnlyList<RecordedPart> parts)
    {
        if (body is not JsonObject message)
        {
            return FakeReply.Error(400, 50109, "The request body contains invalid JSON.");
        }

        if (IsEmpty(message, parts))
        {
            return FakeReply.Error(400, 50006, "Cannot send an empty message");
        }

        if (message["content"] is JsonValue content && content.GetValueKind() == JsonValueKind.String && content.GetValue<string>().Length > 2000)
        {
            return InvalidFormBody("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        if (message["nonce"] is JsonValue nonce && nonce.GetValueKind() == JsonValueKind.String && nonce.GetValue<string>().Length > 25)
        {
            return InvalidFormBody("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        var (stored, _) = messages.CreateInChannel(ulong.Parse(channelId, CultureInfo.InvariantCulture), message, parts);
        return FakeReply.Ok(stored.Json.DeepClone());
    }

    private static bool IsEmpty(JsonObject message, IReadOnlyList<RecordedPart> parts) =>
        string.IsNullOrEmpty(message["content"]?.GetValue<string>())
        && message["embeds"] is not JsonArray { Count: > 0 }
        && message["components"] is not JsonArray { Count: > 0 }
        && message["sticker_ids"] is not JsonArray { Count: > 0 }
        && message["poll"] is null
        && !parts.Any(p => p.FileName is not null);

    /// <summary>400 with code 50035 and the error nested under the dotted <paramref name="field"/> path.</summary>
    public static FakeReply InvalidFormBody(string field, string code, string message)
    {
        JsonNode errors = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };
        if (field != "_errors")
        {
            foreach (var segment in field.Split('.').Reverse())
            {
                errors = new JsonObject { [segment] = errors };
            }
        }

        return new FakeReply(400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = errors });
    }

    private static string Text(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
