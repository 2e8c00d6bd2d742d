using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Rate limits as Discord applies them: a window per bucket and top-level resource, answered with X-RateLimit-*
/// headers, and a global limit per second for every route but the interaction endpoints. Going over either gets a 429.
/// </summary>
internal sealed class FakeRateLimits(TimeProvider time, int globalPerSecond)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeRouteLimit> _limits = Defaults();
    private readonly Dictionary<string, (int Count, DateTimeOffset ResetAt)> _windows = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _globalRecent = new();
    private DateTimeOffset _globalPausedUntil;

    public void Set(string route, FakeRouteLimit limit)
    {
        lock (_lock)
        {
            _limits[route] = limit;
        }
    }

    public FakeRouteLimit LimitOf(string route)
    {
        lock (_lock)
        {
            return _limits[route];
        }
    }

    /// <summary>Counts a request; null when it may go (with the headers to send), else the 429 to answer.</summary>
    public FakeReply? Check(string route, string major, Dictionary<string, string> headers)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!FakeRoutes.IsInteractionEndpoint(route))
            {
                if (now < _globalPausedUntil)
                {
                    return GlobalLimited(_globalPausedUntil - now);
                }

                while (_globalRecent.Count > 0 && now - _globalRecent.Peek() >= TimeSpan.FromSeconds(1))
                {
                    _globalRecent.Dequeue();
                }

                if (_globalRecent.Count >= globalPerSecond)
                {
                    return GlobalLimited(_globalRecent.Peek() + TimeSpan.FromSeconds(1) - now);
                }

                _globalRecent.Enqueue(now);
            }

            var limit = _limits[route];
            var key = limit.Bucket + "|" + major;
            (int Count, DateTimeOffset ResetAt) window = _windows.TryGetValue(key, out var w) && now < w.ResetAt ? w : (0, now + limit.Window);
            if (window.Count >= limit.Limit)
            {
                AddHeaders(headers, limit, 0, window.ResetAt, now);
                return RouteLimited(headers, window.ResetAt - now, "user");
            }

            window.Count++;
            _windows[key] = window;
            AddHeaders(headers, limit, limit.Limit - window.Count, window.ResetAt, now);
            return null;
        }
    }

    /// <summary>An injected route 429: the bucket stays exhausted for <paramref name="retryAfter"/>.</summary>
    public FakeReply ForceRouteLimit(string route, string major, TimeSpan retryAfter, string scope)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var limit = _limits[route];
            var key = limit.Bucket + "|" + major;
            var resetAt = now + retryAfter;
            if (_windows.TryGetValue(key, out var w) && w.ResetAt > resetAt)
            {
                resetAt = w.ResetAt;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (scope == "shared")
            {
                // A per-resource limit: the bucket's own count is untouched (Discord's example shows Remaining 9).
                AddHeaders(headers, limit, Math.Max(0, limit.Limit - (w.Count > 0 ? w.Count : 1)), now + limit.Window, now);
                return RouteLimited(headers, retryAfter, scope);
            }

            _windows[key] = (limit.Limit, resetAt);
            AddHeaders(headers, limit, 0, resetAt, now);
            return RouteLimited(headers, retryAfter, scope);
        }
    }

    /// <summary>An injected global 429: every route bound by the global limit gets 429 for <paramref name="retryAfter"/>.</summary>
    public FakeReply ForceGlobalLimit(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _globalPausedUntil)
            {
                _globalPausedUntil = until;
            }

            return GlobalLimited(retryAfter);
        }
    }

    private static FakeReply RouteLimited(Dictionary<string, string> headers, TimeSpan retryAfter, string scope)
    {
        headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = scope;
        var message = scope == "shared" ? "The resource is being rate limited." : "You are being rate limited.";
        return new FakeReply(429, new JsonObject { ["message"] = message, ["retry_after"] = Seconds(retryAfter), ["global"] = false }, headers);
    }

    private static FakeReply GlobalLimited(TimeSpan retryAfter)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Global"] = "true",
            ["X-RateLimit-Scope"] = "global",
        };
        return new FakeReply(429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = Seconds(retryAfter), ["global"] = true }, headers);
    }

    private static void AddHeaders(Dictionary<string, string> headers, FakeRouteLimit limit, int remaining, DateTimeOffset resetAt, DateTimeOffset now)
    {
        headers["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Seconds(resetAt - now).ToString("0.###", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = limit.Bucket;
    }

    private static double Seconds(TimeSpan span) => Math.Round(Math.Max(0, span.TotalSeconds), 3);

    private static Dictionary<string, FakeRouteLimit> Defaults()
    {
        var limits = new Dictionary<string, FakeRouteLimit>(StringComparer.Ordinal);
        foreach (var route in FakeRoutes.All)
        {
            limits[route] = new FakeRouteLimit(10, TimeSpan.FromSeconds(10), BucketHash(route));
        }

        limits[FakeRoutes.CreateMessage] = new FakeRouteLimit(5, TimeSpan.FromSeconds(5), BucketHash(FakeRoutes.CreateMessage));
        limits[FakeRoutes.GetGatewayBot] = new FakeRouteLimit(50, TimeSpan.FromSeconds(5), BucketHash(FakeRoutes.GetGatewayBot));
        return limits;
    }

    /// <summary>An opaque 32-hex-digit hash like Discord's, stable per route.</summary>
    public static string BucketHash(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 16));
}
