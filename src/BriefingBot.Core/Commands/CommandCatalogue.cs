namespace BriefingBot.Core.Commands;

/// <summary>
/// The platform-neutral list of commands with their options: help, Discord's slash-command registration and
/// autocomplete, Telegram's command menu, and the binding of typed options all read it.
/// Descriptions stay within Discord's 1-100 characters.
/// </summary>
public static class CommandCatalogue
{
    public const int MaxDays = 3660;

    private static readonly CommandOptionDefinition FreeTopic = new(
        "topic", "What to look for: a topic such as New START, or any words", CommandOptionType.Text, Required: true,
        MaxLength: CommandOptionDefinition.MaxTextLength, Autocomplete: OptionAutocomplete.Topics);

    private static readonly CommandOptionDefinition CuratedTopic = new(
        "topic", "A topic, or all (default)", CommandOptionType.Topic, Autocomplete: OptionAutocomplete.Topics);

    public static readonly CommandDefinition Brief = new(
        "brief", "A short summary of a topic with quotes from the articles", "/brief <topic>",
        [FreeTopic], CommandTextLayout.WholeText);

    public static readonly CommandDefinition Quote = new(
        "quote", "Verbatim quotes on a topic, each with its source", "/quote <topic>",
        [FreeTopic with { Description = "What to quote, e.g. sanctions" }], CommandTextLayout.WholeText);

    public static readonly CommandDefinition Topics = new(
        "topics", "The topics I can brief you on", "/topics", [], CommandTextLayout.None);

    public static readonly CommandDefinition Sources = new(
        "sources", "The articles I know, with their publishers and dates", "/sources", [], CommandTextLayout.None);

    public static readonly CommandDefinition Timeline = new(
        "timeline", "Dated items from the articles, in date order", "/timeline [topic] [page N]",
        [CuratedTopic with { Description = "Only items about this topic" },
         new("page", "Which page (default 1)", CommandOptionType.Integer, MinValue: 1, MaxValue: 1000)],
        CommandTextLayout.WholeTextThenPage);

    public static readonly CommandDefinition Upcoming = new(
        "upcoming", "Dated items coming up in the next days", "/upcoming [days]",
        [new("days", "How many days ahead (default 30)", CommandOptionType.Integer, MinValue: 1, MaxValue: MaxDays)],
        CommandTextLayout.Days);

    public static readonly CommandDefinition Subscribe = new(
        "subscribe", "Remind this chat before dated items fall due", "/subscribe [topic|all] [7d,1d,0d] [time zone] [hour]",
        [CuratedTopic,
         new("lead_times", "When to remind, e.g. 7d,1d,0d (default)", CommandOptionType.LeadTimes, MaxLength: 100),
         new("time_zone", "An IANA time zone such as Europe/Berlin (default UTC)", CommandOptionType.TimeZone, MaxLength: 64),
         new("hour", "Local hour such as 9 or 18:30 (default 09:00)", CommandOptionType.TimeOfDay, MaxLength: 16)],
        CommandTextLayout.Subscription, AdminOnly: true);

    public static readonly CommandDefinition Unsubscribe = new(
        "unsubscribe", "Stop reminders for a topic, or all of them", "/unsubscribe [topic|all]",
        [CuratedTopic], CommandTextLayout.WholeText, AdminOnly: true);

    public static readonly CommandDefinition Subscriptions = new(
        "subscriptions", "The reminders this chat gets", "/subscriptions", [], CommandTextLayout.None);

    public static readonly CommandDefinition Calendar = new(
        "calendar", "An iCalendar file of the upcoming dated items", "/calendar [topic]",
        [CuratedTopic with { Description = "Only items about this topic" }], CommandTextLayout.WholeText);

    public static readonly CommandDefinition Help = new(
        "help", "What I can do", "/help", [], CommandTextLayout.None);

    public static IReadOnlyList<CommandDefinition> All { get; } =
        [Brief, Quote, Topics, Sources, Timeline, Upcoming, Subscribe, Unsubscribe, Subscriptions, Calendar, Help];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
