namespace BriefingBot.Discord.Models;

/// <summary>An embed footer: text up to 2,048 characters.</summary>
public sealed class EmbedFooter
{
    public required string Text { get; init; }

    public string? IconUrl { get; init; }
}
