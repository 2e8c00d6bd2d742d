using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// A loopback fake of Discord (Kestrel on 127.0.0.1, a free port): the REST routes in <see cref="FakeRoutes"/> under
/// <see cref="BaseUrl"/> with Discord's rate-limit headers and 429s, and a gateway WebSocket (<see cref="Gateway"/>)
/// at the URL GET /gateway/bot returns. It records every request, injects faults on request, keeps the messages it
/// was asked to create (deduplicating enforced nonces), and issues interactions (<see cref="Interactions"/>).
/// Point the client at it with <c>Discord:ApiBaseUrl = server.BaseUrl</c>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    public const string ApiPrefix = "/api/v10";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly FakeDiscordServerOptions _options;
    private readonly RequestLog _log = new();
    private readonly FaultInjector _faults = new();
    private readonly FakeRateLimits _rateLimits;
    private readonly FakeMessageStore _messages;
    private readonly FakeInteractionRegistry _interactions = new();
    private readonly FakeRestHandlers _handlers;
    private long _lastSequence;

    /// <summary>Starts the server; it is listening when the constructor returns.</summary>
    public FakeDiscordServer(FakeDiscordServerOptions? options = null)
    {
        _options = options ?? new FakeDiscordServerOptions();
        var time = _options.TimeProvider;
        Bot = new FakeDiscordUser(_options.BotUserId ?? _options.ApplicationId, _options.BotUsername, null, Bot: true);
        var ids = new FakeSnowflakes(time);
        _rateLimits = new FakeRateLimits(time, _options.GlobalRequestsPerSecond);
        _messages = new FakeMessageStore(time, ids, Bot, _options.NonceWindow);
        Interactions = new FakeInteractionFactory(ids, time, _options.ApplicationId, _interactions);
        Gateway = new FakeDiscordGateway(_options, Bot, () => WebSocketBaseUrl);
        _handlers = new FakeRestHandlers(_options, Bot, ids, _messages, _interactions, () => GatewayUrl, () => Gateway.SessionStartRemaining);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _app.Run(HandleAsync);

        // Started off the caller's synchronization context, so blocking here cannot deadlock a test runner.
        Task.Run(() => _app.StartAsync()).GetAwaiter().GetResult();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        Origin = addresses.Addresses.Single().TrimEnd('/');
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public string Origin { get; }

    /// <summary>http://127.0.0.1:PORT/api/v10, the REST base URL.</summary>
    public string BaseUrl => Origin + ApiPrefix;

    /// <summary>ws://127.0.0.1:PORT/gateway, what GET /gateway/bot returns.</summary>
    public string GatewayUrl => WebSocketBaseUrl + FakeDiscordGateway.Path;

    public string Token => _options.Token;

    public ulong ApplicationId => _options.ApplicationId;

    public FakeDiscordUser Bot { get; }

    public FakeDiscordGateway Gateway { get; }

    /// <summary>Builds interactions the fake will accept answers to.</summary>
    public FakeInteractionFactory Interactions { get; }

    /// <summary>Every REST request so far, oldest first.</summary>
    public IReadOnlyList<RecordedDiscordRequest> Requests => _log.Snapshot();

    /// <summary>Every message created so far (channel messages, interaction responses, follow-ups), as last edited.</summary>
    public IReadOnlyList<FakeStoredMessage> Messages => _messages.Snapshot();

    /// <summary>The global commands as last overwritten (with the ids the fake assigned).</summary>
    public JsonArray GlobalCommands => _handlers.GlobalCommands;

    public long PendingFaultCount => _faults.Pending;

    private string WebSocketBaseUrl => "ws" + Origin["http".Length..];

    /// <summary>The requests to <paramref name="route"/> (a <see cref="FakeRoutes"/> constant).</summary>
    public IReadOnlyList<RecordedDiscordRequest> RequestsTo(string route) => [.. Requests.Where(r => r.Route == route)];

    /// <summary>The messages in one channel.</summary>
    public IReadOnlyList<FakeStoredMessage> MessagesIn(ulong channelId) => [.. Messages.Where(m => m.ChannelId == channelId)];

    /// <summary>A server's commands as last overwritten, or null if never.</summary>
    public JsonArray? GuildCommands(ulong guildId) => _handlers.GuildCommands(guildId);

    /// <summary>How an interaction was answered, or null if the fake did not issue it.</summary>
    public FakeInteractionState? InteractionState(FakeInteraction interaction) => _interactions.Find(interaction.Id);

    /// <summary>Makes the next <paramref name="times"/> requests to <paramref name="route"/> fail with <paramref name="fault"/>.</summary>
    public void InjectFault(string route, FakeDiscordFault fault, int times = 1)
    {
        if (!FakeRoutes.All.Contains(route))
        {
            throw new ArgumentException($"Unknown route '{route}'; use a FakeRoutes constant.", nameof(route));
        }

        _faults.Add(route, fault, times);
    }

    /// <summary>Makes the next <paramref name="times"/> requests to any route fail with <paramref name="fault"/>.</summary>
    public void InjectFaultForAllRoutes(FakeDiscordFault fault, int times = 1) => _faults.Add(null, fault, times);

    public void ClearFaults() => _faults.Clear();

    /// <summary>Sets a route's limit; give two routes the same <paramref name="bucket"/> to make them share it.</summary>
    public void SetRateLimit(string route, int limit, TimeSpan window, string? bucket = null) =>
        _rateLimits.Set(route, new FakeRouteLimit(limit, window, bucket ?? FakeRateLimits.BucketHash(route)));

    public FakeRouteLimit RateLimitOf(string route) => _rateLimits.LimitOf(route);

    /// <summary>
    /// The first request to <paramref name="route"/> matching <paramref name="predicate"/>, including ones already
    /// received; waits up to <paramref name="timeout"/> (5 s, real time), then throws <see cref="TimeoutException"/>.
    /// </summary>
    public Task<RecordedDiscordRequest> WaitForRequestAsync(string route, Func<RecordedDiscordRequest, bool>? predicate = null, TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        _log.WaitForAsync(r => r.Route == route && (predicate?.Invoke(r) ?? true), $"to {route}", timeout ?? TimeSpan.FromSeconds(5), cancellationToken);

    /// <summary>The <paramref name="count"/>-th request to <paramref name="route"/> (1-based), waiting as <see cref="WaitForRequestAsync"/> does.</summary>
    public Task<RecordedDiscordRequest> WaitForRequestCountAsync(string route, int count, TimeSpan? timeout = null) =>
        _log.WaitForAsync(r => r.Route == route && RequestsTo(route).Count >= count && RequestsTo(route)[count - 1] == r, $"#{count} to {route}",
            timeout ?? TimeSpan.FromSeconds(5), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path is FakeDiscordGateway.Path or FakeDiscordGateway.ResumePath)
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await Gateway.AcceptAsync(context, _stopping.Token);
            }
            else
            {
                context.Response.StatusCode = 400;
            }

            return;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            var reply = await AnswerAsync(context, path, cancellation.Token);
            if (reply is not null)
            {
                await WriteAsync(context, reply);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    // Null when the connection was dropped on purpose.
    private async Task<FakeReply?> AnswerAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var relative = path.StartsWith(ApiPrefix, StringComparison.Ordinal) ? path[ApiPrefix.Length..] : null;
        string? route = null;
        IReadOnlyDictionary<string, string> values = new Dictionary<string, string>();
        if (relative is not null && FakeRoutes.TryMatch(request.Method, relative, out var matched, out var found))
        {
            route = matched;
            values = found;
        }

        var (json, parts, problem) = await RequestBodyReader.ReadAsync(request, cancellationToken);
        var authorization = Classify(request.Headers.Authorization.ToString());
        var fault = route is null ? null : _faults.TakeFor(route);
        var recorded = new RecordedDiscordRequest
        {
            Sequence = Interlocked.Increment(ref _lastSequence),
            ReceivedAt = _options.TimeProvider.GetUtcNow(),
            HttpMethod = request.Method,
            Path = path,
            Query = request.QueryString.Value?.TrimStart('?') ?? "",
            Route = route,
            RouteValues = values,
            Headers = RecordHeaders(request.Headers),
            Authorization = authorization,
            ContentType = request.ContentType,
            Json = json,
            Parts = parts,
            Fault = fault,
        };
        _log.Add(recorded);

        var reply = await ReplyAsync(recorded, fault, problem, context, cancellationToken);
        recorded.StatusCode = reply?.StatusCode ?? 0;
        return reply;
    }

    private async Task<FakeReply?> ReplyAsync(RecordedDiscordRequest request, FakeDiscordFault? fault, string? bodyProblem, HttpContext context, CancellationToken cancellationToken)
    {
        if (request.Route is not { } route)
        {
            return FakeReply.Error(404, 0, "404: Not Found");
        }

        if (!FakeRoutes.IsInteractionEndpoint(route) && request.Authorization != AuthorizationKind.BotToken)
        {
            return FakeReply.Error(401, 0, "401: Unauthorized");
        }

        if (bodyProblem is not null)
        {
            return FakeReply.Error(400, 50109, "The request body contains invalid JSON.");
        }

        var major = MajorParameter(request.RouteValues);
        switch (fault?.Kind)
        {
            case FakeDiscordFaultKind.Drop:
                context.Abort();
                return null;
            case FakeDiscordFaultKind.Error:
                return fault.Field is not null
                    ? FakeRestHandlers.InvalidFormBody(fault.Field, fault.FieldErrorCode ?? "BASE_TYPE_INVALID", fault.FieldErrorMessage ?? "Invalid value.")
                    : FakeReply.Error(fault.StatusCode, fault.Code, fault.Message);
            case FakeDiscordFaultKind.RouteRateLimit:
                return _rateLimits.ForceRouteLimit(route, major, TimeSpan.FromSeconds(fault.RetryAfter), fault.Scope);
            case FakeDiscordFaultKind.GlobalRateLimit:
                return _rateLimits.ForceGlobalLimit(TimeSpan.FromSeconds(fault.RetryAfter));
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (_rateLimits.Check(route, major, headers) is { } limited)
        {
            return limited;
        }

        var reply = _handlers.Handle(request) with { Headers = headers };
        if (fault?.Kind == FakeDiscordFaultKind.Slow)
        {
            // Done, but the answer is late: a client that gives up meanwhile must not create a second message when it tries again.
            await Task.Delay(fault.Delay, _options.TimeProvider, cancellationToken);
        }

        return reply;
    }

    private static async Task WriteAsync(HttpContext context, FakeReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body.ToJsonString());
        }
    }

    private AuthorizationKind Classify(string header) => header switch
    {
        "" => AuthorizationKind.None,
        _ when header == "Bot " + _options.Token => AuthorizationKind.BotToken,
        _ when header.StartsWith("Bot ", StringComparison.Ordinal) => AuthorizationKind.WrongBotToken,
        _ => AuthorizationKind.Other,
    };

    private static Dictionary<string, string> RecordHeaders(IHeaderDictionary headers)
    {
        var recorded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            recorded[name] = string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? value.ToString().Split(' ', 2)[0] + " [redacted]"
                : value.ToString();
        }

        return recorded;
    }

    private static string MajorParameter(IReadOnlyDictionary<string, string> values) =>
        values.TryGetValue("channel_id", out var channel) ? "channel:" + channel
        : values.TryGetValue("guild_id", out var guild) ? "guild:" + guild
        : values.TryGetValue("webhook_id", out var webhook) ? "webhook:" + webhook + ":" + values.GetValueOrDefault("webhook_token")
        : values.TryGetValue("interaction_id", out var interaction) ? "interaction:" + interaction
        : "";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"FakeDiscordServer at {Origin}");
}
