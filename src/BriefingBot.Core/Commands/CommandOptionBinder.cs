using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Reads option values into their types and checks them against the catalogue: required options, lengths,
/// ranges, choices, lead times, time zones and times of day. One set of rules for text and typed options.
/// </summary>
public static class CommandOptionBinder
{
    public static bool TryBind(
        CommandDefinition command, CommandInput input, [MaybeNullWhen(false)] out CommandOptions options, out ReplyText error)
    {
        options = null;
        IReadOnlyDictionary<string, string> raw;
        if (input.Options is { } given)
        {
            raw = given;
        }
        else if (!CommandTextReader.TryRead(command, input.Text ?? string.Empty, out raw, out error))
        {
            error += $" Usage: {command.Usage}";
            return false;
        }

        var values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, text) in raw)
        {
            var option = command.Option(name);
            if (option is null)
            {
                error = ReplyText.Of($"/{command.Name} has no option '{Echo.Short(name, 32)}'. Usage: {command.Usage}");
                return false;
            }

            if (text.Length > option.MaxLength)
            {
                error = $"That is too long for me: please keep {option.Name} under {option.MaxLength} characters.";
                return false;
            }

            var cleaned = ChatCommandParser.CleanArguments(text);
            if (cleaned.Length == 0)
            {
                continue;
            }

            if (!TryRead(option, cleaned, out var value, out error))
            {
                error += $" Usage: {command.Usage}";
                return false;
            }

            if (value is not null)
            {
                values[option.Name] = value;
            }
        }

        var missing = command.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name));
        if (missing is not null)
        {
            error = $"Tell me what to look for, for example: {Example(command)}. Send /topics to see what I know about.";
            return false;
        }

        options = new CommandOptions(values);
        error = string.Empty;
        return true;
    }

    /// <summary>Reads one value; a topic given as "all" reads as no topic (every topic).</summary>
    private static bool TryRead(CommandOptionDefinition option, string text, out object? value, out ReplyText error)
    {
        value = null;
        error = string.Empty;
        if (option.Choices is { Count: > 0 } choices && !choices.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            error = $"{option.Name} must be one of {string.Join(", ", choices)}.";
            return false;
        }

        switch (option.Type)
        {
            case CommandOptionType.Text:
                value = text;
                return true;
            case CommandOptionType.Topic:
                value = text.Equals("all", StringComparison.OrdinalIgnoreCase) ? null : text;
                return true;
            case CommandOptionType.Integer:
                var min = option.MinValue ?? int.MinValue;
                var max = option.MaxValue ?? int.MaxValue;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
                {
                    error = ReplyText.Of($"The {option.Name} must be a whole number from {min} to {max}, not \u201C{Echo.Short(text, 20)}\u201D.");
                    return false;
                }

                value = number;
                return true;
            case CommandOptionType.LeadTimes:
                var readLeads = SubscriptionArgumentsParser.TryReadLeadTimes(text, out var leads, out error);
                value = leads;
                return readLeads;
            case CommandOptionType.TimeZone:
                var readZone = SubscriptionArgumentsParser.TryReadTimeZone(text, out var zone, out error);
                value = zone;
                return readZone;
            case CommandOptionType.TimeOfDay:
                var readTime = SubscriptionArgumentsParser.TryReadTimeOfDay(text, out var time, out error);
                value = time;
                return readTime;
            default:
                throw new ArgumentOutOfRangeException(nameof(option), option.Type, "Unknown option type.");
        }
    }

    private static string Example(CommandDefinition command) =>
        command.Usage.Replace("<topic>", "New START", StringComparison.Ordinal);
}
