using System.Threading.RateLimiting;

namespace BriefingBot.Core.Chat;

/// <summary>
/// The limits a platform adapter sets on its outbound posts (Telegram: about one message per second per chat and 30
/// per second overall; Discord: its buckets). The host puts every post to that platform, replies and reminders alike,
/// through a limiter made by <see cref="CreateLimiter"/>, so the scheduler's fan-out cannot outrun the platform.
/// </summary>
public sealed record OutboundPacing(ChatPlatformKind Platform, Func<PartitionedRateLimiter<ConversationRef>> CreateLimiter);
