using System.Diagnostics.CodeAnalysis;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A button's custom_id: "cmd:" and the chat text of the command it runs ("cmd:/timeline New START page 2"), which
/// the adapter runs as if the presser had typed it, with the presser's own role. Discord allows 1 to 100 characters
/// and sends the id back unchanged with the press; a command whose text does not fit gets no button.
/// </summary>
internal static class DiscordCustomId
{
    public const string Prefix = "cmd:";

    /// <summary>Discord's limit for a custom_id.</summary>
    public const int MaxLength = DiscordLimits.CustomIdLength;

    /// <summary>The custom_id for a command's chat text, when it is one (<see cref="IsCommandText"/>) and fits in 100 characters.</summary>
    public static bool TryWrite(string commandText, [NotNullWhen(true)] out string? customId)
    {
        customId = IsCommandText(commandText) && Prefix.Length + commandText.Length <= MaxLength ? Prefix + commandText : null;
        return customId is not null;
    }

    /// <summary>
    /// The chat text a custom_id of ours carries. Anything else (another prefix, nothing after it, more than 100
    /// characters, text that is not a command) is refused, so a stale or foreign component never runs a command.
    /// </summary>
    public static bool TryRead(string? customId, out string commandText)
    {
        commandText = string.Empty;
        if (customId is null
            || customId.Length > MaxLength
            || !customId.StartsWith(Prefix, StringComparison.Ordinal)
            || !IsCommandText(customId[Prefix.Length..]))
        {
            return false;
        }

        commandText = customId[Prefix.Length..];
        return true;
    }

    /// <summary>
    /// Chat text that runs a command: "/" and a name, nothing around it to trim, no control characters and no lone
    /// surrogates (which a JSON body cannot carry as text).
    /// </summary>
    public static bool IsCommandText(string text)
    {
        if (text.Length < 2 || text[0] != '/' || char.IsWhiteSpace(text[1]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
