namespace BriefingBot.Discord.Timing;

/// <summary>Why the clients pause; tests use it to tell one wait from another.</summary>
internal enum WaitReason
{
    /// <summary>A route's bucket is exhausted until its reset.</summary>
    RateLimitBucket,

    /// <summary>A global 429 paused every route bound by the global limit.</summary>
    RateLimitGlobal,

    /// <summary>A 429 short enough to wait out before sending again.</summary>
    RateLimitRetry,

    /// <summary>The first heartbeat after Hello (interval times a random fraction).</summary>
    FirstHeartbeat,

    /// <summary>The heartbeat interval.</summary>
    Heartbeat,

    /// <summary>Back-off before reconnecting after a failed connection.</summary>
    Reconnect,

    /// <summary>The random 1-5 s pause after an Invalid Session (op 9).</summary>
    InvalidSession,

    /// <summary>Identify is limited to one per 5 s and by session_start_limit.</summary>
    IdentifyPacing,

    /// <summary>Gateway sends are limited to 120 per 60 s per connection.</summary>
    GatewaySendPacing,

    /// <summary>Back-off after GET /gateway/bot failed.</summary>
    GatewayUrl,
}
