using System.Text.Json.Serialization.Metadata;
using BriefingBot.Discord.Timing;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Sends one REST call through Discord's rate limits: one call at a time per bucket, a wait (or a RateLimited result
/// when the wait is longer than <see cref="DiscordOptions.MaxRateLimitWait"/>) for an emptied bucket or a global pause,
/// the per-second cap, then the request with its timeout; a short 429 is waited out and sent again, everything else
/// becomes a typed result. Logs name the route's template and ids, never a token.
/// </summary>
internal sealed partial class RestRequestSender(HttpClient http, DiscordOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly RestRateLimiter _limits = new(time, options.GlobalRequestsPerSecond);
    private readonly string _baseUrl = options.ApiBaseUrl.AbsoluteUri.TrimEnd('/');
    private volatile bool _tokenRejected;

    public WaitScheduler Waits { get; } = new(time);

    /// <summary>True after a 401 to the bot token; calls that need it then fail without being sent.</summary>
    public bool IsTokenRejected => _tokenRejected;

    public void Dispose() => _limits.Dispose();

    public async Task<DiscordRestResult<T>> SendAsync<T>(DiscordRoute route, Func<HttpContent>? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
    {
        if (route.UsesBotToken && _tokenRejected)
        {
            return DiscordRestResult<T>.Fail(new DiscordRestFailure.Unauthorized("Discord rejected the bot token earlier (401); the request was not sent."));
        }

        var gate = _limits.BucketFor(route).Gate;
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                if (await WaitForLimitsAsync(route, cancellationToken) is { } heldBack)
                {
                    return DiscordRestResult<T>.Fail(heldBack);
                }

                var (response, failure) = await SendOnceAsync(route, body, cancellationToken);
                if (failure is not null)
                {
                    return DiscordRestResult<T>.Fail(failure);
                }

                TimeSpan retryAfter;
                using (response)
                {
                    var now = time.GetUtcNow();
                    var headers = RateLimitHeaders.From(response!.Headers, now);
                    var bucket = _limits.Learn(route, headers, now);
                    var status = (int)response.StatusCode;
                    Log.Answered(logger, route.Description, status);
                    if (response.IsSuccessStatusCode)
                    {
                        return await RestResponseReader.ReadAsync(response, responseType, cancellationToken);
                    }

                    var error = await RestResponseReader.ReadErrorAsync(response, cancellationToken);
                    if (status != 429)
                    {
                        return DiscordRestResult<T>.Fail(Classify(route, status, error));
                    }

                    var limited = RestResponseReader.RateLimitedFrom(headers, error);
                    if (limited.Global)
                    {
                        _limits.PauseGlobal(limited.RetryAfter, now);
                    }
                    else
                    {
                        bucket.Exhaust(limited.RetryAfter, now);
                    }

                    // The longer of retry_after and what the bucket and the global pause now say.
                    var remaining = RemainingWait(route);
                    retryAfter = remaining > limited.RetryAfter ? remaining : limited.RetryAfter;
                    if (retryAfter > options.MaxRateLimitWait || attempt >= options.MaxRateLimitRetries)
                    {
                        Log.RateLimitedReturned(logger, route.Description, retryAfter.TotalSeconds, limited.Global, limited.Scope ?? "unknown");
                        return DiscordRestResult<T>.Fail(limited with { RetryAfter = retryAfter });
                    }

                    Log.RateLimitedWaiting(logger, route.Description, retryAfter.TotalSeconds, limited.Global, limited.Scope ?? "unknown");
                }

                await Waits.WaitAsync(retryAfter, WaitReason.RateLimitRetry, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private TimeSpan RemainingWait(DiscordRoute route)
    {
        var now = time.GetUtcNow();
        var bucketWait = _limits.BucketFor(route).TimeUntilAvailable(now);
        var globalWait = route.BoundByGlobalLimit ? _limits.GlobalPauseRemaining(now) : TimeSpan.Zero;
        return bucketWait > globalWait ? bucketWait : globalWait;
    }

    // Null when the call may go now (after any short wait); a RateLimited failure when the wait is too long.
    private async Task<DiscordRestFailure?> WaitForLimitsAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var bucketWait = _limits.BucketFor(route).TimeUntilAvailable(time.GetUtcNow());
        if (bucketWait > TimeSpan.Zero)
        {
            if (bucketWait > options.MaxRateLimitWait)
            {
                Log.HeldBack(logger, route.Description, bucketWait.TotalSeconds);
                return new DiscordRestFailure.RateLimited(bucketWait, Global: false, Scope: "bucket");
            }

            Log.WaitingForBucket(logger, route.Description, bucketWait.TotalSeconds);
            await Waits.WaitAsync(bucketWait, WaitReason.RateLimitBucket, cancellationToken);
        }

        if (!route.BoundByGlobalLimit)
        {
            return null;
        }

        var globalWait = _limits.GlobalPauseRemaining(time.GetUtcNow());
        if (globalWait > TimeSpan.Zero)
        {
            if (globalWait > options.MaxRateLimitWait)
            {
                Log.HeldBack(logger, route.Description, globalWait.TotalSeconds);
                return new DiscordRestFailure.RateLimited(globalWait, Global: true, Scope: "global");
            }

            Log.WaitingForGlobal(logger, route.Description, globalWait.TotalSeconds);
            await Waits.WaitAsync(globalWait, WaitReason.RateLimitGlobal, cancellationToken);
        }

        await _limits.AcquirePerSecondAsync(cancellationToken);
        return null;
    }

    private async Task<(HttpResponseMessage? Response, DiscordRestFailure? Failure)> SendOnceAsync(
        DiscordRoute route, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", DiscordRestClient.UserAgent);
        if (route.UsesBotToken)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + options.Token);
        }

        request.Content = body?.Invoke();
        using var timeout = new CancellationTokenSource(options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
            return (response, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TimedOut(logger, route.Description, options.RequestTimeout.TotalSeconds);
            return (null, new DiscordRestFailure.Transient($"no response within {options.RequestTimeout.TotalSeconds:0.###} s", null));
        }
        catch (HttpRequestException ex)
        {
            var reason = SecretScrubber.Scrub(ex.Message, options.Token, route.Secret);
            Log.NetworkError(logger, route.Description, reason);
            return (null, new DiscordRestFailure.Transient($"network error: {reason}", null));
        }
    }

    private DiscordRestFailure Classify(DiscordRoute route, int status, DiscordErrorBody? error)
    {
        var code = error?.Code ?? 0;
        var message = error?.Message ?? $"HTTP {status}";
        switch (status)
        {
            case 401:
                if (route.UsesBotToken && !_tokenRejected)
                {
                    _tokenRejected = true;
                    Log.TokenRejected(logger, route.Description);
                }
                else
                {
                    Log.Refused(logger, route.Description, status, code, message);
                }

                return new DiscordRestFailure.Unauthorized(message);
            case 403 or 404 when DiscordErrorCodes.MeansChannelUnavailable(code):
                Log.ChannelUnavailable(logger, route.Description, status, code, message);
                return new DiscordRestFailure.Unavailable(status, code, message);
            case 403:
                Log.Refused(logger, route.Description, status, code, message);
                return new DiscordRestFailure.Forbidden(code, message);
            case 404:
                Log.Refused(logger, route.Description, status, code, message);
                return new DiscordRestFailure.NotFound(code, message);
            case >= 500:
                Log.ServerError(logger, route.Description, status);
                return new DiscordRestFailure.Transient($"HTTP {status}", status);
            default:
                var fieldErrors = FieldErrorFlattener.Flatten(error?.Errors);
                Log.Rejected(logger, route.Description, status, code, message, string.Join("; ", fieldErrors));
                return new DiscordRestFailure.Rejected(status, code, message, fieldErrors);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Discord answered {Route} with {StatusCode}")]
        public static partial void Answered(ILogger logger, string route, int statusCode);

        [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Waiting {Seconds:0.###} s for the rate-limit bucket of {Route}")]
        public static partial void WaitingForBucket(ILogger logger, string route, double seconds);

        [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Waiting {Seconds:0.###} s for Discord's global rate limit before {Route}")]
        public static partial void WaitingForGlobal(ILogger logger, string route, double seconds);

        [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Not sending {Route}: rate limited for another {Seconds:0.###} s; returned to the caller")]
        public static partial void HeldBack(ILogger logger, string route, double seconds);

        [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (429, retry after {Seconds:0.###} s, global {Global}, scope {Scope}); waiting, then sending again")]
        public static partial void RateLimitedWaiting(ILogger logger, string route, double seconds, bool global, string scope);

        [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (429, retry after {Seconds:0.###} s, global {Global}, scope {Scope}); returned to the caller")]
        public static partial void RateLimitedReturned(ILogger logger, string route, double seconds, bool global, string scope);

        [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Discord did not answer {Route} within {Seconds:0.###} s")]
        public static partial void TimedOut(ILogger logger, string route, double seconds);

        [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "Could not reach Discord for {Route}: {Reason}")]
        public static partial void NetworkError(ILogger logger, string route, string reason);

        [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Discord failed {Route} with {StatusCode}; the caller may try again later")]
        public static partial void ServerError(ILogger logger, string route, int statusCode);

        [LoggerMessage(EventId = 109, Level = LogLevel.Error, Message = "Discord rejected the bot token (401 on {Route}): check Discord__Token; requests that need the token are no longer sent")]
        public static partial void TokenRejected(ILogger logger, string route);

        [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Discord cannot use the channel for {Route}: {StatusCode} {Code} {Message}")]
        public static partial void ChannelUnavailable(ILogger logger, string route, int statusCode, int code, string message);

        [LoggerMessage(EventId = 111, Level = LogLevel.Warning, Message = "Discord refused {Route}: {StatusCode} {Code} {Message}")]
        public static partial void Refused(ILogger logger, string route, int statusCode, int code, string message);

        [LoggerMessage(EventId = 112, Level = LogLevel.Error, Message = "Discord rejected {Route} as invalid: {StatusCode} {Code} {Message} {FieldErrors}")]
        public static partial void Rejected(ILogger logger, string route, int statusCode, int code, string message, string fieldErrors);
    }
}
