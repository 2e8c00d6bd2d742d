namespace BriefingBot.Discord.Models;

/// <summary>A rich embed. Limits: title 256, description 4,096, 25 fields, 6,000 characters across a message's embeds.</summary>
public sealed class DiscordEmbed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Makes the title a link.</summary>
    public string? Url { get; init; }

    /// <summary>0xRRGGBB.</summary>
    public int? Color { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }
}
