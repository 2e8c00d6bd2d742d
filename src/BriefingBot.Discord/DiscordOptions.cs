namespace BriefingBot.Discord;

/// <summary>How the bot talks to Discord (<c>Discord:*</c>; environment variables <c>Discord__Token</c> and so on).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token from the Developer Portal (Bot &gt; Token), without the "Bot " prefix. Never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The REST base URL including the version; change it only to go through a proxy or a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>How long one HTTP request may take before it is given up as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A rate limit that clears within this time is waited out; a longer one is returned to the caller.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times one call is sent again after a 429 whose wait was short enough.</summary>
    public int MaxRateLimitRetries { get; set; } = 2;

    /// <summary>Requests per second across all routes except the interaction endpoints (Discord's global limit is 50).</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>The first reconnect delay after a failed gateway connection; it doubles per failure up to <see cref="ReconnectDelayMax"/>.</summary>
    public TimeSpan ReconnectDelayMin { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reconnect delay.</summary>
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a new gateway connection may take to open and say Hello.</summary>
    public TimeSpan GatewayConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gateway dispatches held for the consumer; when it falls this far behind, new ones are dropped and logged.</summary>
    public int DispatchQueueCapacity { get; set; } = 256;

    /// <summary>
    /// A server (guild) id to register the slash commands in, where they appear at once (for trying the bot out); without
    /// it they are registered globally, which Discord may take up to an hour to show everywhere.
    /// </summary>
    public ulong? GuildId { get; set; }

    /// <summary>
    /// A command whose reply is not ready this long after the interaction arrived (measured on a monotonic clock from
    /// local receipt) is deferred ("thinking…") and its reply edited in later, well inside Discord's 3 seconds.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Whether a token is set at all: without one the Discord adapter does not start.</summary>
    public static bool IsConfigured(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(Token)}"]);
}
