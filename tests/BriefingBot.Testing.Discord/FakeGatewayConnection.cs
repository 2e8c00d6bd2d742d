using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// One client connection to the fake gateway. It says Hello, answers heartbeats with ACKs (unless told to withhold
/// them), Identify with READY and Resume with the missed dispatches and RESUMED, and closes as Discord would: 4001
/// unknown opcode, 4002 undecodable or over 4,096 bytes, 4003 not authenticated, 4004 wrong token, 4005 already
/// authenticated, 4007 invalid seq, 4008 over 120 payloads in 60 s. Tests can push any payload, op 7, op 9, a close
/// code, or drop the socket.
/// </summary>
public sealed class FakeGatewayConnection
{
    public const int MaxPayloadBytes = 4096;
    public const int MaxPayloadsPerWindow = 120;
    public static readonly TimeSpan PayloadWindow = TimeSpan.FromSeconds(60);

    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly FakeDiscordGateway _gateway;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ObservableList<GatewayFrame> _received = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(int number, string path, string query, WebSocket socket, HttpContext context, FakeDiscordGateway gateway, TimeProvider time)
    {
        Number = number;
        Path = path;
        Query = query;
        _socket = socket;
        _context = context;
        _gateway = gateway;
        _time = time;
    }

    /// <summary>1 for the first connection to the server, and so on.</summary>
    public int Number { get; }

    /// <summary><c>/gateway</c> (the URL from GET /gateway/bot) or <c>/gateway-resume</c> (READY's resume_gateway_url).</summary>
    public string Path { get; }

    /// <summary>The query string without '?', e.g. v=10&amp;encoding=json.</summary>
    public string Query { get; }

    public bool ConnectedToResumeUrl => Path == FakeDiscordGateway.ResumePath;

    /// <summary>Withhold heartbeat ACKs on this connection (see also <see cref="FakeDiscordGateway.WithholdAcks"/>).</summary>
    public bool WithholdAcks { get; set; }

    public FakeGatewaySession? Session { get; private set; }

    public bool Identified { get; private set; }

    public bool Resumed { get; private set; }

    /// <summary>Payloads received from the client, oldest first.</summary>
    public IReadOnlyList<GatewayFrame> Received => _received.Snapshot();

    public bool IsOpen => _socket.State == WebSocketState.Open && !_closed.Task.IsCompleted;

    /// <summary>The code of the client's close frame, or null if it has not closed or dropped the connection instead.</summary>
    public int? ClientCloseCode { get; private set; }

    /// <summary>The code the fake closed with, if it did.</summary>
    public int? ServerCloseCode { get; private set; }

    /// <summary>Completes when the connection ends: with the client's close code, or null when the socket just dropped.</summary>
    public Task<int?> Closed => _closed.Task;

    /// <summary>The first frame with <paramref name="op"/> matching <paramref name="predicate"/>, waiting up to <paramref name="timeout"/> (5 s) of real time.</summary>
    public Task<GatewayFrame> WaitForFrameAsync(int op, Func<GatewayFrame, bool>? predicate = null, TimeSpan? timeout = null) =>
        _received.WaitForAsync(f => f.Op == op && (predicate?.Invoke(f) ?? true), timeout ?? TimeSpan.FromSeconds(5),
            () => $"Connection {Number} got no op {op} frame; it got: {string.Join(", ", Received)}");

