using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using BriefingBot.Discord.Timing;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Rate-limit state for all routes: buckets keyed by the X-RateLimit-Bucket hash (or, until a response names it, the
/// route) plus the major parameter; the pause after a global 429; and a client-side cap on requests per second for
/// routes bound by the global limit.
/// </summary>
/// <remarks>
/// The cap is a <see cref="ClockedSlidingWindowRateLimiter"/> (a System.Threading.RateLimiting <see cref="RateLimiter"/>
/// on the injected clock): no window of one second ever sees more than the limit.
/// </remarks>
internal sealed class RestRateLimiter : IDisposable
{
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly RateLimiter _perSecond;
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalPausedUntil;
    private DateTimeOffset _lastPrune;

    public RestRateLimiter(TimeProvider time, int requestsPerSecond)
    {
        _time = time;
        _lastPrune = time.GetUtcNow();
        _perSecond = new ClockedSlidingWindowRateLimiter(requestsPerSecond, TimeSpan.FromSeconds(1), time);
    }

    /// <summary>The bucket a call on <paramref name="route"/> uses now.</summary>
    public RateLimitBucket BucketFor(DiscordRoute route)
    {
        var now = _time.GetUtcNow();
        PruneIfDue(now);
        var bucket = _buckets.GetOrAdd(KeyFor(route), static _ => new RateLimitBucket());
        bucket.LastUsed = now;
        return bucket;
    }

    /// <summary>Takes in a response's headers: learns the route's bucket hash and updates that bucket.</summary>
    public RateLimitBucket Learn(DiscordRoute route, RateLimitHeaders headers, DateTimeOffset now)
    {
        if (!string.IsNullOrEmpty(headers.Bucket))
        {
            _hashByRoute[route.RouteKey] = headers.Bucket;
        }

        var bucket = BucketFor(route);
        bucket.Update(headers.Limit, headers.Remaining, headers.ResetAfter, now);
        return bucket;
    }

    /// <summary>How long every route bound by the global limit must still wait after a global 429.</summary>
    public TimeSpan GlobalPauseRemaining(DateTimeOffset now)
    {
        lock (_globalLock)
        {
            return now < _globalPausedUntil ? _globalPausedUntil - now : TimeSpan.Zero;
        }
    }

    public void PauseGlobal(TimeSpan retryAfter, DateTimeOffset now)
    {
        lock (_globalLock)
        {
            var until = now + retryAfter;
            if (until > _globalPausedUntil)
            {
                _globalPausedUntil = until;
            }
        }
    }

    /// <summary>Waits for a slot under the requests-per-second cap.</summary>
    public async ValueTask AcquirePerSecondAsync(CancellationToken cancellationToken)
    {
        using var lease = await _perSecond.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw new ObjectDisposedException(nameof(RestRateLimiter), "The REST client was disposed while a request waited for the per-second limit.");
        }
    }

    public void Dispose()
    {
        _perSecond.Dispose();
    }

    private string KeyFor(DiscordRoute route) =>
        (_hashByRoute.TryGetValue(route.RouteKey, out var hash) ? "hash:" + hash : "route:" + route.RouteKey) + "|" + route.MajorKey;

    // Buckets for interaction tokens are used for minutes at most; drop idle ones so they do not pile up.
    private void PruneIfDue(DateTimeOffset now)
    {
        if (now - _lastPrune < IdleBucketLifetime)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now, IdleBucketLifetime))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }
}
