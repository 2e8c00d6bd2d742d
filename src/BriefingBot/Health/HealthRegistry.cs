using System.Collections.Concurrent;
using BriefingBot.Core;
using BriefingBot.Core.Health;

namespace BriefingBot.Host.Health;

/// <summary>
/// What each component last reported, and when (from the host's clock). A new component, or one whose health flips,
/// wakes the heartbeat writer at once, so the file never lags behind a failure by a whole interval.
/// </summary>
public sealed class HealthRegistry(TimeProvider time) : IHealthReporter, IDisposable
{
    private readonly ConcurrentDictionary<string, ComponentHealth> _components = new(StringComparer.Ordinal);
    private readonly ChangeSignal _changed = new();

    public void Report(string component, bool healthy, string state)
    {
        var now = new ComponentHealth(component, healthy, state, time.GetUtcNow());
        var before = _components.GetValueOrDefault(component);
        _components[component] = now;
        if (before is null || before.Healthy != healthy)
        {
            _changed.Notify();
        }
    }

    /// <summary>Waits until a component appears or its health flips, or for <paramref name="timeout"/> on the clock.</summary>
    public Task<bool> WaitForChangeAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, time, cancellationToken);

    public void Dispose() => _changed.Dispose();

    public IReadOnlyList<ComponentHealth> Snapshot() => [.. _components.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];
}

/// <summary>One component's last word.</summary>
public sealed record ComponentHealth(string Name, bool Healthy, string State, DateTimeOffset At);
