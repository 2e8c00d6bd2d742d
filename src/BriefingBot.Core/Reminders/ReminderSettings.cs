namespace BriefingBot.Core.Reminders;

/// <summary>How the scheduler treats late and failing reminders.</summary>
public sealed record ReminderSettings
{
    /// <summary>After downtime, reminders that fell due within this window are still posted, marked late; older ones are missed.</summary>
    public TimeSpan CatchUpWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Sends tried per reminder before it is recorded as failed.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait after the first transient failure; it doubles after each further one.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The longest the scheduler sleeps without looking again, whatever the plan says. Changes made in this process
    /// wake it at once; changes made by another process (a console <c>ask "/subscribe"</c>) are seen within this time.
    /// </summary>
    public TimeSpan MaxSleep { get; init; } = TimeSpan.FromMinutes(1);
}
