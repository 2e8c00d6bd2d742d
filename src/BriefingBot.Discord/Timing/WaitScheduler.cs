namespace BriefingBot.Discord.Timing;

/// <summary>
/// Every pause the clients take, on the injected <see cref="TimeProvider"/>. It announces each pause once its timer
/// exists, so a test driving a manual clock can advance it exactly then, with no real waiting.
/// </summary>
internal sealed class WaitScheduler(TimeProvider time)
{
    /// <summary>Raised after the timer of a pause is set and before the pause is awaited.</summary>
    public event Action<ScheduledWait>? WaitStarted;

    public TimeProvider Time => time;

    public async Task WaitAsync(TimeSpan duration, WaitReason reason, CancellationToken cancellationToken)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        var delay = Task.Delay(duration, time, cancellationToken);
        WaitStarted?.Invoke(new ScheduledWait(reason, duration, time.GetUtcNow()));
        await delay;
    }
}
