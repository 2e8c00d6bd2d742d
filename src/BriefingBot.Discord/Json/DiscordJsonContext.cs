using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Json;

/// <summary>Source-generated JSON for every type on the wire: snake_case names, nulls left out, snowflakes as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeJsonConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(ulong?))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(List<RegisteredApplicationCommand>))]
[JsonSerializable(typeof(OutgoingMessage))]
[JsonSerializable(typeof(CreateMessageBody))]
[JsonSerializable(typeof(MessageCallbackBody))]
[JsonSerializable(typeof(AutocompleteCallbackBody))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyCommand))]
[JsonSerializable(typeof(ResumeCommand))]
[JsonSerializable(typeof(HeartbeatCommand))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
