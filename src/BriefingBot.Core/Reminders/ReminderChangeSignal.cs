namespace BriefingBot.Core.Reminders;

/// <summary>
/// Tells the sleeping scheduler that subscriptions or items changed, so it re-plans at once instead of waking at
/// the time it had computed. Signals do not pile up: many changes before the scheduler wakes mean one re-plan.
/// </summary>
public sealed class ReminderChangeSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Waits for a change or until the clock reaches <paramref name="wakeAt"/>. True when a change woke it.</summary>
    public Task<bool> WaitUntilAsync(DateTimeOffset wakeAt, TimeProvider time, CancellationToken cancellationToken)
    {
        var timeout = wakeAt - time.GetUtcNow();
        return WaitAsync(timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout, time, cancellationToken);
    }

    /// <summary>Waits for a change or the timeout (on the given clock). True when a change woke it.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_signal.Wait(0, CancellationToken.None))
        {
            return true;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _signal.WaitAsync(stop.Token);
        var delay = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(signalled, delay);
        await stop.CancelAsync();
        try
        {
            await signalled;
            return true;
        }
        catch (OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }

    public void Dispose() => _signal.Dispose();
}
