namespace BriefingBot.Discord.Gateway;

/// <summary>What each gateway close code means for the client (developers/topics/opcodes-and-status-codes#gateway-close-event-codes).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by the client when it means to resume: any code but 1000/1001 keeps the session alive.</summary>
    public const int ClosingToResume = 4000;

    /// <summary>Sent by the client when it stops for good; ends the session.</summary>
    public const int NormalClosure = 1000;

    /// <summary>True for the codes after which reconnecting cannot help, with the cause and one line saying what to fix.</summary>
    public static bool IsFatal(int code, out GatewayFatalCause cause, out string explanation)
    {
        (cause, explanation) = code switch
        {
            4004 => (GatewayFatalCause.TokenRejected,
                "Discord rejected the bot token (4004, authentication failed): check Discord__Token, and reset the token in the Developer Portal (Bot > Reset Token) if it changed or leaked"),
            4010 => (GatewayFatalCause.InvalidShard,
                "Discord refused the shard (4010, invalid shard): BriefingBot connects unsharded, so this is a bug to report"),
            4011 => (GatewayFatalCause.ShardingRequired,
                "Discord requires sharding (4011): the bot is in more servers than one connection may serve (2,500), and BriefingBot does not shard"),
            4012 => (GatewayFatalCause.InvalidApiVersion,
                "Discord refused gateway version 10 (4012, invalid API version): update BriefingBot"),
            4013 => (GatewayFatalCause.InvalidIntents,
                "Discord refused the intents (4013, invalid intents): BriefingBot sent an unknown intent, a bug to report"),
            4014 => (GatewayFatalCause.DisallowedIntents,
                "Discord refused a privileged intent (4014, disallowed intents): enable it in the Developer Portal (Bot > Privileged Gateway Intents) or stop asking for it"),
            _ => ((GatewayFatalCause)(-1), ""),
        };
        return explanation.Length > 0;
    }

    /// <summary>Codes after which the session cannot be resumed: 4003 not authenticated, 4007 invalid seq, 4009 session timed out.</summary>
    public static bool EndsSession(int code) => code is 4003 or 4007 or 4009;
}
