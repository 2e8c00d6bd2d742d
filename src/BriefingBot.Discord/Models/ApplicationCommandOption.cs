namespace BriefingBot.Discord.Models;

/// <summary>An option of a command (or a subcommand with its own options).</summary>
public sealed class ApplicationCommandOption
{
    public required ApplicationCommandOptionType Type { get; init; }

    /// <summary>1-32 characters, same rules as command names.</summary>
    public required string Name { get; init; }

    /// <summary>1-100 characters.</summary>
    public required string Description { get; init; }

    public bool? Required { get; init; }

    /// <summary>Ask the bot for choices as the user types; cannot be combined with <see cref="Choices"/>.</summary>
    public bool? Autocomplete { get; init; }

    /// <summary>At most 25 fixed choices.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>The options of a subcommand or the subcommands of a group.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }

    /// <summary>0-6000, string options only.</summary>
    public int? MinLength { get; init; }

    /// <summary>1-6000, string options only.</summary>
    public int? MaxLength { get; init; }

    public IReadOnlyList<int>? ChannelTypes { get; init; }
}
