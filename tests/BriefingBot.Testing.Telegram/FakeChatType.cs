namespace BriefingBot.Testing.Telegram;

/// <summary>The Bot API's <c>Chat.type</c> values.</summary>
public enum FakeChatType
{
    Private,
    Group,
    Supergroup,
    Channel,
}
