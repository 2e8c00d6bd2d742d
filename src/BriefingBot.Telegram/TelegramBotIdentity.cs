namespace BriefingBot.Telegram;

/// <summary>Who the bot is on Telegram (from getMe at start): its username tells "/brief@ThisBot" from "/brief@OtherBot".</summary>
internal sealed class TelegramBotIdentity
{
    private volatile string? _username;

    public string? Username => _username;

    public void Set(string? username) => _username = username;
}
