namespace BriefingBot.Discord.Models;

/// <summary>GET /gateway/bot: where to connect and how many new sessions may start.</summary>
public sealed class GatewayBotInfo
{
    /// <summary>The WebSocket URL, without query parameters.</summary>
    public string Url { get; init; } = "";

    public int Shards { get; init; }

    public SessionStartLimit SessionStartLimit { get; init; } = new();
}
