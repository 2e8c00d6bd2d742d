namespace BriefingBot.Testing.Discord;

/// <summary>Who the fake bot is, the fake's clock and its limits.</summary>
public sealed record FakeDiscordServerOptions
{
    /// <summary>The one valid bot token.</summary>
    public string Token { get; init; } = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE0.fake-bot-token-for-tests-only_0123456789";

    public ulong ApplicationId { get; init; } = 1100000000000000001;

    public string ApplicationName { get; init; } = "BriefingBot";

    /// <summary>The bot user's id; the application id if null (as for most bots).</summary>
    public ulong? BotUserId { get; init; }

    public string BotUsername { get; init; } = "BriefingBot";

    /// <summary>Drives rate-limit windows, slow faults, deadlines and timestamps; share a manual clock with the client under test.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>What Hello announces.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromMilliseconds(41250);

    /// <summary>Requests per second across routes bound by the global limit.</summary>
    public int GlobalRequestsPerSecond { get; init; } = 50;

    /// <summary>How long an enforced nonce stays unique ("a few minutes" per Discord).</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Refuse interaction responses after 3 s and follow-ups after 15 minutes, as Discord does.</summary>
    public bool EnforceInteractionDeadlines { get; init; } = true;

    /// <summary>session_start_limit as GET /gateway/bot reports it; each Identify uses one.</summary>
    public int SessionStartTotal { get; init; } = 1000;

    public int SessionStartRemaining { get; init; } = 1000;
}
