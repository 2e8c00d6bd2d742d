using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/unsubscribe [topic|all]: stops reminders for one topic, or (by default) all of this chat's. Admin-only in the catalogue.</summary>
public sealed class UnsubscribeCommandHandler(
    ISubscriptionStore subscriptions, DatedItemPresenter presenter, ReminderChangeSignal changes) : ICommandHandler
{
    public string Name => CommandCatalogue.Unsubscribe.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var topicText = command.Options.Text("topic");
        var all = topicText is null;
        var topic = await presenter.ReadTopicAsync(CommandCatalogue.Unsubscribe, topicText, cancellationToken);
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
