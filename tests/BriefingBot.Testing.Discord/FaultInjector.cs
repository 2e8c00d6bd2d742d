namespace BriefingBot.Testing.Discord;

/// <summary>Faults waiting for their route (or any route), each for a number of requests.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly List<(string? Route, FakeDiscordFault Fault, int Remaining)> _pending = [];

    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Sum(p => p.Remaining);
            }
        }
    }

    public void Add(string? route, FakeDiscordFault fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_lock)
        {
            _pending.Add((route, fault, times));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _pending.Clear();
        }
    }

    /// <summary>The first pending fault for <paramref name="route"/> or for any route, used up by one.</summary>
    public FakeDiscordFault? TakeFor(string route)
    {
        lock (_lock)
        {
            var index = _pending.FindIndex(p => p.Route is null || p.Route == route);
            if (index < 0)
            {
                return null;
            }

            var (r, fault, remaining) = _pending[index];
            if (remaining <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = (r, fault, remaining - 1);
            }

            return fault;
        }
    }
}
