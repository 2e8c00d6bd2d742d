using BriefingBot.Core.Ports;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/topics: the curated topics, each with the number of articles that mention it and a brief to open it.</summary>
public sealed class TopicsCommandHandler(IArticleStore store) : ICommandHandler
{
    public string Name => CommandCatalogue.Topics.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var topics = await store.GetTopicsAsync(cancellationToken);
        var counts = await store.GetTopicArticleCountsAsync(cancellationToken);
        var entries = new List<ReplyEntry>();
        foreach (var topic in topics)
        {
            var count = counts.GetValueOrDefault(topic.Id);
            if (count == 0)
            {
                continue;
            }

            var also = topic.Aliases.Count > 0 ? $" (also: {string.Join(", ", topic.Aliases.Take(3))})" : string.Empty;
            entries.Add(new ReplyEntry(
                $"{topic.Name}{also}: {count} {(count == 1 ? "article" : "articles")}",
                Action: CommandInvocations.Of(CommandCatalogue.Brief, ("topic", topic.Name))));
        }

        return new Reply
        {
            Command = Name,
            Heading = $"I can brief you on {entries.Count} topics",
            Entries = entries,
            Footer = "Ask with /brief <topic>, for example /brief New START.",
        };
    }
}
