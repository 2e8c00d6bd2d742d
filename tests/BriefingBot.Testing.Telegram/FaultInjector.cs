namespace BriefingBot.Testing.Telegram;

/// <summary>Injected faults waiting for their calls, first injected first used.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(string? method, FakeFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(method, fault) { Remaining = times });
        }
    }

    /// <summary>Takes one use of the first fault that applies to <paramref name="method"/>, if any.</summary>
    public FakeFault? TakeFor(string method)
    {
        lock (_gate)
        {
            var entry = _entries.FirstOrDefault(e => e.Method is null || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return null;
            }

            if (--entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    public long Pending
    {
        get
        {
            lock (_gate)
            {
                return _entries.Sum(e => (long)e.Remaining);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    private sealed record Entry(string? Method, FakeFault Fault)
    {
        public int Remaining { get; set; }
    }
}
