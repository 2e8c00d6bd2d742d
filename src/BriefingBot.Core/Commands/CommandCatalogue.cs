namespace BriefingBot.Core.Commands;

/// <summary>One option of a command, as chat platforms describe it (Discord registers these as slash-command options).</summary>
public sealed record CommandOption(string Name, string Description, bool Required);

/// <summary>A command the bot understands: name, one-line description, usage and options.</summary>
public sealed record CommandDefinition(string Name, string Description, string Usage, IReadOnlyList<CommandOption> Options);

/// <summary>The platform-neutral list of commands: help, Discord registration and Telegram's command menu read it.</summary>
public static class CommandCatalogue
{
    public static readonly CommandDefinition Brief = new(
        "brief", "A short summary of a topic with quotes from the articles", "/brief <topic>",
        [new("topic", "What to brief you on, e.g. New START", true)]);

    public static readonly CommandDefinition Quote = new(
        "quote", "Verbatim quotes on a topic, each with its source", "/quote <topic>",
        [new("topic", "What to quote, e.g. sanctions", true)]);

    public static readonly CommandDefinition Topics = new(
        "topics", "The topics I can brief you on", "/topics", []);

    public static readonly CommandDefinition Sources = new(
        "sources", "The articles I know, with their publishers and dates", "/sources", []);

    public static readonly CommandDefinition Timeline = new(
        "timeline", "Dated items from the articles, in date order", "/timeline [topic] [page N]",
        [new("topic", "Only items about this topic", false), new("page", "Which page", false)]);

    public static readonly CommandDefinition Upcoming = new(
        "upcoming", "Dated items coming up in the next days", "/upcoming [days]",
        [new("days", "How many days ahead (default 30)", false)]);

    public static readonly CommandDefinition Subscribe = new(
        "subscribe", "Remind this chat before dated items fall due", "/subscribe [topic|all] [7d,1d,0d] [time zone] [hour]",
        [new("topic", "A topic, or all (default)", false), new("lead_times", "When to remind, e.g. 7d,1d,0d (default)", false),
         new("time_zone", "An IANA time zone such as Europe/Berlin (default UTC)", false), new("hour", "Local hour such as 9 or 18:30 (default 09:00)", false)]);

    public static readonly CommandDefinition Unsubscribe = new(
        "unsubscribe", "Stop reminders for a topic, or all of them", "/unsubscribe [topic|all]",
        [new("topic", "A topic, or all (default)", false)]);

    public static readonly CommandDefinition Subscriptions = new(
        "subscriptions", "The reminders this chat gets", "/subscriptions", []);

    public static readonly CommandDefinition Calendar = new(
        "calendar", "An iCalendar file of the upcoming dated items", "/calendar [topic]",
        [new("topic", "Only items about this topic", false)]);

    public static readonly CommandDefinition Help = new(
        "help", "What I can do", "/help", []);

    public static IReadOnlyList<CommandDefinition> All { get; } =
        [Brief, Quote, Topics, Sources, Timeline, Upcoming, Subscribe, Unsubscribe, Subscriptions, Calendar, Help];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
