using BriefingBot.Core.Chat;
using BriefingBot.Core.Reminders;

namespace BriefingBot.Core.Ports;

/// <summary>Durable reminder subscriptions, one per (conversation, topic); a null topic means every topic.</summary>
public interface ISubscriptionStore
{
    /// <summary>Creates the subscription or replaces its settings (and re-enables it) if the conversation already has one for the topic.</summary>
    Task<Subscription> SaveAsync(ConversationRef conversation, SubscriptionRequest request, string? topicId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's subscription for the topic, or all of them when <paramref name="allTopics"/> is set. Returns how many.</summary>
    Task<int> RemoveAsync(ConversationRef conversation, string? topicId, bool allTopics, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAsync(ConversationRef conversation, CancellationToken cancellationToken);

    Task<IReadOnlyList<Subscription>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>A number that changes whenever any subscription is saved, removed or turned off, by any process.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A chat moved to a new id (a Telegram group upgraded to a supergroup): its subscriptions, in every thread, and
    /// their deliveries follow it. Where the new chat already has a subscription for the same topic, that one is kept.
    /// Returns how many subscriptions now belong to the new chat because of the move.
    /// </summary>
    Task<int> MoveConversationAsync(ConversationRef from, ConversationRef to, CancellationToken cancellationToken);

    /// <summary>Turns off every subscription of a chat (all its threads) the bot can no longer post to, keeping why.</summary>
    Task<int> DisableAsync(ConversationRef conversation, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Turns off one subscription, keeping why.</summary>
    Task DisableAsync(long subscriptionId, string reason, DateTimeOffset now, CancellationToken cancellationToken);
}
