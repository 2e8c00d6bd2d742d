using System.Collections.Concurrent;
using System.Threading.Channels;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Support;

/// <summary>
/// Watches a client's pauses on a <see cref="FakeTimeProvider"/>. Pauses of the reasons given as auto-advanced are
/// let pass at once (the clock is moved on by their length); the others wait until the test moves the clock.
/// </summary>
internal sealed class WaitRecorder
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<ScheduledWait> _all = new();
    private readonly Channel<ScheduledWait> _manual = Channel.CreateUnbounded<ScheduledWait>();
    private readonly HashSet<WaitReason> _autoAdvance;

    public WaitRecorder(WaitScheduler scheduler, FakeTimeProvider time, params WaitReason[] autoAdvance)
    {
        _autoAdvance = [.. autoAdvance];
        scheduler.WaitStarted += wait =>
        {
            _all.Enqueue(wait);
            if (_autoAdvance.Contains(wait.Reason))
            {
                _ = Task.Run(() => time.Advance(wait.Duration));
            }
            else
            {
                _manual.Writer.TryWrite(wait);
            }
        };
    }

    /// <summary>Every pause so far, in the order they started.</summary>
    public IReadOnlyList<ScheduledWait> All => [.. _all];

    /// <summary>The next pause for <paramref name="reason"/> (among those not auto-advanced), skipping others; real-time bound.</summary>
    public async Task<ScheduledWait> NextAsync(WaitReason reason, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Patience);
        try
        {
            while (true)
            {
                var wait = await _manual.Reader.ReadAsync(cancellation.Token);
                if (wait.Reason == reason)
                {
                    return wait;
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"No {reason} pause started; pauses so far: {string.Join(", ", All.Select(w => $"{w.Reason} {w.Duration}"))}");
        }
    }
}
