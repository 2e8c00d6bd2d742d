namespace BriefingBot.Discord.Rest;

/// <summary>Removes the bot token and interaction tokens from text that may reach a log or an exception message.</summary>
internal static class SecretScrubber
{
    public const string Placeholder = "[redacted]";

    public static string Scrub(string text, params ReadOnlySpan<string?> secrets)
    {
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
            var escaped = Uri.EscapeDataString(secret);
            if (escaped != secret)
            {
                text = text.Replace(escaped, Placeholder, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
