namespace BriefingBot.Testing.Telegram;

/// <summary>What the server does instead of (or before) answering normally.</summary>
public enum FakeFaultKind
{
    /// <summary>Answers with the Bot API error envelope and the fault's status code.</summary>
    Error,

    /// <summary>Waits <see cref="FakeFault.Delay"/>, then answers normally.</summary>
    Slow,

    /// <summary>Aborts the connection without sending a response.</summary>
    DropConnection,

    /// <summary>Answers 200 with a truncated JSON body.</summary>
    MalformedJson,
}
