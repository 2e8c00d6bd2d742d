using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// /timeline [topic or words] [page N]: every dated event, past and future, in date order, a page at a time; a topic
/// shows its events, other words the events whose sentences hold them, as <c>/brief</c> would find them.
/// </summary>
public sealed class TimelineCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const int PageSize = 8;

    public string Name => CommandCatalogue.Timeline.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var page = command.Options.Integer("page") ?? 1;
        var asked = command.Options.Text("topic");
        var selection = await presenter.SelectAsync(asked, cancellationToken);
        var events = selection.Events;
        ReplyText subject = selection.Topic?.Name ?? (selection.Words is { } words ? ReplyText.Of($"\u201C{Echo.Short(words)}\u201D") : "all topics");
        if (events.Count == 0)
        {
            return new Reply { Command = Name, Ok = selection.Words is null, Heading = (ReplyText)"No dated items about " + subject + " yet." };
        }

        var pages = (events.Count + PageSize - 1) / PageSize;
        if (page > pages)
        {
            return Reply.Problem(Name, (ReplyText)(pages == 1 ? "There is only 1 page for " : $"There are only {pages} pages for ") + subject + ".");
        }

        var shown = events.Skip((page - 1) * PageSize).Take(PageSize).ToArray();
        var argument = selection.Topic?.Name ?? selection.Words;
        var actions = new List<ReplyAction>();
        if (page > 1)
        {
            actions.Add(new ReplyAction("Previous page", PageOf(argument, page - 1)));
        }

        if (page < pages)
        {
            actions.Add(new ReplyAction("Next page", PageOf(argument, page + 1)));
        }

        return new Reply
        {
            Command = Name,
            Heading = (ReplyText)"Timeline of " + subject + $": {events.Count} dated {(events.Count == 1 ? "item" : "items")}",
            Items = await presenter.ViewsAsync(shown, cancellationToken),
            Footer = pages > 1 ? (ReplyText)$"Page {page} of {pages}." : null,
            Actions = actions,
        };
    }

    private static CommandInvocation PageOf(string? topic, int page) =>
        CommandInvocations.Of(CommandCatalogue.Timeline, ("topic", topic), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
