using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Commands;

/// <summary>What the date commands share: reading a topic argument, and turning items into attributed views.</summary>
public sealed class DatedItemPresenter(IArticleStore articles, IDatedItemStore items, ISubscriptionStore subscriptions)
{
    /// <summary>
    /// The chat's "today": the date where its reminders are set (its first subscription's time zone), or UTC for a chat
    /// with no subscription, so that "upcoming" near midnight matches the day the chat's people are living in.
    /// </summary>
    public async Task<DateOnly> TodayAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var zoneId = (await subscriptions.ListAsync(command.Conversation, cancellationToken)).FirstOrDefault()?.TimeZoneId;
        if (zoneId is not null && Reminders.TimeZoneIds.TryResolve(zoneId, out var zone))
        {
            return NodaTime.Instant.FromDateTimeOffset(command.ReceivedAt).InZone(zone).Date.ToDateOnly();
        }

        return DateOnly.FromDateTime(command.ReceivedAt.UtcDateTime);
    }

    /// <summary>Every dated item, in date order: read once per command, then filtered and shown.</summary>
    public Task<IReadOnlyList<DatedItem>> AllItemsAsync(CancellationToken cancellationToken) => items.GetItemsAsync(cancellationToken);

    /// <summary>The items about a topic (all of them for no topic).</summary>
    public static IReadOnlyList<DatedItem> About(IReadOnlyList<DatedItem> all, Topic? topic) =>
        topic is null ? all : [.. all.Where(i => i.Topics.Contains(topic.Id))];

    /// <summary>
    /// Views with their sources. Items that share a curated event but give dates that cannot both be right
    /// (spans that do not overlap: February 4 and February 5, not February and February 4) carry a note saying
    /// the sources differ, with each date and where it comes from (looked for among <paramref name="all"/>).
    /// </summary>
    public async Task<IReadOnlyList<DatedItemView>> ViewsAsync(
        IReadOnlyList<DatedItem> shown, IReadOnlyList<DatedItem> all, CancellationToken cancellationToken)
    {
        var disagreements = all
            .Where(i => i.Event is not null)
            .GroupBy(i => i.Event!, StringComparer.Ordinal)
            .Where(g => g.Any(a => g.Any(b => a.When.End < b.When.Start)))
            .ToDictionary(
                g => g.Key,
                g => "Sources differ on this date: " + string.Join("; ", g
                    .GroupBy(i => i.When)
                    .OrderBy(d => d.Key.Start)
                    .Select(d => $"{d.Key.ToDisplayString()} ({string.Join(", ", d.Select(i => i.ArticleId).Distinct())})")),
                StringComparer.Ordinal);

        var metadata = await articles.GetArticlesAsync([.. shown.Select(i => i.ArticleId).Distinct()], cancellationToken);
        return [.. shown.Select(item => new DatedItemView(
            item.Key,
            item.When,
            item.Label,
            item.Quote,
            metadata.TryGetValue(item.ArticleId, out var article)
                ? SourceRef.From(article)
                : SourceRef.Unknown(item.ArticleId, item.When),
            item.Event is not null && disagreements.TryGetValue(item.Event, out var note) ? note : null))];
    }

    /// <summary>
    /// Reads a topic option: none means every topic; otherwise it must name a curated topic. An unknown topic gives
    /// a reply with suggestions instead, each running <paramref name="command"/> on a topic it might have meant.
    /// </summary>
    public async Task<TopicArgument> ReadTopicAsync(CommandDefinition command, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase))
        {
            return new TopicArgument(null, null);
        }

        var matcher = new TopicMatcher(await articles.GetTopicsAsync(cancellationToken));
        var mention = matcher.FindMentions(WordTokens.Tokenize(trimmed)).FirstOrDefault();
        if (mention is not null)
        {
            return new TopicArgument(mention.Topic, null);
        }

        var suggestions = CommandInvocations.Topics(command, matcher.Suggest(trimmed, 3).Select(t => t.Name));
        return new TopicArgument(null, Reply.Problem(
            command.Name,
            ReplyText.Of($"I don't know the topic \u201C{Echo.Short(trimmed)}\u201D. Send /topics to see them all") + (suggestions.Count > 0 ? ", or try one of these:" : "."),
            suggestions));
    }
}

/// <summary>A topic argument as read: the topic (null for all), or the reply to give when it is unknown.</summary>
public sealed record TopicArgument(Topic? Topic, Reply? Problem);
