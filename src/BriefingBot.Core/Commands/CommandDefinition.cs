namespace BriefingBot.Core.Commands;

/// <summary>The kinds of option value. Each has one reader (<see cref="CommandOptionBinder"/>), whatever platform filled it.</summary>
public enum CommandOptionType
{
    /// <summary>Free text, such as a briefing question.</summary>
    Text,

    /// <summary>A whole number within the option's minimum and maximum.</summary>
    Integer,

    /// <summary>A curated topic's name, id or alias, or "all"; matched to a topic by the handler.</summary>
    Topic,

    /// <summary>An IANA time zone such as Europe/Berlin.</summary>
    TimeZone,

    /// <summary>Lead times such as 7d,1d,0d, 2w or 12h.</summary>
    LeadTimes,

    /// <summary>A local time of day such as 9, 18:30 or 9pm.</summary>
    TimeOfDay,
}

/// <summary>Where a platform may look up suggestions while the user types.</summary>
public enum OptionAutocomplete
{
    None,

    /// <summary>Topic names and aliases (<see cref="Topics.TopicAutocomplete"/>).</summary>
    Topics,
}

/// <summary>How chat text after the command name becomes options (for the console and Telegram).</summary>
public enum CommandTextLayout
{
    /// <summary>The command takes no options; text after it is ignored.</summary>
    None,

    /// <summary>All the text is the first option.</summary>
    WholeText,

    /// <summary>The text is the first option, except a trailing "page N", which is the second.</summary>
    WholeTextThenPage,

    /// <summary>A number of days, "14" or "14d".</summary>
    Days,

    /// <summary>Words recognised by their shape in any order: lead times, a time zone, an hour; the rest is the topic.</summary>
    Subscription,
}

/// <summary>One option of a command, described the way chat platforms register it.</summary>
public sealed record CommandOptionDefinition(
    string Name,
    string Description,
    CommandOptionType Type,
    bool Required = false,
    int? MinValue = null,
    int? MaxValue = null,
    IReadOnlyList<string>? Choices = null,
    OptionAutocomplete Autocomplete = OptionAutocomplete.None,
    int MaxLength = CommandOptionDefinition.MaxTextLength)
{
    /// <summary>The longest text any option takes: longer input is refused before a handler runs.</summary>
    public const int MaxTextLength = 1000;
}

/// <summary>
/// A command the bot understands: name, one-line description, usage, options, how chat text maps onto them,
/// and whether only a conversation's admins may run it.
/// </summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    string Usage,
    IReadOnlyList<CommandOptionDefinition> Options,
    CommandTextLayout TextLayout,
    bool AdminOnly = false)
{
    public CommandOptionDefinition? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
