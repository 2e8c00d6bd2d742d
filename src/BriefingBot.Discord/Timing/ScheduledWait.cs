namespace BriefingBot.Discord.Timing;

/// <summary>A pause that has just started: why, how long, and when on the client's clock.</summary>
internal sealed record ScheduledWait(WaitReason Reason, TimeSpan Duration, DateTimeOffset StartedAt);
