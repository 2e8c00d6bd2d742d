using System.Text.RegularExpressions;

namespace BriefingBot.Core.Commands;

/// <summary>A command name and its argument text, as typed: "/brief New START" gives ("brief", "New START").</summary>
public sealed record ParsedCommand(string Name, string Arguments);

/// <summary>
/// Reads "/command args" from chat text (the console, and Telegram messages). Accepts "/brief@MyBot args"
/// when the name after @ is this bot's (or no bot name is known), any letter case, and surrounding space.
/// Text that is not a command gives null: in a group, ordinary talk is not for the bot.
/// </summary>
public static partial class ChatCommandParser
{
    public static ParsedCommand? Parse(string? text, string? botUsername = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = CommandPattern().Match(text.TrimStart());
        if (!match.Success)
        {
            return null;
        }

        var addressee = match.Groups["bot"];
        if (addressee.Success && botUsername is not null
            && !string.Equals(addressee.Value, botUsername, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var arguments = CleanArguments(match.Groups["args"].Value);
        return new ParsedCommand(match.Groups["name"].Value.ToLowerInvariant(), arguments);
    }

    /// <summary>Trims, turns control characters and runs of white space into single spaces.</summary>
    public static string CleanArguments(string arguments)
    {
        var cleaned = ControlOrSpace().Replace(arguments, " ");
        return cleaned.Trim();
    }

    [GeneratedRegex(@"^/(?<name>[A-Za-z0-9_]{1,32})(?:@(?<bot>[A-Za-z0-9_]{1,64}))?(?:\s+(?<args>[\s\S]*))?$")]
    private static partial Regex CommandPattern();

    [GeneratedRegex(@"[\s\p{Cc}\p{Cf}]+")]
    private static partial Regex ControlOrSpace();
}
