using System.Globalization;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// /upcoming [days]: dated items still to come (see <see cref="IsAhead"/>) from the chat's today (in its reminders'
/// time zone, else UTC) to that many days ahead
/// (30 by default). When none are coming up,
/// it says so and shows the most recent past items instead.
/// </summary>
public sealed class UpcomingCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const int DefaultDays = 30;
    public const int MaxDays = CommandCatalogue.MaxDays;
    public const int RecentWhenNone = 3;

    public string Name => CommandCatalogue.Upcoming.Name;

    /// <summary>
    /// Whether an item is still to come: a day from today on, a week that has not ended, a month or year that has
    /// not begun (the current month or year says nothing about what is next).
    /// </summary>
    public static bool IsAhead(Dates.DateSpan when, DateOnly today) => when.Precision switch
    {
        Dates.DatePrecision.Week => when.End >= today,
        _ => when.Start >= today,
    };

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var days = command.Options.Integer("days") ?? DefaultDays;

        var today = await presenter.TodayAsync(command, cancellationToken);
        var last = today.AddDays(days);
        var items = await presenter.AllItemsAsync(cancellationToken);
        var upcoming = items.Where(i => IsAhead(i.When, today) && i.When.Start <= last).ToArray();
        if (upcoming.Length > 0)
        {
            return new Reply
            {
                Command = Name,
                Heading = $"Coming up in the next {days} days (from {today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}):",
                Items = await presenter.ViewsAsync(upcoming, items, cancellationToken),
                Actions = [new ReplyAction("Remind this chat before they fall due", CommandInvocations.Of(CommandCatalogue.Subscribe))],
            };
        }

        var recent = items.Where(i => !IsAhead(i.When, today)).OrderByDescending(i => i.When.End).Take(RecentWhenNone).ToArray();
        return new Reply
        {
            Command = Name,
            Heading = $"Nothing in the articles falls due in the next {days} days.",
            Paragraphs = recent.Length > 0 ? ["The most recent dated items:"] : [],
            Items = await presenter.ViewsAsync(recent, items, cancellationToken),
        };
    }
}
