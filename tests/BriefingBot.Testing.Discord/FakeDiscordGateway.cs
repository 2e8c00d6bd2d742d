using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// The fake's gateway: WebSocket endpoints at <c>/gateway</c> (the URL GET /gateway/bot returns) and
/// <c>/gateway-resume</c> (READY's resume_gateway_url), its sessions, and the controls tests use on them.
/// </summary>
public sealed class FakeDiscordGateway
{
    public const string Path = "/gateway";
    public const string ResumePath = "/gateway-resume";

    private readonly FakeDiscordServerOptions _options;
    private readonly FakeDiscordUser _bot;
    private readonly Func<string> _baseWebSocketUrl;
    private readonly ObservableList<FakeGatewayConnection> _connections = new();
    private readonly Lock _lock = new();
    private readonly List<FakeGatewaySession> _sessions = [];
    private int _invalidSessionsOnIdentify;
    private int _identifyCount;
    private int _resumeCount;
    private int _sessionStartRemaining;
    private int _connectionCount;

    internal FakeDiscordGateway(FakeDiscordServerOptions options, FakeDiscordUser bot, Func<string> baseWebSocketUrl)
    {
        _options = options;
        _bot = bot;
        _baseWebSocketUrl = baseWebSocketUrl;
        _sessionStartRemaining = options.SessionStartRemaining;
        HeartbeatInterval = options.HeartbeatInterval;
    }

    /// <summary>What Hello announces on new connections.</summary>
    public TimeSpan HeartbeatInterval { get; set; }

    /// <summary>When false, new connections get no Hello.</summary>
    public bool SendHelloOnConnect { get; set; } = true;

    /// <summary>Withhold heartbeat ACKs on every connection while set.</summary>
    public bool WithholdAcks { get; set; }

    /// <summary>The valid token.</summary>
    public string Token => _options.Token;

    public IReadOnlyList<FakeGatewayConnection> Connections => _connections.Snapshot();

    /// <summary>The newest connection that is still open, or null.</summary>
    public FakeGatewayConnection? Current => Connections.LastOrDefault(c => c.IsOpen);

    public IReadOnlyList<FakeGatewaySession> Sessions
    {
        get
        {
            lock (_lock)
            {
                return [.. _sessions];
            }
        }
    }

    public int IdentifyCount => Volatile.Read(ref _identifyCount);

    public int ResumeCount => Volatile.Read(ref _resumeCount);

    /// <summary>session_start_limit.remaining: each Identify uses one.</summary>
    public int SessionStartRemaining => Volatile.Read(ref _sessionStartRemaining);

    /// <summary>The next <paramref name="count"/> Identify payloads get Invalid Session (d: false) instead of READY.</summary>
    public void FailNextIdentifies(int count) => Interlocked.Exchange(ref _invalidSessionsOnIdentify, count);

    /// <summary>The <paramref name="number"/>-th connection (1-based), waiting up to <paramref name="timeout"/> (5 s) of real time.</summary>
    public Task<FakeGatewayConnection> WaitForConnectionAsync(int number, TimeSpan? timeout = null) =>
        _connections.WaitForAsync(c => c.Number == number, timeout ?? TimeSpan.FromSeconds(5),
            () => $"No gateway connection #{number}; there were {Connections.Count}.");

    /// <summary>
    /// A dispatch in the current session: sent on the open connection, or (while the client is away) kept for the
    /// Resume to replay. Returns its sequence number.
    /// </summary>
    public async Task<long> DispatchAsync(string eventName, JsonNode data)
    {
        if (Connections.LastOrDefault(c => c.IsOpen && c.Session is not null) is { } open)
        {
            return await open.DispatchAsync(eventName, data);
        }

        var session = Sessions.LastOrDefault(s => !s.Invalidated) ?? throw new InvalidOperationException("There is no gateway session to dispatch in.");
        return session.Record(eventName, data).Sequence;
    }

    /// <summary>Dispatches INTERACTION_CREATE with the interaction as its d.</summary>
    public Task<long> DispatchInteractionCreateAsync(FakeInteraction interaction) => DispatchAsync("INTERACTION_CREATE", interaction.Json);

    /// <summary>Makes every existing session unresumable: a Resume gets Invalid Session (d: false).</summary>
    public void InvalidateSessions()
    {
        foreach (var session in Sessions)
        {
            session.Invalidated = true;
        }
    }

    internal async Task AcceptAsync(HttpContext context, CancellationToken stopping)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var number = Interlocked.Increment(ref _connectionCount);
        var query = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        var connection = new FakeGatewayConnection(number, context.Request.Path.Value ?? "", query, socket, context, this, _options.TimeProvider);
        _connections.Add(connection);
        if (context.Request.Query["v"] != "10")
        {
            await connection.CloseAsync(4012, "Invalid API version.");
        }

        await connection.RunAsync(stopping);
    }

    internal bool TakeIdentify()
    {
        Interlocked.Increment(ref _identifyCount);
        Interlocked.Decrement(ref _sessionStartRemaining);
        while (true)
        {
            var pending = Volatile.Read(ref _invalidSessionsOnIdentify);
            if (pending <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _invalidSessionsOnIdentify, pending - 1, pending) == pending)
            {
                return true;
            }
        }
    }

    internal void CountResume() => Interlocked.Increment(ref _resumeCount);

    internal FakeGatewaySession NewSession()
    {
        lock (_lock)
        {
            var session = new FakeGatewaySession("session-" + (_sessions.Count + 1).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12]);
            _sessions.Add(session);
            return session;
        }
    }

    internal FakeGatewaySession? FindSession(string? id)
    {
        lock (_lock)
        {
            return _sessions.Find(s => s.Id == id);
        }
    }

    /// <summary>READY as constructed from the docs' field list (no verbatim example exists).</summary>
    internal JsonObject ReadyPayload(FakeGatewaySession session, JsonNode? shard)
    {
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = _bot.ToJson(),
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = _baseWebSocketUrl() + ResumePath,
            ["application"] = new JsonObject { ["id"] = _options.ApplicationId.ToString(CultureInfo.InvariantCulture), ["flags"] = 0 },
        };
        if (shard is not null)
        {
            ready["shard"] = shard.DeepClone();
        }

        return ready;
    }
}
