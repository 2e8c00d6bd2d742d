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

    public static readonly CommandDefinition Help = new(
        "help", "What I can do", "/help", []);

    public static IReadOnlyList<CommandDefinition> All { get; } = [Brief, Quote, Topics, Sources, Help];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
