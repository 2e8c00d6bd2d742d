namespace BriefingBot.Testing.Telegram;

/// <summary>The Bot API's <c>ChatMember.status</c> values.</summary>
public enum FakeChatMemberStatus
{
    Creator,
    Administrator,
    Member,
    Restricted,
    Left,
    Kicked,
}
