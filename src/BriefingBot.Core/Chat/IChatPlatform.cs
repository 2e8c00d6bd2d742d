namespace BriefingBot.Core.Chat;

/// <summary>
/// The outbound port: a chat platform the bot can post to (the console, Telegram, Discord). A send never throws
/// for a platform failure; it returns what happened, classified, so the scheduler can decide per kind.
/// </summary>
public interface IChatPlatform
{
    ChatPlatformKind Platform { get; }

    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A reply to post, where, and a key that stays the same across retries and restarts of the same post, so a
/// platform that can deduplicate (Discord's <c>nonce</c> with <c>enforce_nonce</c>) posts it once.
/// <see cref="InReplyTo"/> is the platform's id of the message being answered, when there is one.
/// </summary>
public sealed record OutboundMessage(ConversationRef Conversation, Replies.Reply Reply, DeliveryKey Key, string? InReplyTo = null);

/// <summary>An idempotency key of at most 25 characters (Discord's nonce limit), letters and digits only.</summary>
public readonly record struct DeliveryKey
{
    public const int MaxLength = 25;

    public DeliveryKey(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        if (value.Length > MaxLength || !value.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"A delivery key is 1-{MaxLength} ASCII letters and digits.", nameof(value));
        }

        Value = value;
    }

    public string Value { get; }

    /// <summary>A key derived from stable parts (a reminder's subscription, item and lead time): the same parts give the same key.</summary>
    public static DeliveryKey From(string prefix, params string[] parts)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001F', parts)));
        var hex = Convert.ToHexStringLower(hash);
        return new DeliveryKey(prefix + hex[..(MaxLength - prefix.Length)]);
    }

    /// <summary>A fresh key for a one-off post (a command's reply).</summary>
    public static DeliveryKey New() => new("m" + Guid.NewGuid().ToString("N")[..(MaxLength - 1)]);

    public override string ToString() => Value;
}

/// <summary>What a send did: the platform's message id, or a classified failure.</summary>
public sealed record SendResult
{
    private SendResult(string? messageId, SendFailure? failure)
    {
        MessageId = messageId;
        Failure = failure;
    }

    public string? MessageId { get; }

    public SendFailure? Failure { get; }

    public bool IsSent => Failure is null;

    public static SendResult Sent(string messageId) => new(messageId, null);

    public static SendResult Failed(SendFailure failure) => new(null, failure);

    public static SendResult RateLimited(TimeSpan retryAfter, string reason) => Failed(new(SendFailureKind.RateLimited, reason, retryAfter));

    public static SendResult Transient(string reason) => Failed(new(SendFailureKind.Transient, reason));

    public static SendResult Rejected(string reason) => Failed(new(SendFailureKind.MessageRejected, reason));

    public static SendResult Unavailable(string reason) => Failed(new(SendFailureKind.ChatUnavailable, reason));

    public static SendResult Migrated(ConversationRef to, string reason) => Failed(new(SendFailureKind.Migrated, reason, MigratedTo: to));
}

/// <summary>How a post failed, and so what to do about it.</summary>
public enum SendFailureKind
{
    /// <summary>Too many posts: try again after <see cref="SendFailure.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The network or the platform had a moment (timeouts, 5xx): back off and try again.</summary>
    Transient,

    /// <summary>This message cannot be posted (too long, bad markup): that post fails; the chat is fine.</summary>
    MessageRejected,

    /// <summary>The chat is gone, or the bot was blocked, kicked or lost access: stop posting there.</summary>
    ChatUnavailable,

    /// <summary>The chat moved to a new id (a Telegram group became a supergroup): post there from now on.</summary>
    Migrated,
}

/// <summary>A classified failure, with a reason fit for /subscriptions and logs (never a token or URL).</summary>
public sealed record SendFailure(SendFailureKind Kind, string Reason, TimeSpan? RetryAfter = null, ConversationRef? MigratedTo = null);
