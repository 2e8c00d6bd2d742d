using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Gateway;

/// <summary>The parts of READY the client keeps.</summary>
internal sealed class ReadyData
{
    public int V { get; init; }

    public DiscordUser? User { get; init; }

    public string SessionId { get; init; } = "";

    public string ResumeGatewayUrl { get; init; } = "";

    public ReadyApplication? Application { get; init; }
}
