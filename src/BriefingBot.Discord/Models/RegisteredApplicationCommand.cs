namespace BriefingBot.Discord.Models;

/// <summary>A command as Discord stored it, with the id and version Discord assigned.</summary>
public sealed class RegisteredApplicationCommand
{
    public ulong Id { get; init; }

    public ulong ApplicationId { get; init; }

    public ulong? GuildId { get; init; }

    public ulong Version { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public ulong? DefaultMemberPermissions { get; init; }

    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }
}
