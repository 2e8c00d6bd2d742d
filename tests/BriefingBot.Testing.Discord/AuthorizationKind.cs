namespace BriefingBot.Testing.Discord;

/// <summary>What the Authorization header of a request held (its value is never recorded).</summary>
public enum AuthorizationKind
{
    None,

    /// <summary><c>Bot &lt;the server's token&gt;</c>.</summary>
    BotToken,

    /// <summary><c>Bot &lt;some other token&gt;</c>.</summary>
    WrongBotToken,

    /// <summary>Anything else (a Bearer token, a bare token...).</summary>
    Other,
}
