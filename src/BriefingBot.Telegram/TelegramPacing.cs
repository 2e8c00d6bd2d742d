using System.Threading.RateLimiting;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram;

/// <summary>
/// Telegram's broadcast limits as one chained limiter: about 30 messages a second overall, one a second in any one
/// chat, and 20 a minute in a group (negative chat ids are groups, supergroups and channels). Sends wait in the queues;
/// only a queue overflow is reported as rate limited.
/// </summary>
public static class TelegramPacing
{
    public const int PerSecondOverall = 30;
    public const int PerMinutePerGroup = 20;
    private const int QueueLimit = 10_000;

    public static OutboundPacing Create() => new(ChatPlatformKind.Telegram, CreateLimiter);

    public static PartitionedRateLimiter<ConversationRef> CreateLimiter() => PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<ConversationRef, string>(_ => RateLimitPartition.GetTokenBucketLimiter("all", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = PerSecondOverall,
            TokensPerPeriod = PerSecondOverall,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = QueueLimit,
        })),
        PartitionedRateLimiter.Create<ConversationRef, string>(chat => RateLimitPartition.GetTokenBucketLimiter(chat.ChatId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = QueueLimit,
        })),
        PartitionedRateLimiter.Create<ConversationRef, string>(chat => chat.ChatId.StartsWith('-')
            ? RateLimitPartition.GetSlidingWindowLimiter(chat.ChatId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = PerMinutePerGroup,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = QueueLimit,
            })
            : RateLimitPartition.GetNoLimiter(chat.ChatId)));
}
