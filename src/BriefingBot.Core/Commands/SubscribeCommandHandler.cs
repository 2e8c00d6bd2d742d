using System.Globalization;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;
using NodaTime;

namespace BriefingBot.Core.Commands;

/// <summary>
/// /subscribe [topic|all] [lead times] [time zone] [hour]: reminds this chat before dated items fall due.
/// Subscribing again to the same topic replaces its settings. The catalogue marks it admin-only, so the
/// dispatcher refuses members before it gets here.
/// </summary>
public sealed class SubscribeCommandHandler(
    ISubscriptionStore subscriptions, DatedItemPresenter presenter, ReminderChangeSignal changes) : ICommandHandler
{
    public const int PreviewCount = 3;

    public string Name => CommandCatalogue.Subscribe.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var topicText = command.Options.Text("topic");
        var request = new SubscriptionRequest(
            topicText,
            command.Options.LeadTimes("lead_times") ?? Subscription.DefaultLeadTimes,
            command.Options.TimeZone("time_zone") ?? Subscription.DefaultTimeZoneId,
            command.Options.TimeOfDay("hour") ?? Subscription.DefaultLocalTime);

        var topic = await presenter.ReadTopicAsync(CommandCatalogue.Subscribe, topicText, cancellationToken);
        if (topic.Problem is not null)
        {
            return topic.Problem;
        }

        var subscription = await subscriptions.SaveAsync(command.Conversation, request, topic.Topic?.Id, command.ReceivedAt, cancellationToken);
        changes.Notify();

        var items = DatedItemPresenter.About(await presenter.AllEventsAsync(cancellationToken), topic.Topic).Select(e => e.AsItem()).ToArray();
        var planner = ReminderPlanner.Create([subscription], items);
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var zone = TimeZoneIds.Resolve(subscription.TimeZoneId);
        var next = planner.DueBetween(command.ReceivedAt, command.ReceivedAt.AddYears(10))
            .Take(PreviewCount)
            .Select(r => new ReplyEntry(
                $"{Instant.FromDateTimeOffset(r.DueAt).InZone(zone).ToString("MMM d, yyyy HH:mm", CultureInfo.InvariantCulture)}: "
                    + $"{byKey[r.ItemKey].Label} ({byKey[r.ItemKey].When.ToDisplayString()}, {LeadTimeFormatter.Describe(r.LeadTime)})"))
            .ToList();

        var subject = topic.Topic?.Name ?? "all topics";
        return new Reply
        {
            Command = Name,
            Heading = "Subscribed.",
            Paragraphs =
            [
                $"This chat will be reminded of dated items about {subject}: "
                    + $"{string.Join(", ", subscription.LeadTimes.Select(LeadTimeFormatter.Describe))}, "
                    + $"at {subscription.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({subscription.TimeZoneId}).",
                next.Count > 0 ? "Next reminders:" : "No dated item on this topic is coming up yet; I will remind you when one is.",
            ],
            Entries = next,
            Actions = [new ReplyAction("Stop these reminders", CommandInvocations.Of(CommandCatalogue.Unsubscribe, ("topic", topic.Topic?.Name ?? "all")))],
        };
    }
}
