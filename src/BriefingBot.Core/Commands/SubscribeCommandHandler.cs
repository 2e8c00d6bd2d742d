using System.Globalization;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;
using NodaTime;

namespace BriefingBot.Core.Commands;

/// <summary>
/// /subscribe [topic|all] [lead times] [time zone] [hour]: reminds this chat before dated items fall due.
/// Subscribing again to the same topic replaces its settings. Only those who may manage the chat can do it.
/// </summary>
public sealed class SubscribeCommandHandler(
    ISubscriptionStore subscriptions, DatedItemPresenter presenter, ReminderChangeSignal changes) : ICommandHandler
{
    public const int PreviewCount = 3;

    public string Name => CommandCatalogue.Subscribe.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        if (!command.SenderCanManage)
        {
            return SubscriptionReplies.AdminsOnly(Name);
        }

        if (!SubscriptionArgumentsParser.TryParse(command.Arguments, out var request, out var error))
        {
            return Reply.Problem(Name, error + $" Usage: {CommandCatalogue.Subscribe.Usage}");
        }

        var topic = await presenter.ReadTopicAsync(Name, request.TopicText ?? string.Empty, cancellationToken);
        if (topic.Problem is not null)
        {
            return topic.Problem;
        }

        var subscription = await subscriptions.SaveAsync(command.Conversation, request, topic.Topic?.Id, command.ReceivedAt, cancellationToken);
        changes.Notify();

        var items = DatedItemPresenter.About(await presenter.AllItemsAsync(cancellationToken), topic.Topic);
        var planner = ReminderPlanner.Create([subscription], items);
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var zone = TimeZoneIds.Resolve(subscription.TimeZoneId);
        var next = planner.DueBetween(command.ReceivedAt, command.ReceivedAt.AddYears(10))
            .Take(PreviewCount)
            .Select(r => $"\u2022 {Instant.FromDateTimeOffset(r.DueAt).InZone(zone).ToString("MMM d, yyyy HH:mm", CultureInfo.InvariantCulture)}: "
                + $"{byKey[r.ItemKey].Label} ({byKey[r.ItemKey].When.ToDisplayString()}, {LeadTimeFormatter.Describe(r.LeadTime)})")
            .ToList();

        var lines = new List<string>
        {
            $"This chat will be reminded of dated items about {topic.Topic?.Name ?? "all topics"}: "
                + $"{string.Join(", ", subscription.LeadTimes.Select(LeadTimeFormatter.Describe))}, "
                + $"at {subscription.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} ({subscription.TimeZoneId}).",
        };
        if (next.Count > 0)
        {
            lines.Add("Next reminders:");
            lines.AddRange(next);
        }
        else
        {
            lines.Add("No dated item on this topic is coming up yet; I will remind you when one is.");
        }

        return new Reply
        {
            Command = Name,
            Heading = "Subscribed.",
            Lines = lines,
            Footer = $"/unsubscribe {(topic.Topic is null ? "all" : topic.Topic.Name)} stops them.",
        };
    }
}

internal static class SubscriptionReplies
{
    public static Reply AdminsOnly(string command) =>
        Reply.Problem(command, "Only the chat's admins can change its reminders.");
}
