namespace BriefingBot.Core;

/// <summary>
/// Wakes a sleeping loop when something changed, or lets it sleep until a time on its clock. Signals do not pile up:
/// many changes before the sleeper wakes mean one wake-up. Used by the reminder scheduler, the heartbeat writer and
/// the content watcher.
/// </summary>
public class ChangeSignal : IDisposable
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

    /// <summary>
    /// Waits for a change or the timeout (on the given clock; <see cref="Timeout.InfiniteTimeSpan"/> for none).
    /// True when a change woke it.
    /// </summary>
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

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _signal.Dispose();
        }
    }
}