    /// <summary>Waits (real time, 5 s by default) for the connection to end; returns the client's close code or null for a drop.</summary>
    public Task<int?> WaitForCloseAsync(TimeSpan? timeout = null) => _closed.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(5));

    public async Task SendAsync(JsonNode payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Op 1 from the server: the client should heartbeat at once.</summary>
    public Task SendHeartbeatRequestAsync() => SendAsync(new JsonObject { ["op"] = 1, ["d"] = null });

    /// <summary>Op 7 Reconnect.</summary>
    public Task SendReconnectAsync() => SendAsync(new JsonObject { ["op"] = 7, ["d"] = null });

    /// <summary>Op 9 Invalid Session; <paramref name="resumable"/> is its d.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable });

    /// <summary>A dispatch in this connection's session (replayed on a later Resume if missed); returns its sequence number.</summary>
    public async Task<long> DispatchAsync(string eventName, JsonNode data)
    {
        var session = Session ?? throw new InvalidOperationException($"Connection {Number} has no session yet (no Identify or Resume).");
        var (sequence, payload) = session.Record(eventName, data);
        await SendAsync(payload);
        return sequence;
    }

    /// <summary>Closes from the server side with <paramref name="code"/>.</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                ServerCloseCode = code;
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection with no close frame.</summary>
    public void Drop() => _context.Abort();

    internal async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            if (_gateway.SendHelloOnConnect)
            {
                await SendAsync(new JsonObject
                {
                    ["op"] = 10,
                    ["d"] = new JsonObject { ["heartbeat_interval"] = (long)_gateway.HeartbeatInterval.TotalMilliseconds },
                    ["s"] = null,
                    ["t"] = null,
                });
            }

            var buffer = new ArrayBufferWriter<byte>();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), stopping);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = _socket.CloseStatus is { } status ? (int)status : null;
                    await EchoCloseAsync();
                    _closed.TrySetResult(ClientCloseCode);
                    return;
                }

                buffer.Advance(result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                await HandleAsync(buffer.WrittenMemory.ToArray());
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException
            || ex.GetType().Name == "ConnectionAbortedException")
        {
            _closed.TrySetResult(ClientCloseCode);
        }
    }

    private async Task EchoCloseAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task HandleAsync(byte[] bytes)
    {
        var now = _time.GetUtcNow();
        if (bytes.Length > MaxPayloadBytes)
        {
            await CloseAsync(4002, "Decode error.");
            return;
        }

        while (_recent.Count > 0 && now - _recent.Peek() >= PayloadWindow)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= MaxPayloadsPerWindow)
        {
            await CloseAsync(4008, "Rate limited.");
            return;
        }

        _recent.Enqueue(now);
        JsonNode? payload;
        try
        {
            payload = JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is not JsonObject || payload["op"] is not JsonValue opValue || opValue.GetValueKind() != JsonValueKind.Number)
        {
            await CloseAsync(4002, "Decode error.");
            return;
        }

        var op = opValue.GetValue<int>();
        _received.Add(new GatewayFrame(op, payload, now, bytes.Length));
        switch (op)
        {
            case 1:
                if (!WithholdAcks && !_gateway.WithholdAcks)
                {
                    await SendAsync(new JsonObject { ["op"] = 11 });
                }

                break;
            case 2:
                await IdentifyAsync(payload["d"]);
                break;
            case 6:
                await ResumeAsync(payload["d"]);
                break;
            case 3 or 4 or 8 or 31:
                if (!Identified && !Resumed)
                {
                    await CloseAsync(4003, "Not authenticated.");
                }

                break;
            default:
                await CloseAsync(4001, "Unknown opcode.");
                break;
        }
    }

    private async Task IdentifyAsync(JsonNode? d)
    {
        if (Identified || Resumed)
        {
            await CloseAsync(4005, "Already authenticated.");
            return;
        }

        if (!string.Equals(d?["token"]?.GetValue<string>(), _gateway.Token, StringComparison.Ordinal))
        {
            await CloseAsync(4004, "Authentication failed.");
            return;
        }

        if (d?["intents"] is not JsonValue intents || intents.GetValueKind() != JsonValueKind.Number
            || d["properties"] is not JsonObject)
        {
            await CloseAsync(4013, "Invalid intent(s).");
            return;
        }

        if (_gateway.TakeIdentify())
        {
            await SendInvalidSessionAsync(false);
            return;
        }

        Session = _gateway.NewSession();
        Identified = true;
        await DispatchAsync("READY", _gateway.ReadyPayload(Session, d["shard"]));
    }

    private async Task ResumeAsync(JsonNode? d)
    {
        if (Identified || Resumed)
        {
            await CloseAsync(4005, "Already authenticated.");
            return;
        }

        if (!string.Equals(d?["token"]?.GetValue<string>(), _gateway.Token, StringComparison.Ordinal))
        {
            await CloseAsync(4004, "Authentication failed.");
            return;
        }

        _gateway.CountResume();
        var session = _gateway.FindSession(d?["session_id"]?.GetValue<string>());
        if (session is null || session.Invalidated)
        {
            await SendInvalidSessionAsync(false);
            return;
        }

        var seq = d?["seq"] is JsonValue s && s.GetValueKind() == JsonValueKind.Number ? s.GetValue<long>() : 0;
        if (seq > session.Sequence)
        {
            await CloseAsync(4007, "Invalid seq.");
            return;
        }

        Session = session;
        Resumed = true;
        foreach (var missed in session.After(seq))
        {
            await SendAsync(missed);
        }

        await DispatchAsync("RESUMED", new JsonObject());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"connection {Number} {Path}");
}
