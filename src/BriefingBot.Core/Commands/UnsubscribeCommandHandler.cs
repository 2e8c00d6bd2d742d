using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/unsubscribe [topic|all]: stops reminders for one topic, or (by default) all of this chat's.</summary>
public sealed class UnsubscribeCommandHandler(
    ISubscriptionStore subscriptions, DatedItemPresenter presenter, ReminderChangeSignal changes) : ICommandHandler
{
    public string Name => CommandCatalogue.Unsubscribe.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!command.SenderCanManage)
        {
            return SubscriptionReplies.AdminsOnly(Name);
        }

        var all = command.Arguments.Length == 0 || string.Equals(command.Arguments, "all", StringComparison.OrdinalIgnoreCase);
        var topic = all ? new TopicArgument(null, null) : await presenter.ReadTopicAsync(Name, command.Arguments, cancellationToken);
        if (topic.Problem is not null)
        {
            return topic.Problem;
        }

        var removed = await subscriptions.RemoveAsync(command.Conversation, topic.Topic?.Id, all, cancellationToken);
        if (removed == 0)
        {
            return Reply.Problem(Name, all
                ? "This chat has no reminders to stop."
                : $"This chat has no reminders for {topic.Topic!.Name}. Send /subscriptions to see what it has.");
        }

        changes.Notify();
        return new Reply
        {
            Command = Name,
            Heading = all
                ? $"Stopped all reminders for this chat ({removed} {(removed == 1 ? "subscription" : "subscriptions")})."
                : $"Stopped the reminders for {topic.Topic!.Name}.",
        };
    }
}
