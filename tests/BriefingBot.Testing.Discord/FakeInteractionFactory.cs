using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Builds interactions shaped like Discord's (after the docs' cardsearch and autocomplete examples) and registers
/// them, so the fake accepts their callbacks, follow-ups and edits and checks the 3 s and 15 min deadlines.
/// Push them with <see cref="FakeDiscordGateway.DispatchInteractionCreateAsync"/>.
/// </summary>
public sealed class FakeInteractionFactory
{
    public const ulong DefaultGuildId = 290926798626357999;
    public const ulong DefaultChannelId = 645027906669510667;

    /// <summary>Every permission bit up to 2^30, as in the docs' example member.</summary>
    public const string AllPermissions = "2147483647";

    private readonly FakeSnowflakes _ids;
    private readonly TimeProvider _time;
    private readonly ulong _applicationId;
    private readonly FakeInteractionRegistry _registry;

    internal FakeInteractionFactory(FakeSnowflakes ids, TimeProvider time, ulong applicationId, FakeInteractionRegistry registry)
    {
        _ids = ids;
        _time = time;
        _applicationId = applicationId;
        _registry = registry;
    }

    public static FakeDiscordUser DefaultUser { get; } = new(53908232506183680, "mason", "Mason");

    /// <summary>A slash command (type 2) in a server channel, invoked by a member with <paramref name="permissions"/>.</summary>
    public FakeInteraction SlashCommand(string name, JsonArray? options = null, ulong guildId = DefaultGuildId, ulong channelId = DefaultChannelId,
        FakeDiscordUser? user = null, string permissions = AllPermissions) =>
        Issue(2, guildId, channelId, user, permissions, CommandData(name, options));

    /// <summary>A slash command in the bot's DMs: <c>user</c> instead of <c>member</c>, context 1.</summary>
    public FakeInteraction DirectMessageCommand(string name, JsonArray? options = null, ulong channelId = DefaultChannelId, FakeDiscordUser? user = null) =>
        Issue(2, null, channelId, user, null, CommandData(name, options));

    /// <summary>An autocomplete interaction (type 4): <paramref name="focusedOption"/> holds the partial <paramref name="partialValue"/>.</summary>
    public FakeInteraction Autocomplete(string name, string focusedOption, string partialValue, JsonArray? otherOptions = null,
        ulong guildId = DefaultGuildId, ulong channelId = DefaultChannelId, FakeDiscordUser? user = null)
    {
        var options = otherOptions?.DeepClone().AsArray() ?? [];
        options.Add(StringOption(focusedOption, partialValue, focused: true));
        return Issue(4, guildId, channelId, user, AllPermissions, CommandData(name, options));
    }

    /// <summary>A button press (type 3, component type 2) on message <paramref name="messageId"/>.</summary>
    public FakeInteraction ButtonClick(string customId, ulong messageId, ulong guildId = DefaultGuildId, ulong channelId = DefaultChannelId,
        FakeDiscordUser? user = null, string permissions = AllPermissions)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        var interaction = Issue(3, guildId, channelId, user, permissions, data, messageId);
        return interaction;
    }

    public static JsonObject StringOption(string name, string value, bool focused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = 3, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    public static JsonObject IntegerOption(string name, long value) => new() { ["name"] = name, ["type"] = 4, ["value"] = value };

    public static JsonObject BooleanOption(string name, bool value) => new() { ["name"] = name, ["type"] = 5, ["value"] = value };

    public static JsonObject SubCommand(string name, params JsonObject[] options) =>
        new() { ["name"] = name, ["type"] = 1, ["options"] = new JsonArray([.. options]) };

    private JsonObject CommandData(string name, JsonArray? options)
    {
        var data = new JsonObject { ["id"] = Text(_ids.Next()), ["name"] = name, ["type"] = 1 };
        if (options is { Count: > 0 })
        {
            data["options"] = options.DeepClone();
        }

        return data;
    }

    private FakeInteraction Issue(int type, ulong? guildId, ulong channelId, FakeDiscordUser? user, string? permissions, JsonObject data, ulong? messageId = null)
    {
        var id = _ids.Next();
        var token = "aW50ZXJhY3Rpb246" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(40));
        var invoker = (user ?? DefaultUser).ToJson();
        var json = new JsonObject
        {
            ["id"] = Text(id),
            ["application_id"] = Text(_applicationId),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = Text(channelId),
            ["channel"] = new JsonObject { ["id"] = Text(channelId), ["type"] = guildId is null ? 1 : 0 },
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = "442368",
            ["locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["attachment_size_limit"] = 10485760,
        };
        if (guildId is { } guild)
        {
            json["guild_id"] = Text(guild);
            json["guild_locale"] = "en-US";
            json["context"] = 0;
            json["authorizing_integration_owners"] = new JsonObject { ["0"] = Text(guild) };
            json["member"] = new JsonObject
            {
                ["user"] = invoker,
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions ?? AllPermissions,
                ["nick"] = null,
                ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
                ["premium_since"] = null,
                ["deaf"] = false,
                ["mute"] = false,
                ["pending"] = false,
                ["flags"] = 0,
            };
        }
        else
        {
            json["context"] = 1;
            json["user"] = invoker;
        }

        if (messageId is { } message)
        {
            json["message"] = new JsonObject { ["id"] = Text(message), ["channel_id"] = Text(channelId), ["content"] = "", ["type"] = 0 };
        }

        var interaction = new FakeInteraction(id, token, type, guildId, channelId, _time.GetUtcNow(), json) { MessageId = messageId };
        _registry.Add(interaction);
        return interaction;
    }

    private static string Text(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
