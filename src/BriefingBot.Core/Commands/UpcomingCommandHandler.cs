using System.Globalization;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Dates.Events;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// /upcoming [days]: dated events still to come (see <see cref="IsAhead"/>) from the chat's today (in its reminders'
/// time zone, else UTC) to that many days ahead (30 by default). When none are coming up in that window, it says so
/// and shows the nearest later events known to the day, then the most recent past ones (whole years last).
/// </summary>
public sealed class UpcomingCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const int DefaultDays = 30;
    public const int MaxDays = CommandCatalogue.MaxDays;
    public const int NearestWhenNone = 3;
    public const int RecentWhenNone = 3;

    public string Name => CommandCatalogue.Upcoming.Name;

    /// <summary>
    /// Whether an item is still to come: a day from today on, a week that has not ended, a month or year that has
    /// not begun (the current month or year says nothing about what is next).
    /// </summary>
    public static bool IsAhead(DateSpan when, DateOnly today) => when.Precision switch
    {
        DatePrecision.Week => when.End >= today,
        _ => when.Start >= today,
    };

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var days = command.Options.Integer("days") ?? DefaultDays;

        var today = await presenter.TodayAsync(command, cancellationToken);
        var last = today.AddDays(days);
        var events = await presenter.AllEventsAsync(cancellationToken);
        var upcoming = events.Where(e => IsAhead(e.When, today) && e.When.Start <= last).ToArray();
        if (upcoming.Length > 0)
        {
            return new Reply
            {
                Command = Name,
                Heading = $"Coming up in the next {days} days (from {today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}):",
                Items = await presenter.ViewsAsync(upcoming, cancellationToken),
                Actions = [new ReplyAction("Remind this chat before they fall due", CommandInvocations.Of(CommandCatalogue.Subscribe))],
            };
        }

        var nearest = events.Where(e => e.When.Precision == DatePrecision.Day && e.When.Start > last).Take(NearestWhenNone).ToArray();
        // Most recent first, a whole year after the rest ("2026" would otherwise come before anything in 2026).
        var recent = events.Where(e => !IsAhead(e.When, today))
            .OrderBy(e => e.When.Precision == DatePrecision.Year ? 1 : 0)
            .ThenByDescending(e => e.When.End)
            .Take(RecentWhenNone)
            .ToArray();
        DatedEvent[] shown = [.. nearest, .. recent];
        return new Reply
        {
            Command = Name,
            Heading = $"Nothing in the articles falls due in the next {days} days.",
            Paragraphs = (nearest.Length, recent.Length) switch
            {
                ( > 0, > 0) => ["The next dated items after that, then the most recent ones:"],
                ( > 0, _) => ["The next dated items after that:"],
                (_, > 0) => ["The most recent dated items:"],
                _ => [],
            },
            Items = await presenter.ViewsAsync(shown, cancellationToken),
        };
    }
}
