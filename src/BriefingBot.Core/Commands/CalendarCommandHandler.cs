using BriefingBot.Core.Dates;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>/calendar [topic]: an iCalendar file of the dated items from today on that are known to the day or week.</summary>
public sealed class CalendarCommandHandler(DatedItemPresenter presenter) : ICommandHandler
{
    public const string FileName = "briefingbot.ics";
    public const string ProductId = "-//BriefingBot//Dated items//EN";

    public string Name => CommandCatalogue.Calendar.Name;

    public async Task<Reply> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var topic = await presenter.ReadTopicAsync(CommandCatalogue.Calendar, command.Options.Text("topic"), cancellationToken);
        if (topic.Problem is not null)
        {
            return topic.Problem;
        }

        var today = await presenter.TodayAsync(command, cancellationToken);
        var items = DatedItemPresenter.About(await presenter.AllEventsAsync(cancellationToken), topic.Topic)
            .Where(e => e.When.End >= today && e.When.Precision is DatePrecision.Day or DatePrecision.Week)
            .ToArray();
        var views = await presenter.ViewsAsync(items, cancellationToken);
        var calendar = CalendarWriter.Write(
            views.Select(v => new CalendarEntry(
                v.Key + "@briefingbot",
                v.When,
                v.Label,
                $"\u201C{ReplyFormat.Unquoted(v.Quote)}\u201D \u2014 {ReplyFormat.Attribution(v.Source)}" + (v.Note is null ? string.Empty : $"\n{v.Note}"),
                v.Source.Url)),
            command.ReceivedAt,
            ProductId);

        return new Reply
        {
            Command = Name,
            Heading = $"A calendar of {items.Length} upcoming dated {(items.Length == 1 ? "item" : "items")} about {topic.Topic?.Name ?? "all topics"}: {FileName}",
            Attachment = new ReplyAttachment(FileName, "text/calendar", calendar),
        };
    }
}
