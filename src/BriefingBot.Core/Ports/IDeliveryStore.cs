using BriefingBot.Core.Chat;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Ports;

/// <summary>Where a reminder delivery stands. See the README's "Reminder delivery" section for what each promises.</summary>
public enum DeliveryState
{
    /// <summary>Claimed for sending; no send has been attempted yet.</summary>
    Claimed,

    /// <summary>A send is in flight. Found like this after a restart, it becomes <see cref="Unconfirmed"/>.</summary>
    Sending,

    /// <summary>Posted; the platform's message id is kept.</summary>
    Sent,

    /// <summary>A transient failure; tried again at the recorded time.</summary>
    Retrying,

    /// <summary>Failed for good (the chat is gone, or retries ran out).</summary>
    Failed,

    /// <summary>Fell due while the bot was down, longer ago than the catch-up window; counted in one summary message.</summary>
    Missed,

    /// <summary>The bot stopped during the send, so it cannot know whether the post arrived; it is not posted again.</summary>
    Unconfirmed,
}

/// <summary>A delivery: one reminder (subscription, item, lead time) and its state.</summary>
public sealed record Delivery(
    long SubscriptionId,
    ConversationRef Conversation,
    string ItemKey,
    TimeSpan LeadTime,
    DateTimeOffset DueAt,
    DeliveryState State,
    bool Late,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? MessageId,
    string? LastError);

/// <summary>
/// The delivery records that make each reminder post once: a row per (subscription, item, lead time), claimed in a
/// transaction before sending and marked sent, with the platform's message id, after.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>
    /// Records the reminder as claimed; false when a record for it already exists (it was handled before) or its
    /// subscription has been removed or turned off since the plan was made.
    /// </summary>
    Task<bool> TryClaimAsync(PlannedReminder reminder, bool late, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records reminders as missed (those without a record yet); returns the ones newly recorded.</summary>
    Task<IReadOnlyList<PlannedReminder>> RecordMissedAsync(IReadOnlyList<PlannedReminder> reminders, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Claimed deliveries, and retries whose time has come.</summary>
    Task<IReadOnlyList<Delivery>> GetReadyAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The earliest time a waiting retry is due, if any.</summary>
    Task<DateTimeOffset?> GetNextRetryAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Moves the delivery from claimed (or a retry that is due) to sending, only if it is still in the state it was
    /// read in: false when another scheduler on the same database took it first, which then posts it instead.
    /// </summary>
    Task<bool> TryMarkSendingAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkSentAsync(Delivery delivery, string messageId, DateTimeOffset now, CancellationToken cancellationToken);

    Task MarkRetryAsync(Delivery delivery, string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken);

    Task MarkFailedAsync(Delivery delivery, string error, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A claimed or retrying reminder that is now older than the catch-up window: recorded as missed, not posted.</summary>
    Task MarkMissedAsync(Delivery delivery, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>After a restart: sends that were in flight become <see cref="DeliveryState.Unconfirmed"/>. Returns how many.</summary>
    Task<int> MarkInterruptedSendsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The instant up to which every due reminder has been claimed or recorded; null before the first run.</summary>
    Task<DateTimeOffset?> GetCheckpointAsync(CancellationToken cancellationToken);

    Task SetCheckpointAsync(DateTimeOffset checkpoint, CancellationToken cancellationToken);

    Task<IReadOnlyList<Delivery>> ListAsync(CancellationToken cancellationToken);
}
