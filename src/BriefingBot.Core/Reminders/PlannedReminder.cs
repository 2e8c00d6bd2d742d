using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Reminders;

/// <summary>One reminder to send: this subscription, about this item, this long before it, at this instant (UTC offset).</summary>
public sealed record PlannedReminder(
    long SubscriptionId,
    ConversationRef Conversation,
    string ItemKey,
    TimeSpan LeadTime,
    DateTimeOffset DueAt);
