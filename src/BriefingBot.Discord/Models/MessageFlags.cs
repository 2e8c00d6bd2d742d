namespace BriefingBot.Discord.Models;

/// <summary>Message flags a bot may set.</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the invoking user sees the message (interaction responses and follow-ups only).</summary>
    Ephemeral = 1 << 6,
    SuppressNotifications = 1 << 12,
}
