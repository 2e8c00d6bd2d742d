namespace BriefingBot.Discord.Gateway;

/// <summary>Why the gateway client stopped for good: retrying would not help.</summary>
public enum GatewayFatalCause
{
    /// <summary>Close code 4004, or 401 on GET /gateway/bot: the bot token is wrong or was reset.</summary>
    TokenRejected,

    /// <summary>4010.</summary>
    InvalidShard,

    /// <summary>4011: too many servers for one connection.</summary>
    ShardingRequired,

    /// <summary>4012.</summary>
    InvalidApiVersion,

    /// <summary>4013.</summary>
    InvalidIntents,

    /// <summary>4014: a privileged intent is not enabled in the Developer Portal.</summary>
    DisallowedIntents,
}
