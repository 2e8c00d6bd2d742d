namespace BriefingBot.Discord.Models;

/// <summary>The member who invoked an interaction in a server, with their permissions in the channel.</summary>
public sealed class GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Nick { get; init; }

    public IReadOnlyList<ulong>? Roles { get; init; }

    /// <summary>The member's permissions in the interaction's channel (a bit set sent as a string), including overwrites.</summary>
    public ulong? Permissions { get; init; }

    /// <summary>True when the member holds <paramref name="permission"/> or is an administrator.</summary>
    public bool HasPermission(ulong permission) =>
        Permissions is { } held && ((held & DiscordPermissions.Administrator) != 0 || (held & permission) == permission);
}
