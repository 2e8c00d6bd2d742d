using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Gateway;

/// <summary>Identify (op 2): starts a new session.</summary>
internal sealed record IdentifyCommand(IdentifyData D)
{
    [JsonPropertyOrder(-1)]
    public int Op => (int)GatewayOpcode.Identify;
}
