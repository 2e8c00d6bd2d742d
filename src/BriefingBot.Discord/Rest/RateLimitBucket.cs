namespace BriefingBot.Discord.Rest;

/// <summary>
/// What is known of one rate-limit bucket for one top-level resource: how many calls remain and when it resets.
/// <see cref="Gate"/> lets one call at a time through, so the state a call reads is the one the previous call left.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _limit;
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset LastUsed { get; set; }

    public int? Limit
    {
        get
        {
            lock (_lock)
            {
                return _limit;
            }
        }
    }

    /// <summary>How long until a call may be sent; zero when it may go now.</summary>
    public TimeSpan TimeUntilAvailable(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _remaining is 0 && now < _resetAt ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Takes in the headers of a response.</summary>
    public void Update(int? limit, int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            _limit = limit ?? _limit;
            if (remaining is { } left)
            {
                _remaining = left;
            }

            if (resetAfter is { } after)
            {
                _resetAt = now + after;
            }
        }
    }

    /// <summary>A 429 for this bucket: nothing may go until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            _remaining = 0;
            var until = now + retryAfter;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }

    /// <summary>True when nobody is using the bucket and its limit has long reset.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idleFor)
    {
        lock (_lock)
        {
            return Gate.CurrentCount == 1 && now - LastUsed > idleFor && now > _resetAt;
        }
    }
}
