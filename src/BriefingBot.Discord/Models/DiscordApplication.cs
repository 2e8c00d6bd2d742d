namespace BriefingBot.Discord.Models;

/// <summary>The bot's application (GET /oauth2/applications/@me).</summary>
public sealed class DiscordApplication
{
    public ulong Id { get; init; }

    public string Name { get; init; } = "";

    public DiscordUser? Bot { get; init; }
}
