using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>Builds the follow-up commands replies offer, with the chat text that runs each.</summary>
public static class CommandInvocations
{
    public static CommandInvocation Of(CommandDefinition command, params (string Name, string? Value)[] options)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in options)
        {
            if (command.Option(name) is null)
            {
                throw new ArgumentException($"/{command.Name} has no option '{name}'.", nameof(options));
            }

            if (!string.IsNullOrEmpty(value))
            {
                values[name] = value;
            }
        }

        return new CommandInvocation(command.Name, values, CommandTextReader.Write(command, values));
    }

    /// <summary>Topic suggestions that run <paramref name="command"/> on each topic (a brief, for most replies).</summary>
    public static IReadOnlyList<Suggestion> Topics(CommandDefinition command, IEnumerable<string> topicNames) =>
        [.. topicNames.Select(name => new Suggestion(SuggestionKind.Topic, name, Of(command, ("topic", name))))];
}
