using System.Globalization;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Replies;
using NodaTime;

namespace BriefingBot.Core.Reminders;

/// <summary>The words of reminder posts: what is due, when, the verbatim quote and its source.</summary>
public static class ReminderMessage
{
    public const string Command = "reminder";

    public static Reply Build(DatedItem item, SourceRef source, Subscription subscription, DateTimeOffset dueAt, bool late, DateTimeOffset now)
    {
        var zone = TimeZoneIds.Resolve(subscription.TimeZoneId);
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date;
        var lines = new List<ReplyText> { $"Due {item.When.ToDisplayString()} ({Relative(item.When.Start, today)})." };
        if (late)
        {
            var localDue = Instant.FromDateTimeOffset(dueAt).InZone(zone);
            lines.Add($"This reminder was due on {localDue.ToString("MMMM d, yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} ({subscription.TimeZoneId}); I was offline then.");
        }

        return new Reply
        {
            Command = Command,
            Heading = $"Reminder: {item.Label}",
            Paragraphs = lines,
            Items = [new DatedItemView(item.Key, item.When, item.Label, item.Quote, source)],
            Actions = [new ReplyAction("Stop these reminders", Run("unsubscribe", "topic", subscription.TopicId ?? "all"))],
        };
    }

    /// <summary>One message per chat for reminders that fell due too long ago to post.</summary>
    public static Reply MissedSummary(IReadOnlyList<PlannedReminder> missed, TimeSpan catchUpWindow)
    {
        var first = missed.Min(m => m.DueAt);
        var last = missed.Max(m => m.DueAt);
        var span = first.Date == last.Date
            ? $"on {Day(first)}"
            : $"between {Day(first)} and {Day(last)}";
        var count = missed.Count == 1 ? "1 reminder" : $"{missed.Count} reminders";
        return new Reply
        {
            Command = Command,
            Heading = "Missed reminders",
            Paragraphs = [$"While I was offline, {count} fell due {span} (UTC), more than {Hours(catchUpWindow)} ago, so I skipped them."],
            Actions = [new ReplyAction("See what is next", Run("upcoming"))],
        };
    }

    /// <summary>"today", "tomorrow", "in 7 days", "yesterday", "3 days ago".</summary>
    public static string Relative(DateOnly day, LocalDate today)
    {
        var days = Period.Between(today, LocalDate.FromDateOnly(day), PeriodUnits.Days).Days;
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 => $"in {days} days",
            _ => $"{-days} days ago",
        };
    }

    /// <summary>
    /// A follow-up command. Written out here rather than through the command catalogue, which sits above reminders
    /// (the subscribe command uses the planner); the names are the catalogue's and a test pins them.
    /// </summary>
    private static CommandInvocation Run(string command, string? option = null, string? value = null) => new(
        command,
        option is null || value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [option] = value },
        value is null ? "/" + command : $"/{command} {value}");

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Hours(TimeSpan window) =>
        window.TotalHours >= 1 && window.TotalHours == Math.Floor(window.TotalHours) ? $"{window.TotalHours:0} hours" : $"{window.TotalMinutes:0} minutes";
}
