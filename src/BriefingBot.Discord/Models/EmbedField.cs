namespace BriefingBot.Discord.Models;

/// <summary>An embed field: name up to 256 characters, value up to 1,024.</summary>
public sealed class EmbedField
{
    public required string Name { get; init; }

    public required string Value { get; init; }

    public bool? Inline { get; init; }
}
