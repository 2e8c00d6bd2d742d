namespace BriefingBot.Discord.Models;

/// <summary>A Discord user (the parts the bot reads).</summary>
public sealed class DiscordUser
{
    public ulong Id { get; init; }

    public string Username { get; init; } = "";

    /// <summary>The display name, when the user set one.</summary>
    public string? GlobalName { get; init; }

    public string? Discriminator { get; init; }

    public bool? Bot { get; init; }
}
