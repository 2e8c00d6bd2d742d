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

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// A loopback fake of the Telegram Bot API (Kestrel on 127.0.0.1, a free port) serving <c>GET|POST /bot{token}/{method}</c>
/// with JSON, form-urlencoded or multipart/form-data parameters. It records every request, answers the methods a bot
/// needs as Telegram does (see <see cref="FakeBotMethods"/>), and injects faults on request.
/// Point Telegram.Bot at it with <c>new TelegramBotClientOptions(token, baseUrl: server.BaseUrl)</c>.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _timeProvider;
    private readonly RequestLog _log = new();
    private readonly FaultInjector _faults = new();
    private readonly UpdateQueue _updates;
    private readonly FakeBotMethods _methods;
    private long _lastSequence;

    /// <summary>Starts the server; it is listening when the constructor returns.</summary>
    /// <param name="token">The one valid bot token; requests with any other get 401 Unauthorized.</param>
    /// <param name="options">Bot identity, clock and known methods.</param>
    public FakeBotApiServer(string token, FakeBotApiServerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        options ??= new FakeBotApiServerOptions();
        Token = token;
        _timeProvider = options.TimeProvider;
        Bot = new FakeUser(options.BotId ?? BotIdFromToken(token), options.BotFirstName, options.BotUsername, IsBot: true);
        _updates = new UpdateQueue(_timeProvider, options.FirstUpdateId);
        var messages = new MessageStore(_timeProvider, Bot);
        _methods = new FakeBotMethods(Bot, _updates, messages, options.KnownMethods ?? KnownBotApiMethods.All);
        Updates = new UpdateFactory(_timeProvider, Bot, messages.NextMessageId);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);

        // Started off the caller's synchronization context, so blocking here cannot deadlock a test runner.
        Task.Run(() => _app.StartAsync()).GetAwaiter().GetResult();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The valid token.</summary>
    public string Token { get; }

    /// <summary>The bot as getMe describes it.</summary>
    public FakeUser Bot { get; }

    /// <summary>Builders for updates (messages, callback queries, my_chat_member, migrations) to pass to <see cref="EnqueueUpdate"/>.</summary>
    public UpdateFactory Updates { get; }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Updates queued and not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount => _updates.PendingCount;

    /// <summary>True while a getUpdates call is in progress, e.g. a long poll holding for updates.</summary>
    public bool IsGetUpdatesPending => _updates.IsPolling;

    /// <summary>The last <c>allowed_updates</c> a getUpdates call sent, or null if none did.</summary>
    public IReadOnlyList<string>? AllowedUpdates => _updates.AllowedUpdates;

    /// <summary>The webhook URL (set by setWebhook, cleared by deleteWebhook); while set, getUpdates answers 409.</summary>
    public string? WebhookUrl
    {
        get => _methods.WebhookUrl;
        set => _methods.WebhookUrl = value;
    }

    /// <summary>Faults injected and not yet used.</summary>
    public long PendingFaultCount => _faults.Pending;

    /// <summary>Queues an update for getUpdates, assigning the next <c>update_id</c> if it has none; returns its update_id.</summary>
    public long EnqueueUpdate(JsonObject update) => _updates.Enqueue(update);

    /// <summary>What getChatMember answers for that chat and user; <see cref="FakeChatMemberStatus.Member"/> unless set.</summary>
    public void SetChatMemberStatus(long chatId, long userId, FakeChatMemberStatus status) =>
        _methods.SetChatMember(chatId, userId, status);

    /// <summary>Replaces the fake's answer to <paramref name="method"/> with <c>{"ok":true,"result":…}</c> from <paramref name="result"/>.</summary>
    public void SetResult(string method, Func<RecordedRequest, JsonNode?> result) => _methods.Override(method, result);

    /// <summary>Makes the next <paramref name="times"/> calls of <paramref name="method"/> fail with <paramref name="fault"/>.</summary>
    public void InjectFault(string method, FakeFault fault, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        _faults.Add(method, fault, times);
    }

    /// <summary>Makes the next <paramref name="times"/> calls of any method fail with <paramref name="fault"/>.</summary>
    public void InjectFaultForAllMethods(FakeFault fault, int times = 1) => _faults.Add(null, fault, times);

    /// <summary>Forgets the faults not yet used.</summary>
    public void ClearFaults() => _faults.Clear();

    /// <summary>The requests to <paramref name="method"/> so far (method names compare case-insensitively).</summary>
    public IReadOnlyList<RecordedRequest> RequestsTo(string method) =>
        [.. Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// The first request to <paramref name="method"/> that matches <paramref name="predicate"/>, including ones already
    /// received; waits for it up to <paramref name="timeout"/> (5 s by default, real time) and then throws
    /// <see cref="TimeoutException"/> naming what did arrive.
    /// </summary>
    public Task<RecordedRequest> WaitForRequestAsync(
        string method,
        Func<RecordedRequest, bool>? predicate = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default) =>
        _log.WaitForAsync(method, predicate, timeout ?? TimeSpan.FromSeconds(5), cancellationToken);

    /// <summary>Ends held long polls and stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!TryParsePath(context.Request.Path.Value, out var token, out var method))
        {
            await WriteAsync(context, BotApiReply.Error(404, "Not Found")).ConfigureAwait(false);
            return;
        }

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            var reply = await AnswerAsync(context, token, method, cancellation.Token).ConfigureAwait(false);
            if (reply is not null)
            {
                await WriteAsync(context, reply).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    // Null when the answer was already given (or deliberately withheld).
    private async Task<BotApiReply?> AnswerAsync(HttpContext context, string token, string method, CancellationToken cancellationToken)
    {
        var body = await BotApiRequestReader.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        var authorized = string.Equals(token, Token, StringComparison.Ordinal);
        var canonical = _methods.Canonical(method) ?? method;
        var fault = authorized ? _faults.TakeFor(canonical) : null;
        var request = new RecordedRequest(canonical, body.Parameters, body.Encoding, body.Files)
        {
            Sequence = Interlocked.Increment(ref _lastSequence),
            ReceivedAt = _timeProvider.GetUtcNow(),
            HttpMethod = context.Request.Method,
            ContentType = context.Request.ContentType,
            RawBody = body.RawBody,
            Authorized = authorized,
            Fault = fault,
        };
        _log.Add(request);

        if (!authorized)
        {
            return BotApiReply.Unauthorized();
        }

        if (fault is not null)
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            switch (fault.Kind)
            {
                case FakeFaultKind.Error:
                    return BotApiReply.From(fault);
                case FakeFaultKind.DropConnection:
                    context.Abort();
                    return null;
                case FakeFaultKind.MalformedJson:
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync(FakeFault.MalformedBody, cancellationToken).ConfigureAwait(false);
                    return null;
            }
        }

        return await _methods.HandleAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, BotApiReply reply)
    {
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Body.ToJsonString()).ConfigureAwait(false);
    }

    // "/bot{token}/{method}", or "/bot{token}/test/{method}" for Telegram's test environment.
    private static bool TryParsePath(string? path, out string token, out string method)
    {
        token = method = "";
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length is < 2 or > 3 || !segments[0].StartsWith("bot", StringComparison.Ordinal)
            || (segments.Length == 3 && segments[1] != "test"))
        {
            return false;
        }

        token = segments[0]["bot".Length..];
        method = segments[^1];
        return true;
    }

    private static long BotIdFromToken(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("A bot token looks like \"123456789:AA…\"; set FakeBotApiServerOptions.BotId for other tokens.", nameof(token));
    }
}
