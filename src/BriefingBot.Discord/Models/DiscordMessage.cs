using System.Text.Json;

namespace BriefingBot.Discord.Models;

/// <summary>A message as Discord returns it (the parts the bot reads).</summary>
public sealed class DiscordMessage
{
    public ulong Id { get; init; }

    public ulong ChannelId { get; init; }

    public string? Content { get; init; }

    public DiscordUser? Author { get; init; }

    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    public IReadOnlyList<ReceivedAttachment>? Attachments { get; init; }

    /// <summary>The nonce the message was created with (a string or an integer), if any.</summary>
    public JsonElement? Nonce { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public MessageFlags? Flags { get; init; }
}
