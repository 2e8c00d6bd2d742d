using System.Text.RegularExpressions;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/timeline [topic] [page N]: every dated item, past and future, in date order, a page at a time.</summary>
public sealed partial class TimelineCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const int PageSize = 8;

    public string Name => CommandCatalogue.Timeline.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var page = 1;
        var topicText = command.Arguments;
        var pageMatch = PagePattern().Match(topicText);
        if (pageMatch.Success)
        {
            if (!int.TryParse(pageMatch.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture, out page) || page < 1)
            {
                return Reply.Problem(Name, "The page must be a number such as 2: /timeline New START page 2");
            }

            topicText = topicText[..pageMatch.Index];
        }

        var topic = await presenter.ReadTopicAsync(Name, topicText, cancellationToken);
        if (topic.Problem is not null)
        {
            return topic.Problem;
        }

        var all = await presenter.AllItemsAsync(cancellationToken);
        var items = DatedItemPresenter.About(all, topic.Topic);
        var subject = topic.Topic?.Name ?? "all topics";
        if (items.Count == 0)
        {
            return new Reply { Command = Name, Heading = $"No dated items about {subject} yet." };
        }

        var pages = (items.Count + PageSize - 1) / PageSize;
        if (page > pages)
        {
            return Reply.Problem(Name, $"There {(pages == 1 ? "is only 1 page" : $"are only {pages} pages")} for {subject}.");
        }

        var shown = items.Skip((page - 1) * PageSize).Take(PageSize).ToArray();
        var next = page < pages
            ? $"Page {page} of {pages}. Next: /timeline {(topic.Topic is null ? string.Empty : topic.Topic.Name + " ")}page {page + 1}"
            : pages > 1 ? $"Page {page} of {pages}." : null;
        return new Reply
        {
            Command = Name,
            Heading = $"Timeline of {subject}: {items.Count} dated {(items.Count == 1 ? "item" : "items")}",
            Items = await presenter.ViewsAsync(shown, all, cancellationToken),
            Footer = next,
        };
    }

    [GeneratedRegex(@"(?:^|\s)page\s+(?<page>\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();
}
