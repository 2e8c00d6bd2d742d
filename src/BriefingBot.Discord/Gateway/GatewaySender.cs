using System.Collections.Concurrent;
using System.Net.WebSockets;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The one writer of a gateway socket: payloads are queued (never blocking the caller, e.g. the receive loop) and sent
/// one at a time, paced to 120 per 60 s, each at most 4,096 bytes. A heartbeat goes ahead of anything queued and may use
/// the slots kept for heartbeats, so a full queue cannot make the connection look dead. Payloads are never logged
/// (Identify and Resume carry the token).
/// </summary>
internal sealed partial class GatewaySender(WebSocket socket, WaitScheduler waits, ILogger logger)
{
    public const int MaxPayloadBytes = 4096;
    public const int MaxQueued = 512;

    private readonly ConcurrentQueue<OutgoingFrame> _frames = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly GatewaySendPacer _pacer = new(waits);
    private Func<byte[]>? _heartbeat;

    /// <summary>Raised just before a heartbeat goes out (before, so that a quick ACK cannot arrive ahead of it).</summary>
    public event Action? HeartbeatSending;

    /// <summary>Queues a payload; false if <see cref="MaxQueued"/> are already waiting.</summary>
    public bool Enqueue(GatewayOpcode opcode, byte[] payload)
    {
        if (_frames.Count >= MaxQueued)
        {
            return false;
        }

        _frames.Enqueue(new OutgoingFrame(opcode, () => payload));
        _signal.Release();
        return true;
    }

    /// <summary>Queues a heartbeat, built when sent so it carries the latest sequence; false if one is already waiting.</summary>
    public bool EnqueueHeartbeat(Func<byte[]> build)
    {
        if (Interlocked.CompareExchange(ref _heartbeat, build, null) is not null)
        {
            return false;
        }

        _signal.Release();
        return true;
    }

    /// <summary>Sends queued payloads until <paramref name="stop"/> fires; a failed send ends it with the exception.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                if (Volatile.Read(ref _heartbeat) is not null)
                {
                    await _pacer.WaitForSlotAsync(heartbeat: true, stop);
                    var build = Interlocked.Exchange(ref _heartbeat, null)!;
                    HeartbeatSending?.Invoke();
                    await SendAsync(GatewayOpcode.Heartbeat, build());
                    continue;
                }

                if (_frames.TryPeek(out var frame))
                {
                    var wait = _pacer.TimeUntilSlot(heartbeat: false);
                    if (wait > TimeSpan.Zero)
                    {
                        await WaitForSlotOrHeartbeatAsync(wait, stop);
                        continue;
                    }

                    _frames.TryDequeue(out _);
                    _pacer.Take();
                    await SendAsync(frame.Opcode, frame.Build());
                    continue;
                }

                await _signal.WaitAsync(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(GatewayOpcode opcode, byte[] bytes)
    {
        if (bytes.Length > MaxPayloadBytes)
        {
            Log.TooLarge(logger, opcode, bytes.Length);
            return;
        }

        // Not cancelled by the stop token: cancelling a WebSocket send aborts the socket, and a frame half-sent helps no one.
        await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        Log.Sent(logger, opcode, bytes.Length);
    }

    // Waits for the pacer, but stops waiting as soon as anything is queued (a heartbeat may go in a reserved slot).
    private async Task WaitForSlotOrHeartbeatAsync(TimeSpan wait, CancellationToken stop)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var slot = waits.WaitAsync(wait, WaitReason.GatewaySendPacing, either.Token);
        var signal = _signal.WaitAsync(either.Token);
        await Task.WhenAny(slot, signal);
        await either.CancelAsync();
        await Task.WhenAll(slot, signal).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        stop.ThrowIfCancellationRequested();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 230, Level = LogLevel.Trace, Message = "Sent gateway op {Opcode} ({Bytes} bytes)")]
        public static partial void Sent(ILogger logger, GatewayOpcode opcode, int bytes);

        [LoggerMessage(EventId = 231, Level = LogLevel.Error, Message = "Not sending gateway op {Opcode}: {Bytes} bytes is over Discord's 4,096-byte limit")]
        public static partial void TooLarge(ILogger logger, GatewayOpcode opcode, int bytes);
    }
}
