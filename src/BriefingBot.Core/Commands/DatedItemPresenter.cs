using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Dates.Events;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Commands;

/// <summary>
/// What the date commands share: reading a topic or free-text argument, grouping dated items into events (kept until
/// an ingest changes the items), and turning events into attributed views.
/// </summary>
public sealed class DatedItemPresenter(IArticleStore articles, IDatedItemStore items, ISubscriptionStore subscriptions)
{
    private EventCache? _events;

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

    /// <summary>Every event, in date order (<see cref="EventGrouper"/>), grouped once per version of the items.</summary>
    public async Task<IReadOnlyList<DatedEvent>> AllEventsAsync(CancellationToken cancellationToken)
    {
        var version = await items.GetVersionAsync(cancellationToken);
        if (_events is { } cached && cached.Version == version)
        {
            return cached.Events;
        }

        var events = EventGrouper.Group(await items.GetItemsAsync(cancellationToken));
        _events = new EventCache(version, events);
        return events;
    }

    /// <summary>The events about a topic (all of them for no topic).</summary>
    public static IReadOnlyList<DatedEvent> About(IReadOnlyList<DatedEvent> all, Topic? topic) =>
        topic is null ? all : [.. all.Where(e => e.Topics.Contains(topic.Id))];

    /// <summary>
    /// Views with their sources: the lead item's words and article, every other article that mentions the event, and,
    /// when its items give dates that cannot both be right, a note saying the sources differ, with each date and where
    /// it comes from.
    /// </summary>
    public async Task<IReadOnlyList<DatedItemView>> ViewsAsync(IReadOnlyList<DatedEvent> shown, CancellationToken cancellationToken)
    {
        var ids = shown.SelectMany(e => e.Items).Select(i => i.ArticleId).Distinct(StringComparer.Ordinal).ToArray();
        var metadata = await articles.GetArticlesAsync(ids, cancellationToken);
        SourceRef SourceOf(DatedItem item) =>
            metadata.TryGetValue(item.ArticleId, out var article) ? SourceRef.From(article) : SourceRef.Unknown(item.ArticleId, item.When);

        return [.. shown.Select(e => new DatedItemView(e.Key, e.When, e.Lead.Label, e.Lead.Quote, SourceOf(e.Lead), e.SourcesDiffer ? Disagreement(e) : null)
        {
            AlsoIn = [.. e.Items.Where(i => i.ArticleId != e.Lead.ArticleId).DistinctBy(i => i.ArticleId).Select(SourceOf)],
        })];
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

    /// <summary>
    /// The events a timeline's words are about: all for none or "all", a topic's for a topic's name, else those whose
    /// sentences hold the words as a brief would find them (<see cref="EventTextFilter"/>).
    /// </summary>
    public async Task<EventSelection> SelectAsync(string? text, CancellationToken cancellationToken)
    {
        var all = await AllEventsAsync(cancellationToken);
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || string.Equals(trimmed, "all", StringComparison.OrdinalIgnoreCase))
        {
            return new EventSelection(all, null, null);
        }

        var query = new QueryAnalyzer(new TopicMatcher(await articles.GetTopicsAsync(cancellationToken))).Analyse(trimmed);
        if (query is { IsTopicsOnly: true, Topics.Count: 1 })
        {
            return new EventSelection(About(all, query.Topics[0]), query.Topics[0], null);
        }

        return new EventSelection(EventTextFilter.Matching(all, query.Search), null, trimmed);
    }

    private static string Disagreement(DatedEvent dated) =>
        "Sources differ on this date: " + string.Join("; ", dated.Items
            .GroupBy(i => i.When)
            .OrderBy(d => d.Key.Start)
            .Select(d => $"{d.Key.ToDisplayString()} ({string.Join(", ", d.Select(i => i.ArticleId).Distinct())})"));

    /// <summary>A class, so that swapping the cache is one atomic reference write when commands run in parallel.</summary>
    private sealed record EventCache(long Version, IReadOnlyList<DatedEvent> Events);
}

/// <summary>A topic argument as read: the topic (null for all), or the reply to give when it is unknown.</summary>
public sealed record TopicArgument(Topic? Topic, Reply? Problem);

/// <summary>The events a date command shows, and what they were chosen by: a topic, free words, or neither (all).</summary>
public sealed record EventSelection(IReadOnlyList<DatedEvent> Events, Topic? Topic, string? Words);
