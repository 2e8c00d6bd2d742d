using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/timeline [topic] [page N]: every dated item, past and future, in date order, a page at a time.</summary>
public sealed class TimelineCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const int PageSize = 8;

    public string Name => CommandCatalogue.Timeline.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var page = command.Options.Integer("page") ?? 1;
        var topic = await presenter.ReadTopicAsync(CommandCatalogue.Timeline, command.Options.Text("topic"), cancellationToken);
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
        var actions = new List<ReplyAction>();
        if (page > 1)
        {
            actions.Add(new ReplyAction("Previous page", PageOf(topic.Topic?.Name, page - 1)));
        }

        if (page < pages)
        {
            actions.Add(new ReplyAction("Next page", PageOf(topic.Topic?.Name, page + 1)));
        }

        return new Reply
        {
            Command = Name,
            Heading = $"Timeline of {subject}: {items.Count} dated {(items.Count == 1 ? "item" : "items")}",
            Items = await presenter.ViewsAsync(shown, all, cancellationToken),
            Footer = pages > 1 ? (ReplyText)$"Page {page} of {pages}." : null,
            Actions = actions,
        };
    }

    private static CommandInvocation PageOf(string? topic, int page) =>
        CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", topic), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
