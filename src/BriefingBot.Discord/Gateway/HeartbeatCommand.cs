using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Gateway;

/// <summary>Heartbeat (op 1): <c>d</c> is the last sequence number received, or null (always written).</summary>
internal sealed record HeartbeatCommand([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D)
{
    [JsonPropertyOrder(-1)]
    public int Op => (int)GatewayOpcode.Heartbeat;
}
