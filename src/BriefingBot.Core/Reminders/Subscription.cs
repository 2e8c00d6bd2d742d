using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Reminders;

/// <summary>
/// A conversation's wish to be reminded of dated items: which topic (null for all), how long before
/// (lead times such as 7 days, 1 day, 0 days), and at which local hour in which IANA time zone.
/// </summary>
public sealed record Subscription(
    long Id,
    ConversationRef Conversation,
    string? TopicId,
    IReadOnlyList<TimeSpan> LeadTimes,
    string TimeZoneId,
    TimeOnly LocalTime,
    DateTimeOffset CreatedAt,
    bool Enabled = true,
    string? DisabledReason = null)
{
    public static readonly IReadOnlyList<TimeSpan> DefaultLeadTimes = [TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.Zero];
    public const string DefaultTimeZoneId = "UTC";
    public static readonly TimeOnly DefaultLocalTime = new(9, 0);
}
