using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Discord.Json;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// One gateway connection from open to close: Hello, then Identify or Resume; heartbeats (see
/// <see cref="GatewayHeartbeat"/>); dispatches handed to the channel without waiting;
/// and the end (op 7, op 9, a close frame, a dropped socket, no ACK, a stop) reported to the supervisor. It closes
/// with 4000 when the session is to be resumed and with 1000 only when stopping.
/// </summary>
internal sealed partial class GatewayConnection(
    Uri url,
    bool resume,
    GatewaySession session,
    DiscordOptions options,
    WaitScheduler waits,
    JitterSource jitter,
    IdentifyPacer identifyPacer,
    ChannelWriter<GatewayDispatch> dispatches,
    Action<ReadyData> onReady,
    ILogger logger)
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource<ConnectionEnd> _end = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _background = new();
    private GatewaySender? _sender;
    private GatewayHeartbeat? _heartbeat;
    private Task _heartbeating = Task.CompletedTask;
    private volatile bool _reachedReady;
    private int _helloReceived;

    public async Task<ConnectionEnd> RunAsync(CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        if (!await ConnectAsync(socket, stoppingToken))
        {
            return new ConnectionEnd(ConnectionEndKind.ConnectFailed, ReachedReady: false);
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _background.Token);
        var sender = new GatewaySender(socket, waits, logger);
        _heartbeat = new GatewayHeartbeat(sender, session, waits, jitter, logger);
        _sender = sender;
        var sending = SendAsync(sender, stopping.Token);
        var receiving = ReceiveAsync(socket);
        var helloWatch = WatchForHelloAsync(stopping.Token);
        ConnectionEnd end;
        using (stoppingToken.Register(() => End(new ConnectionEnd(ConnectionEndKind.Stopped, false))))
        {
            end = await _end.Task;
        }

        await _background.CancelAsync();
        await Task.WhenAll(sending, helloWatch, _heartbeating);
        await CloseAsync(socket, end, receiving);
        _background.Dispose();
        return end with { ReachedReady = _reachedReady };
    }

    private async Task<bool> ConnectAsync(ClientWebSocket socket, CancellationToken stoppingToken)
    {
        using var timeout = new CancellationTokenSource(options.GatewayConnectTimeout, waits.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(url, linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            Log.ConnectFailed(logger, url.Host, $"no connection within {options.GatewayConnectTimeout.TotalSeconds:0.#} s");
            return false;
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException)
        {
            Log.ConnectFailed(logger, url.Host, ex.Message);
            return false;
        }
    }

    private void End(ConnectionEnd end) => _end.TrySetResult(end);

    private async Task SendAsync(GatewaySender sender, CancellationToken stop)
    {
        try
        {
            await sender.RunAsync(stop);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            if (!_end.Task.IsCompleted)
            {
                Log.SendFailed(logger, ex.Message);
            }

            End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
        }
    }

    private async Task ReceiveAsync(WebSocket socket)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                // Not cancellable: the socket is aborted to end a receive, which keeps a pending close handshake intact.
                var result = await socket.ReceiveAsync(buffer.GetMemory(8 * 1024), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    OnClose(socket);
                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    Log.TooLarge(logger, buffer.WrittenCount);
                    End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
                    return;
                }

                if (result.EndOfMessage)
                {
                    Handle(buffer.WrittenSpan);
                    buffer.ResetWrittenCount();
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException
            || (ex is OperationCanceledException && _end.Task.IsCompleted))
        {
            if (!_end.Task.IsCompleted)
            {
                Log.Dropped(logger, ex.Message);
            }

            End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
        }
    }

    private void OnClose(WebSocket socket)
    {
        if (socket.CloseStatus is not { } status)
        {
            Log.Dropped(logger, "a close frame without a status");
            End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
            return;
        }

        var code = (int)status;
        if (!_end.Task.IsCompleted)
        {
            if (GatewayCloseCodes.IsFatal(code, out _, out _))
            {
                Log.ClosedFatally(logger, code, socket.CloseStatusDescription ?? "");
            }
            else
            {
                Log.ClosedByServer(logger, code, socket.CloseStatusDescription ?? "");
            }
        }

        End(new ConnectionEnd(ConnectionEndKind.ClosedByServer, false, code));
    }

    private void Handle(ReadOnlySpan<byte> json)
    {
        GatewayPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            Log.Unreadable(logger, ex.Message);
            return;
        }

        if (payload is null)
        {
            return;
        }

        switch ((GatewayOpcode)payload.Op)
        {
            case GatewayOpcode.Hello:
                OnHello(payload);
                break;
            case GatewayOpcode.HeartbeatAck:
                _heartbeat?.Acknowledged();
                break;
            case GatewayOpcode.Heartbeat:
                _heartbeat?.SendNow();
                break;
            case GatewayOpcode.Dispatch:
                OnDispatch(payload);
                break;
            case GatewayOpcode.Reconnect:
                Log.ReconnectRequested(logger);
                End(new ConnectionEnd(ConnectionEndKind.ReconnectRequested, false));
                break;
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                End(new ConnectionEnd(ConnectionEndKind.InvalidSession, false, Resumable: resumable));
                break;
            default:
                Log.UnknownOpcode(logger, payload.Op);
                break;
        }
    }

    private void OnHello(GatewayPayload payload)
    {
        if (Interlocked.Exchange(ref _helloReceived, 1) == 1 || _sender is not { } sender || _heartbeat is not { } heartbeat)
        {
            return;
        }

        var hello = payload.D is { ValueKind: JsonValueKind.Object } d ? d.Deserialize(DiscordJsonContext.Default.HelloData) : null;
        var interval = TimeSpan.FromMilliseconds(hello?.HeartbeatInterval ?? 0);
        if (interval <= TimeSpan.Zero)
        {
            Log.Unreadable(logger, "Hello without a heartbeat_interval");
            End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
            return;
        }

        _heartbeating = heartbeat.RunAsync(interval, () => End(new ConnectionEnd(ConnectionEndKind.Zombie, false)), _background.Token);
        if (resume && session.SessionId is { } sessionId)
        {
            Log.Resuming(logger, session.Sequence ?? 0);
            sender.Enqueue(GatewayOpcode.Resume, JsonSerializer.SerializeToUtf8Bytes(
                new ResumeCommand(new ResumeData(options.Token, sessionId, session.Sequence)), DiscordJsonContext.Default.ResumeCommand));
        }
        else
        {
            Log.Identifying(logger);
            identifyPacer.Sent();
            sender.Enqueue(GatewayOpcode.Identify, JsonSerializer.SerializeToUtf8Bytes(
                new IdentifyCommand(new IdentifyData(options.Token, 0, IdentifyProperties.ForThisMachine())), DiscordJsonContext.Default.IdentifyCommand));
        }
    }

    private void OnDispatch(GatewayPayload payload)
    {
        if (payload.S is { } sequence)
        {
            session.Observe(sequence);
        }

        var name = payload.T ?? "";
        var data = payload.D ?? default;
        DiscordInteraction? interaction = null;
        switch (name)
        {
            case "READY":
                OnReady(data);
                break;
            case "RESUMED":
                _reachedReady = true;
                Log.Resumed(logger);
                break;
            case "INTERACTION_CREATE":
                interaction = ReadInteraction(data);
                break;
        }

        var dispatch = new GatewayDispatch
        {
            EventName = name,
            Sequence = payload.S ?? 0,
            Data = data,
            ReceivedAt = waits.Time.GetUtcNow(),
            ReceivedTimestamp = waits.Time.GetTimestamp(),
            Interaction = interaction,
        };
        if (!dispatches.TryWrite(dispatch))
        {
            Log.DispatchDropped(logger, name, options.DispatchQueueCapacity);
        }
    }

    private void OnReady(JsonElement data)
    {
        ReadyData? ready = null;
        try
        {
            ready = data.ValueKind == JsonValueKind.Object ? data.Deserialize(DiscordJsonContext.Default.ReadyData) : null;
        }
        catch (JsonException ex)
        {
            Log.Unreadable(logger, $"READY: {ex.Message}");
        }

        if (ready is null || string.IsNullOrEmpty(ready.SessionId) || GatewayUrls.TryConnectionUrl(ready.ResumeGatewayUrl) is not { } resumeUrl)
        {
            Log.Unreadable(logger, "READY without session_id or resume_gateway_url");
            End(new ConnectionEnd(ConnectionEndKind.Dropped, false));
            return;
        }

        session.Start(ready.SessionId, resumeUrl);
        _reachedReady = true;
        onReady(ready);
        Log.Ready(logger, ready.User?.Username ?? "?", ready.User?.Id ?? 0, ready.Application?.Id ?? 0);
    }

    private DiscordInteraction? ReadInteraction(JsonElement data)
    {
        try
        {
            return data.ValueKind == JsonValueKind.Object ? data.Deserialize(DiscordJsonContext.Default.DiscordInteraction) : null;
        }
        catch (JsonException ex)
        {
            Log.Unreadable(logger, $"INTERACTION_CREATE: {ex.Message}");
            return null;
        }
    }

    private async Task WatchForHelloAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(options.GatewayConnectTimeout, waits.Time, cancellationToken);
            if (Volatile.Read(ref _helloReceived) == 0)
            {
                Log.NoHello(logger, options.GatewayConnectTimeout.TotalSeconds);
                End(new ConnectionEnd(ConnectionEndKind.HelloTimeout, false));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    // 1000 only when stopping (it ends the session); 4000 when the session is to be resumed; the server's own code echoed.
    private async Task CloseAsync(WebSocket socket, ConnectionEnd end, Task receiving)
    {
        int? code = end.Kind switch
        {
            ConnectionEndKind.Stopped => GatewayCloseCodes.NormalClosure,
            ConnectionEndKind.ClosedByServer => end.CloseCode,
            ConnectionEndKind.Dropped or ConnectionEndKind.ConnectFailed => null,
            _ => GatewayCloseCodes.ClosingToResume,
        };
        if (code is { } status && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var grace = new CancellationTokenSource(CloseGrace, waits.Time);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)status, status == GatewayCloseCodes.NormalClosure ? "stopping" : "reconnecting", grace.Token);
                await receiving.WaitAsync(grace.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException || (ex is OperationCanceledException && grace.IsCancellationRequested))
            {
                Log.CloseIncomplete(logger, status);
            }
        }

        socket.Abort();
        await receiving;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "Could not connect to the Discord gateway at {Host}: {Reason}")]
        public static partial void ConnectFailed(ILogger logger, string host, string reason);

        [LoggerMessage(EventId = 211, Level = LogLevel.Debug, Message = "Identifying a new gateway session")]
        public static partial void Identifying(ILogger logger);

        [LoggerMessage(EventId = 212, Level = LogLevel.Debug, Message = "Resuming the gateway session from sequence {Sequence}")]
        public static partial void Resuming(ILogger logger, long sequence);

        [LoggerMessage(EventId = 213, Level = LogLevel.Information, Message = "Connected to Discord as {Username} ({UserId}), application {ApplicationId}")]
        public static partial void Ready(ILogger logger, string username, ulong userId, ulong applicationId);

        [LoggerMessage(EventId = 214, Level = LogLevel.Information, Message = "Resumed the Discord gateway session")]
        public static partial void Resumed(ILogger logger);

        [LoggerMessage(EventId = 215, Level = LogLevel.Information, Message = "Discord asked the client to reconnect (op 7); closing with 4000 to resume")]
        public static partial void ReconnectRequested(ILogger logger);

        [LoggerMessage(EventId = 217, Level = LogLevel.Warning, Message = "Discord closed the gateway connection with {Code} {Reason}")]
        public static partial void ClosedByServer(ILogger logger, int code, string reason);

        [LoggerMessage(EventId = 218, Level = LogLevel.Debug, Message = "Discord closed the gateway connection with {Code} {Reason}")]
        public static partial void ClosedFatally(ILogger logger, int code, string reason);

        [LoggerMessage(EventId = 219, Level = LogLevel.Warning, Message = "The gateway connection dropped: {Reason}")]
        public static partial void Dropped(ILogger logger, string reason);

        [LoggerMessage(EventId = 220, Level = LogLevel.Warning, Message = "Sending on the gateway failed: {Reason}")]
        public static partial void SendFailed(ILogger logger, string reason);

        [LoggerMessage(EventId = 221, Level = LogLevel.Warning, Message = "Ignored a gateway payload that could not be read: {Reason}")]
        public static partial void Unreadable(ILogger logger, string reason);

        [LoggerMessage(EventId = 222, Level = LogLevel.Debug, Message = "Ignored gateway opcode {Opcode}")]
        public static partial void UnknownOpcode(ILogger logger, int opcode);

        [LoggerMessage(EventId = 223, Level = LogLevel.Warning, Message = "Dropped the {EventName} dispatch: {Capacity} dispatches are already waiting for the consumer")]
        public static partial void DispatchDropped(ILogger logger, string eventName, int capacity);

        [LoggerMessage(EventId = 224, Level = LogLevel.Warning, Message = "Discord sent no Hello within {Seconds:0.#} s of connecting")]
        public static partial void NoHello(ILogger logger, double seconds);

        [LoggerMessage(EventId = 225, Level = LogLevel.Warning, Message = "A gateway message of {Bytes} bytes is too large; dropping the connection")]
        public static partial void TooLarge(ILogger logger, int bytes);

        [LoggerMessage(EventId = 226, Level = LogLevel.Debug, Message = "The close handshake ({Code}) did not complete; aborting the socket")]
        public static partial void CloseIncomplete(ILogger logger, int code);
    }
}
