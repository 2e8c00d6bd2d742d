namespace BriefingBot.Core.Reminders;

/// <summary>Where a reminder's due time stands relative to now.</summary>
public enum ReminderTimeliness
{
    /// <summary>Due later than now.</summary>
    NotYetDue,

    /// <summary>Due now: at most <see cref="ReminderTiming.OnTimeGrace"/> ago.</summary>
    OnTime,

    /// <summary>Overdue but within the catch-up window (say, the bot was down for an hour): still worth sending, marked late.</summary>
    Late,

    /// <summary>Older than the catch-up window: not worth sending any more.</summary>
    Missed,
}

/// <summary>Classifies a due reminder as on time, late, missed or not yet due.</summary>
public static class ReminderTiming
{
    /// <summary>How long after its due time a reminder still counts as on time (a scheduler tick, a slow send).</summary>
    public static readonly TimeSpan OnTimeGrace = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <see cref="ReminderTimeliness.NotYetDue"/> when <paramref name="dueAt"/> is after <paramref name="now"/>;
    /// <see cref="ReminderTimeliness.OnTime"/> when it is at most 5 minutes ago (both ends inclusive);
    /// <see cref="ReminderTimeliness.Late"/> when it is at most <paramref name="catchUpWindow"/> ago;
    /// <see cref="ReminderTimeliness.Missed"/> when it is older. A catch-up window shorter than the grace
    /// means nothing is ever late: it is on time or missed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The catch-up window is negative.</exception>
    public static ReminderTimeliness Classify(DateTimeOffset dueAt, DateTimeOffset now, TimeSpan catchUpWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(catchUpWindow, TimeSpan.Zero);
        var overdueBy = now - dueAt;
        if (overdueBy < TimeSpan.Zero)
        {
            return ReminderTimeliness.NotYetDue;
        }

        if (overdueBy <= OnTimeGrace)
        {
            return ReminderTimeliness.OnTime;
        }

        return overdueBy <= catchUpWindow ? ReminderTimeliness.Late : ReminderTimeliness.Missed;
    }
}
