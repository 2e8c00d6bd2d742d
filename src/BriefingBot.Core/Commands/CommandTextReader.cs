using System.Text.RegularExpressions;
using BriefingBot.Core.Reminders;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Commands;

/// <summary>
/// Turns the chat text after a command name into option values by the command's <see cref="CommandTextLayout"/>,
/// without judging them: <see cref="CommandOptionBinder"/> reads and checks the values, the same way it does for
/// platforms that deliver typed options. <see cref="Write"/> goes the other way, for command hints.
/// </summary>
public static partial class CommandTextReader
{
    public static bool TryRead(CommandDefinition command, string text, out IReadOnlyDictionary<string, string> options, out ReplyText error)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        options = values;
        error = string.Empty;
        var cleaned = ChatCommandParser.CleanArguments(text);
        if (cleaned.Length == 0)
        {
            return true;
        }

        switch (command.TextLayout)
        {
            case CommandTextLayout.WholeText:
                values[command.Options[0].Name] = cleaned;
                return true;

            case CommandTextLayout.WholeTextThenPage:
                var page = TrailingPage().Match(cleaned);
                if (page.Success)
                {
                    values[command.Options[1].Name] = page.Groups["page"].Value;
                    cleaned = cleaned[..page.Index].TrimEnd();
                }

                if (cleaned.Length > 0)
                {
                    values[command.Options[0].Name] = cleaned;
                }

                return true;

            case CommandTextLayout.Days:
                values[command.Options[0].Name] = cleaned.EndsWith('d') || cleaned.EndsWith('D') ? cleaned[..^1] : cleaned;
                return true;

            case CommandTextLayout.Subscription:
                if (!SubscriptionArgumentsParser.TrySplit(cleaned, out var words, out error))
                {
                    return false;
                }

                Add(values, "topic", words.Topic);
                Add(values, "lead_times", words.LeadTimes);
                Add(values, "time_zone", words.TimeZone);
                Add(values, "hour", words.TimeOfDay);
                return true;

            default:
                return true;
        }
    }

    /// <summary>The chat text that runs a command with these options: "/timeline New START page 2", "/subscribe NATO".</summary>
    public static string Write(CommandDefinition command, IReadOnlyDictionary<string, string> options)
    {
        var parts = new List<string> { "/" + command.Name };
        foreach (var option in command.Options)
        {
            if (options.TryGetValue(option.Name, out var value) && value.Length > 0)
            {
                parts.Add(command.TextLayout == CommandTextLayout.WholeTextThenPage && option == command.Options[1] ? "page " + value : value);
            }
        }

        return string.Join(' ', parts);
    }

    private static void Add(Dictionary<string, string> values, string name, string? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }

    [GeneratedRegex(@"(?:^|\s)page\s+(?<page>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPage();
}
