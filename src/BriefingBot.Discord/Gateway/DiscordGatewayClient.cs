using System.Threading.Channels;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rest;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Keeps one connection to Discord's gateway (v10, JSON, intents 0) for as long as <see cref="RunAsync"/> runs:
/// the URL comes from GET /gateway/bot; a dropped or closed connection is resumed (at READY's resume_gateway_url, after
/// an exponential back-off with jitter); a session that cannot be resumed is replaced by a new Identify, paced by
/// session_start_limit. Close codes that retrying cannot fix (4004, 4010-4014) end the run with a fatal
/// <see cref="GatewayRunResult"/> and one log line saying what to fix. Dispatches, in order, go to
/// <see cref="Dispatches"/>; the receive loop never waits for the consumer.
/// </summary>
public sealed partial class DiscordGatewayClient
{
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly JitterSource _jitter;
    private readonly ReconnectBackoff _backoff;
    private readonly IdentifyPacer _identifyPacer;
    private readonly GatewaySession _session = new();
    private readonly Channel<GatewayDispatch> _dispatches;
    private ReadyData? _ready;
    private Uri? _gatewayUrl;
    private int _running;
    private int _connectionNumber;
    private int _open;

    /// <param name="random">The source of heartbeat, back-off and invalid-session jitter; <see cref="Random.Shared"/> if null.</param>
    public DiscordGatewayClient(DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGatewayClient> logger, Random? random = null)
    {
        _rest = rest;
        _options = DiscordOptionsValidator.EnsureValid(options.Value);
        _logger = logger;
        _jitter = new JitterSource(random ?? Random.Shared);
        _backoff = new ReconnectBackoff(_options.ReconnectDelayMin, _options.ReconnectDelayMax, _jitter);
        Waits = new WaitScheduler(time);
        _identifyPacer = new IdentifyPacer(Waits);
        _dispatches = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(_options.DispatchQueueCapacity)
        {
            // TryWrite returns false when full (logged and dropped); Wait mode is never awaited, so nothing blocks.
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = true,
        });
    }

    /// <summary>
    /// Every dispatch (READY, RESUMED, INTERACTION_CREATE…) in the order received. Read it while <see cref="RunAsync"/>
    /// runs; when the consumer falls <see cref="DiscordOptions.DispatchQueueCapacity"/> behind, new dispatches are dropped
    /// and logged rather than stalling the gateway. It is not completed when a run ends.
    /// </summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>The application id from the last READY, or null before the first.</summary>
    public ulong? ApplicationId => _ready?.Application?.Id;

    /// <summary>The bot user from the last READY, or null before the first.</summary>
    public DiscordUser? CurrentUser => _ready?.User;

    /// <summary>Counts connections: a READY or RESUMED seen while this number is current belongs to the open connection.</summary>
    public int ConnectionNumber => Volatile.Read(ref _connectionNumber);

    /// <summary>Whether a connection is open (connecting, or connected and not yet closed).</summary>
    public bool IsConnectionOpen => Volatile.Read(ref _open) == 1;

    internal WaitScheduler Waits { get; }

    /// <summary>
    /// Connects and stays connected until <paramref name="stoppingToken"/> fires (then closes with 1000 and returns
    /// <see cref="GatewayRunResult.Stopped"/>) or a fatal close code arrives (then returns it, without reconnecting).
    /// </summary>
    public async Task<GatewayRunResult> RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("DiscordGatewayClient.RunAsync is already running.");
        }

        try
        {
            return await SuperviseAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Stopped(_logger);
            return GatewayRunResult.Stopped;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task<GatewayRunResult> SuperviseAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        var resumeUrlFailed = false;
        while (true)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var resume = _session.CanResume;
            Uri url;
            if (resume && !resumeUrlFailed)
            {
                url = _session.ResumeUrl!;
            }
            else
            {
                // A new session, or a resume whose URL could not be reached: ask for the gateway URL (never cached for long).
                var (info, fatal) = await FetchGatewayAsync(stoppingToken);
                if (fatal is not null)
                {
                    return fatal;
                }

                url = _gatewayUrl!;
                if (!resume)
                {
                    await PaceIdentifyAsync(info!.SessionStartLimit, stoppingToken);
                }
            }

            Log.Connecting(_logger, url.Host, resume ? "resume" : "identify");
            var connection = new GatewayConnection(url, resume, _session, _options, Waits, _jitter, _identifyPacer, _dispatches.Writer, OnReady, _logger);
            Interlocked.Increment(ref _connectionNumber);
            Volatile.Write(ref _open, 1);
            ConnectionEnd end;
            try
            {
                end = await connection.RunAsync(stoppingToken);
            }
            finally
            {
                Volatile.Write(ref _open, 0);
            }

            if (end.ReachedReady)
            {
                failures = 0;
            }

            resumeUrlFailed = resume && end.Kind == ConnectionEndKind.ConnectFailed;
            switch (end.Kind)
            {
                case ConnectionEndKind.Stopped:
                    Log.Stopped(_logger);
                    return GatewayRunResult.Stopped;

                case ConnectionEndKind.ClosedByServer when GatewayCloseCodes.IsFatal(end.CloseCode ?? 0, out var cause, out var explanation):
                    Log.Fatal(_logger, explanation);
                    return GatewayRunResult.Fatal(cause, end.CloseCode, explanation);

                case ConnectionEndKind.ReconnectRequested when end.ReachedReady:
                    continue;

                case ConnectionEndKind.InvalidSession:
                    if (!end.Resumable)
                    {
                        _session.Clear();
                    }

                    var pause = TimeSpan.FromSeconds(1 + (4 * _jitter.NextFraction()));
                    Log.InvalidSession(_logger, end.Resumable, end.Resumable ? "resuming" : "identifying afresh", pause.TotalSeconds);
                    await Waits.WaitAsync(pause, WaitReason.InvalidSession, stoppingToken);
                    continue;

                default:
                    if (end.CloseCode is { } code && GatewayCloseCodes.EndsSession(code))
                    {
                        _session.Clear();
                    }

                    failures++;
                    var delay = _backoff.DelayAfter(failures);
                    Log.Reconnecting(_logger, end.ToString(), delay.TotalSeconds, failures, _session.CanResume ? "resume" : "identify");
                    await Waits.WaitAsync(delay, WaitReason.Reconnect, stoppingToken);
                    continue;
            }
        }
    }

    private async Task<(GatewayBotInfo? Info, GatewayRunResult? Fatal)> FetchGatewayAsync(CancellationToken stoppingToken)
    {
        for (var failures = 1; ; failures++)
        {
            var result = await _rest.GetGatewayBotAsync(stoppingToken);
            if (result.IsSuccess && GatewayUrls.TryConnectionUrl(result.Value.Url) is { } url)
            {
                _gatewayUrl = url;
                return (result.Value, null);
            }

            if (result.Failure is DiscordRestFailure.Unauthorized)
            {
                const string explanation = "Discord rejected the bot token (401 on GET /gateway/bot): check Discord__Token";
                Log.Fatal(_logger, explanation);
                return (null, GatewayRunResult.Fatal(GatewayFatalCause.TokenRejected, null, explanation));
            }

            var wait = result.Failure is DiscordRestFailure.RateLimited limited ? limited.RetryAfter : _backoff.DelayAfter(failures);
            var why = result.IsSuccess ? "it returned no usable ws(s) URL" : result.Failure.ToString();
            Log.GatewayUrlFailed(_logger, why, wait.TotalSeconds);
            await Waits.WaitAsync(wait, WaitReason.GatewayUrl, stoppingToken);
        }
    }

    private async Task PaceIdentifyAsync(SessionStartLimit limit, CancellationToken stoppingToken)
    {
        if (limit.Remaining <= 0)
        {
            Log.IdentifyLimitUsedUp(_logger, limit.Total, TimeSpan.FromMilliseconds(limit.ResetAfter).TotalMinutes);
        }

        await _identifyPacer.WaitAsync(limit, stoppingToken);
    }

    private void OnReady(ReadyData ready) => _ready = ready;

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Critical, Message = "The Discord gateway stopped for good: {Explanation}; not reconnecting")]
        public static partial void Fatal(ILogger logger, string explanation);

        [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Connecting to the Discord gateway at {Host} ({Mode})")]
        public static partial void Connecting(ILogger logger, string host, string mode);

        [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Gateway connection ended ({End}); reconnecting in {Seconds:0.###} s (attempt {Attempt}, {Mode})")]
        public static partial void Reconnecting(ILogger logger, string end, double seconds, int attempt, string mode);

        [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Discord invalidated the gateway session (op 9, resumable {Resumable}); {Action} in {Seconds:0.###} s")]
        public static partial void InvalidSession(ILogger logger, bool resumable, string action, double seconds);

        [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Could not get the gateway URL (GET /gateway/bot): {Failure}; trying again in {Seconds:0.###} s")]
        public static partial void GatewayUrlFailed(ILogger logger, string failure, double seconds);

        [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Discord's daily limit of {Total} new sessions is used up; waiting {Minutes:0} minutes before identifying (identifying anyway would reset the token)")]
        public static partial void IdentifyLimitUsedUp(ILogger logger, int total, double minutes);

        [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "Disconnected from the Discord gateway (stopping)")]
        public static partial void Stopped(ILogger logger);
    }
}
