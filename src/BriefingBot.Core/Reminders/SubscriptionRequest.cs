namespace BriefingBot.Core.Reminders;

/// <summary>
/// What a chat asked for when subscribing, before the topic text is matched to a topic:
/// <see cref="TopicText"/> is null for all topics; lead times are distinct and sorted longest first.
/// </summary>
public sealed record SubscriptionRequest(
    string? TopicText,
    IReadOnlyList<TimeSpan> LeadTimes,
    string TimeZoneId,
    TimeOnly LocalTime)
{
    /// <summary>All topics, 7d,1d,0d, UTC, 09:00.</summary>
    public static SubscriptionRequest Default { get; } =
        new(null, Subscription.DefaultLeadTimes, Subscription.DefaultTimeZoneId, Subscription.DefaultLocalTime);
}
