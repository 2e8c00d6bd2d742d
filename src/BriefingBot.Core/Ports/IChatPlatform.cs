using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Ports;

/// <summary>A chat platform the bot can post to: the console, and later Telegram and Discord.</summary>
public interface IChatPlatform
{
    /// <summary>The platform's name as stored in subscriptions: "console", "telegram", "discord".</summary>
    string Name { get; }

    /// <summary>Posts a reply to a chat and returns the platform's message id. Throws <see cref="ChatPlatformException"/> on failure.</summary>
    Task<string> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken);
}

/// <summary>Whether a failed post may work later.</summary>
public enum ChatFailureKind
{
    /// <summary>Rate limited, the network or the platform had a moment: try again later.</summary>
    Transient,

    /// <summary>The chat is gone or the bot was removed or blocked: trying again will not help.</summary>
    Permanent,
}

/// <summary>A post that failed, with what kind of failure it was.</summary>
public sealed class ChatPlatformException(string message, ChatFailureKind kind, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ChatFailureKind Kind { get; } = kind;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
