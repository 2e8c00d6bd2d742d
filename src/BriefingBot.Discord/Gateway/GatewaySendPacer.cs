using BriefingBot.Discord.Timing;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// At most <see cref="Limit"/> sends in any <see cref="Window"/> on one connection (Discord allows 120 per 60 s and
/// disconnects beyond that). It remembers when each recent send went, so the bound holds for every window, not only
/// aligned ones. The last <see cref="ReservedForHeartbeats"/> slots are kept for heartbeats. Used by one sender only.
/// </summary>
internal sealed class GatewaySendPacer(WaitScheduler waits)
{
    public const int Limit = 120;
    public const int ReservedForHeartbeats = 3;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<DateTimeOffset> _sent = new();

    /// <summary>How long until a send may go; zero if it may go now.</summary>
    public TimeSpan TimeUntilSlot(bool heartbeat)
    {
        var now = waits.Time.GetUtcNow();
        while (_sent.Count > 0 && now - _sent.Peek() >= Window)
        {
            _sent.Dequeue();
        }

        var cap = heartbeat ? Limit : Limit - ReservedForHeartbeats;
        if (_sent.Count < cap)
        {
            return TimeSpan.Zero;
        }

        // A slot frees when the send that is cap-th from the end leaves the window.
        return _sent.ElementAt(_sent.Count - cap) + Window - now;
    }

    /// <summary>Records a send that is going now.</summary>
    public void Take() => _sent.Enqueue(waits.Time.GetUtcNow());

    /// <summary>Waits for a slot and takes it.</summary>
    public async Task WaitForSlotAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        for (var wait = TimeUntilSlot(heartbeat); wait > TimeSpan.Zero; wait = TimeUntilSlot(heartbeat))
        {
            await waits.WaitAsync(wait, WaitReason.GatewaySendPacing, cancellationToken);
        }

        Take();
    }
}
