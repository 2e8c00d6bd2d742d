using System.Threading.RateLimiting;

namespace BriefingBot.Discord.Timing;

/// <summary>
/// A <see cref="RateLimiter"/> that grants at most <c>permitLimit</c> permits in any window of <c>window</c> length,
/// measured on an injected <see cref="TimeProvider"/>. It keeps the time of each recent grant (an exact sliding log)
/// and queues waiters oldest first. The built-in limiters of System.Threading.RateLimiting read the Stopwatch and ignore
/// a manual replenishment until real time has passed, so they cannot follow a test's manual clock.
/// </summary>
internal sealed class ClockedSlidingWindowRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Acquired = new Lease(true);
    private static readonly RateLimitLease NotAcquired = new Lease(false);

    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _granted = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private readonly ITimer _timer;
    private DateTimeOffset _lastGrant;
    private long _successful;
    private long _failed;
    private bool _disposed;

    public ClockedSlidingWindowRateLimiter(int permitLimit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _permitLimit = permitLimit;
        _window = window;
        _time = time;
        _lastGrant = time.GetUtcNow();
        _timer = time.CreateTimer(_ => GrantWaiting(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                return _waiters.Count == 0 ? _time.GetUtcNow() - _lastGrant : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Prune(_time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _granted.Count,
                CurrentQueuedCount = _waiters.Sum(w => w.Count),
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        Check(permitCount);
        lock (_lock)
        {
            if (_waiters.Count == 0 && TryGrant(permitCount, _time.GetUtcNow()))
            {
                return Acquired;
            }

            _failed++;
            return NotAcquired;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Check(permitCount);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        LinkedListNode<Waiter> node;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_waiters.Count == 0 && TryGrant(permitCount, now))
            {
                return ValueTask.FromResult(Acquired);
            }

            waiter = new Waiter(permitCount);
            node = _waiters.AddLast(waiter);
            Schedule(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() => Cancel(node, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Done.Task);
    }

    protected override void Dispose(bool disposing)
    {
        List<Waiter> abandoned;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            abandoned = [.. _waiters];
            _waiters.Clear();
        }

        _timer.Dispose();
        foreach (var waiter in abandoned)
        {
            waiter.Registration.Dispose();
            waiter.Done.TrySetResult(NotAcquired);
        }
    }

    private void Check(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _permitLimit);
        ObjectDisposedException.ThrowIf(_disposed, this);
    }

    private bool TryGrant(int permitCount, DateTimeOffset now)
    {
        Prune(now);
        if (_permitLimit - _granted.Count < permitCount)
        {
            return false;
        }

        for (var i = 0; i < permitCount; i++)
        {
            _granted.Enqueue(now);
        }

        _lastGrant = now;
        _successful++;
        return true;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_granted.Count > 0 && now - _granted.Peek() >= _window)
        {
            _granted.Dequeue();
        }
    }

    // Wakes when the oldest grant leaves the window, if anyone is waiting.
    private void Schedule(DateTimeOffset now)
    {
        if (_disposed)
        {
            return;
        }

        if (_waiters.Count == 0 || _granted.Count == 0)
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var due = _granted.Peek() + _window - now;
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void GrantWaiting()
    {
        List<Waiter> granted = [];
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            while (_waiters.First is { } first && TryGrant(first.Value.Count, now))
            {
                _waiters.RemoveFirst();
                granted.Add(first.Value);
            }

            Schedule(now);
        }

        foreach (var waiter in granted)
        {
            waiter.Registration.Dispose();
            waiter.Done.TrySetResult(Acquired);
        }
    }

    private void Cancel(LinkedListNode<Waiter> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }

            _waiters.Remove(node);
            Schedule(_time.GetUtcNow());
        }

        node.Value.Done.TrySetCanceled(cancellationToken);
    }

    private sealed class Waiter(int count)
    {
        public int Count => count;

        public TaskCompletionSource<RateLimitLease> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
