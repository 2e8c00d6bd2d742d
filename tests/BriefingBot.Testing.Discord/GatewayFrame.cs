using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>A payload the fake gateway received from the client, on the server's clock.</summary>
public sealed record GatewayFrame(int Op, JsonNode Payload, DateTimeOffset ReceivedAt, int Bytes)
{
    public JsonNode? D => Payload["d"];

    /// <summary>The payload without the token (Identify and Resume carry it), for messages.</summary>
    public override string ToString() => $"op {Op} ({Bytes} bytes)";
}
