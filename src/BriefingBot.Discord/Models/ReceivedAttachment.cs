namespace BriefingBot.Discord.Models;

/// <summary>An attachment on a message Discord returned.</summary>
public sealed class ReceivedAttachment
{
    public ulong Id { get; init; }

    public string Filename { get; init; } = "";

    public long? Size { get; init; }

    public string? Url { get; init; }
}
