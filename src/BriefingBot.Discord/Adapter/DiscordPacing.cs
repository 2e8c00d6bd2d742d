using System.Threading.RateLimiting;
using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// Pacing of posts to Discord channels: at most 5 messages per 5 seconds per channel (the channel message bucket
/// Discord documents), queued rather than refused. The REST client also keeps the per-route buckets Discord announces
/// and the global 50 requests a second.
/// </summary>
public static class DiscordPacing
{
    public const int PerChannel = 5;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    public static OutboundPacing Create() => new(ChatPlatformKind.Discord, CreateLimiter);

    public static PartitionedRateLimiter<ConversationRef> CreateLimiter() =>
        PartitionedRateLimiter.Create<ConversationRef, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat.ThreadId ?? chat.ChatId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = PerChannel,
            TokensPerPeriod = PerChannel,
            ReplenishmentPeriod = Window,
            QueueLimit = 10_000,
        }));
}
