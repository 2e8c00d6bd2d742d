using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// The messages created at the fake. A channel message with <c>enforce_nonce: true</c> whose nonce the bot already used
/// within <see cref="FakeDiscordServerOptions.NonceWindow"/> is not created again: the first one is returned, as Discord does.
/// </summary>
internal sealed class FakeMessageStore(TimeProvider time, FakeSnowflakes ids, FakeDiscordUser bot, TimeSpan nonceWindow)
{
    private static readonly string[] CopiedFields = ["content", "embeds", "components", "flags", "tts"];

    private readonly Lock _lock = new();
    private readonly List<FakeStoredMessage> _messages = [];
    private readonly Dictionary<string, ulong> _idByNonce = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeStoredMessage> Snapshot()
    {
        lock (_lock)
        {
            return [.. _messages];
        }
    }

    public FakeStoredMessage? Find(ulong id)
    {
        lock (_lock)
        {
            return _messages.Find(m => m.Id == id);
        }
    }

    /// <summary>Creates a channel message, or returns the one already created with the same enforced nonce.</summary>
    public (FakeStoredMessage Message, bool Created) CreateInChannel(ulong channelId, JsonObject body, IReadOnlyList<RecordedPart> files)
    {
        var nonce = body["nonce"] switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.ToJsonString(),
            _ => null,
        };
        var enforce = body["enforce_nonce"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True;
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (enforce && nonce is not null && _idByNonce.TryGetValue(nonce, out var existingId)
                && _messages.Find(m => m.Id == existingId) is { } existing && now - existing.CreatedAt <= nonceWindow)
            {
                return (existing, false);
            }

            var message = Build(channelId, FakeMessageKind.Channel, null, nonce, body, files, now);
            _messages.Add(message);
            if (nonce is not null)
            {
                _idByNonce[nonce] = message.Id;
            }

            return (message, true);
        }
    }

    public FakeStoredMessage CreateForInteraction(ulong channelId, ulong interactionId, FakeMessageKind kind, JsonObject? data)
    {
        lock (_lock)
        {
            var message = Build(channelId, kind, interactionId, null, data ?? [], [], time.GetUtcNow());
            _messages.Add(message);
            return message;
        }
    }

    /// <summary>Applies a PATCH: the fields present replace the stored ones.</summary>
    public FakeStoredMessage Edit(ulong id, JsonObject patch)
    {
        lock (_lock)
        {
            var index = _messages.FindIndex(m => m.Id == id);
            var old = _messages[index];
            var json = old.Json.DeepClone().AsObject();
            foreach (var field in CopiedFields)
            {
                if (patch.ContainsKey(field))
                {
                    json[field] = patch[field]?.DeepClone();
                }
            }

            json["edited_timestamp"] = Timestamp(time.GetUtcNow());
            var edited = old with { Json = json, Edits = old.Edits + 1 };
            _messages[index] = edited;
            return edited;
        }
    }

    private FakeStoredMessage Build(ulong channelId, FakeMessageKind kind, ulong? interactionId, string? nonce, JsonObject body, IReadOnlyList<RecordedPart> files, DateTimeOffset now)
    {
        var id = ids.Next();
        var json = new JsonObject
        {
            ["id"] = Text(id),
            ["channel_id"] = Text(channelId),
            ["type"] = kind == FakeMessageKind.Channel ? 0 : 20,
            ["author"] = bot.ToJson(),
            ["content"] = "",
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["attachments"] = Attachments(files),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["pinned"] = false,
            ["tts"] = false,
            ["timestamp"] = Timestamp(now),
            ["edited_timestamp"] = null,
            ["flags"] = 0,
        };
        foreach (var field in CopiedFields)
        {
            if (body[field] is { } value)
            {
                json[field] = value.DeepClone();
            }
        }

        if (nonce is not null)
        {
            json["nonce"] = nonce;
        }

        if (interactionId is { } interaction)
        {
            json["interaction_metadata"] = new JsonObject { ["id"] = Text(interaction), ["type"] = 2 };
        }

        return new FakeStoredMessage(id, channelId, kind, interactionId, nonce, now, 0, json);
    }

    private JsonArray Attachments(IReadOnlyList<RecordedPart> files)
    {
        var array = new JsonArray();
        foreach (var file in files.Where(f => f.FileName is not null))
        {
            var id = ids.Next();
            array.Add(new JsonObject
            {
                ["id"] = Text(id),
                ["filename"] = file.FileName,
                ["size"] = file.Content.Length,
                ["content_type"] = file.ContentType,
                ["url"] = $"https://cdn.discordapp.com/attachments/{id}/{Uri.EscapeDataString(file.FileName!)}",
            });
        }

        return array;
    }

    private static string Text(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture);
}
