using System.Globalization;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/subscriptions: this chat's reminder subscriptions, including any the bot had to turn off and why.</summary>
public sealed class SubscriptionsCommandHandler(ISubscriptionStore subscriptions, IArticleStore articles) : ICommandHandler
{
    public string Name => CommandCatalogue.Subscriptions.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var mine = await subscriptions.ListAsync(command.Conversation, cancellationToken);
        if (mine.Count == 0)
        {
            return new Reply
            {
                Command = Name,
                Heading = "This chat has no reminders.",
                Footer = $"Start with {CommandCatalogue.Subscribe.Usage}, e.g. /subscribe New START 7d,1d Europe/Berlin 9",
                Actions = [new ReplyAction("Remind this chat of every dated item", CommandInvocations.Of(CommandCatalogue.Subscribe))],
            };
        }

        var topics = (await articles.GetTopicsAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        return new Reply
        {
            Command = Name,
            Heading = mine.Count == 1 ? "This chat has 1 reminder subscription:" : $"This chat has {mine.Count} reminder subscriptions:",
            Entries = [.. mine.Select(s =>
            {
                var topic = s.TopicId is null ? "All topics" : topics.GetValueOrDefault(s.TopicId, s.TopicId);
                return new ReplyEntry(
                    $"{topic}: {LeadTimeFormatter.FormatList(s.LeadTimes)} at {s.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {s.TimeZoneId}"
                        + (s.Enabled ? string.Empty : $" (turned off: {s.DisabledReason})"),
                    Action: CommandInvocations.Of(CommandCatalogue.Unsubscribe, ("topic", s.TopicId is null ? "all" : topic)));
            })],
        };
    }
}
