using System.Text.Json;
using BriefingBot.Discord.Json;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Heartbeating for one connection: the first beat after interval × a random fraction, then one per interval, each
/// carrying the last sequence number when it is sent. When a beat falls due and the previous one has had no ACK, the
/// connection is a zombie. A fresh instance per connection, so no missed ACK is carried over to the next socket.
/// </summary>
internal sealed partial class GatewayHeartbeat
{
    private readonly GatewaySender _sender;
    private readonly GatewaySession _session;
    private readonly WaitScheduler _waits;
    private readonly JitterSource _jitter;
    private readonly ILogger _logger;
    private volatile bool _ackPending;

    public GatewayHeartbeat(GatewaySender sender, GatewaySession session, WaitScheduler waits, JitterSource jitter, ILogger logger)
    {
        _sender = sender;
        _session = session;
        _waits = waits;
        _jitter = jitter;
        _logger = logger;
        sender.HeartbeatSending += () => _ackPending = true;
    }

    /// <summary>An ACK (op 11) arrived.</summary>
    public void Acknowledged() => _ackPending = false;

    /// <summary>Discord asked for a heartbeat (op 1): queue one at once.</summary>
    public void SendNow() => _sender.EnqueueHeartbeat(Build);

    /// <summary>Beats until cancelled, or until a zombie is detected, which <paramref name="onZombie"/> reports.</summary>
    public async Task RunAsync(TimeSpan interval, Action onZombie, CancellationToken cancellationToken)
    {
        try
        {
            await _waits.WaitAsync(interval * _jitter.NextFraction(), WaitReason.FirstHeartbeat, cancellationToken);
            while (true)
            {
                if (_ackPending)
                {
                    Log.Zombie(_logger, interval.TotalSeconds);
                    onZombie();
                    return;
                }

                _sender.EnqueueHeartbeat(Build);
                await _waits.WaitAsync(interval, WaitReason.Heartbeat, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private byte[] Build() =>
        JsonSerializer.SerializeToUtf8Bytes(new HeartbeatCommand(_session.Sequence), DiscordJsonContext.Default.HeartbeatCommand);

    private static partial class Log
    {
        [LoggerMessage(EventId = 216, Level = LogLevel.Warning, Message = "No heartbeat ACK from Discord within {Seconds:0.#} s: the connection looks dead; closing it with 4000 to resume")]
        public static partial void Zombie(ILogger logger, double seconds);
    }
}
