namespace BriefingBot.Discord.Models;

/// <summary>How many Identify calls remain in the current 24-hour window, and how many may start per 5 s.</summary>
public sealed class SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> resets to <see cref="Total"/>.</summary>
    public long ResetAfter { get; init; }

    public int MaxConcurrency { get; init; } = 1;
}
