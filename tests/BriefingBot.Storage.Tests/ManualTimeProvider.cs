namespace BriefingBot.Storage.Tests;

/// <summary>
/// A clock that moves only when a test says so. Timers (and so <c>Task.Delay(t, timeProvider)</c>) fire when
/// <see cref="Advance"/> passes their due time. Our own, as Microsoft.Extensions.TimeProvider.Testing is not in our registry.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Whether something is waiting on this clock (a test can then move the clock and know it will be woken).</summary>
    public bool HasPendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count > 0;
            }
        }
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset now)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now = now;
            due = [.. _timers.Where(t => t.DueAt <= now)];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = DateTimeOffset.MaxValue;
                    return true;
                }

                DueAt = clock._now + dueTime;
                clock._timers.Add(this);
            }

            if (dueTime == TimeSpan.Zero)
            {
                Fire();
            }

            return true;
        }

        public void Fire()
        {
            lock (clock._gate)
            {
                if (!clock._timers.Remove(this))
                {
                    return;
                }
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
