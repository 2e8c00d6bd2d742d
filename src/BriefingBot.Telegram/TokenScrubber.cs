namespace BriefingBot.Telegram;

/// <summary>
/// Telegram puts the token in every request URL, so any text that might hold a URL (an exception's message) goes
/// through here before it is logged or stored: the token becomes <c>&lt;token&gt;</c>.
/// </summary>
internal sealed class TokenScrubber(string token)
{
    public string Scrub(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : text.Replace(token, "<token>", StringComparison.Ordinal);

    /// <summary>"HttpRequestException: Connection refused (127.0.0.1:8081)": type and scrubbed message, no stack.</summary>
    public string Describe(Exception exception) => $"{exception.GetType().Name}: {Scrub(exception.Message)}";
}
