namespace BriefingBot.Discord.Models;

/// <summary>The data of an interaction: the command and its options, or the component that was used.</summary>
public sealed class InteractionData
{
    /// <summary>The command's id (application commands and autocomplete).</summary>
    public ulong? Id { get; init; }

    /// <summary>The command's name.</summary>
    public string? Name { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public ulong? GuildId { get; init; }

    /// <summary>The component's custom_id (message components and modals).</summary>
    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    /// <summary>The values picked in a select menu.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
