namespace BriefingBot.Discord.Models;

/// <summary>
/// An interaction (the <c>d</c> of an INTERACTION_CREATE dispatch). <see cref="Token"/> answers it for 15 minutes:
/// treat it as a secret and never log it.
/// </summary>
public sealed class DiscordInteraction
{
    public ulong Id { get; init; }

    public ulong ApplicationId { get; init; }

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public ulong? GuildId { get; init; }

    public ulong? ChannelId { get; init; }

    /// <summary>The invoking member, in servers.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, in DMs.</summary>
    public DiscordUser? User { get; init; }

    public string Token { get; init; } = "";

    public int Version { get; init; }

    /// <summary>For component interactions, the message the component is on.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>The bot's own permissions in the channel.</summary>
    public ulong? AppPermissions { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    public InteractionContextType? Context { get; init; }

    /// <summary>Whoever invoked it: the member's user in a server, else the user.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}
