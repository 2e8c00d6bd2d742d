using System.Globalization;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Where a message goes: a platform, its chat id as a normalised string, and optionally a thread in it (a Telegram
/// forum topic, a Discord thread). Telegram's signed 64-bit chat ids and Discord's snowflakes are kept as the
/// integers' invariant text, never as floating point: "-1001234567890", "1133244871032553472".
/// </summary>
public readonly record struct ConversationRef
{
    public ConversationRef(ChatPlatformKind platform, string chatId, string? threadId = null)
    {
        Platform = platform;
        ChatId = Normalise(platform, chatId, nameof(chatId));
        ThreadId = string.IsNullOrEmpty(threadId) ? null : Normalise(platform, threadId, nameof(threadId));
    }

    public ChatPlatformKind Platform { get; }

    public string ChatId { get; }

    public string? ThreadId { get; }

    /// <summary>The same chat without the thread: subscriptions of a whole chat are turned off or moved together.</summary>
    public ConversationRef WholeChat => new(Platform, ChatId);

    public static ConversationRef Telegram(long chatId, int? topicId = null) =>
        new(ChatPlatformKind.Telegram, chatId.ToString(CultureInfo.InvariantCulture), topicId?.ToString(CultureInfo.InvariantCulture));

    public static ConversationRef Discord(ulong channelId) =>
        new(ChatPlatformKind.Discord, channelId.ToString(CultureInfo.InvariantCulture));

    public static ConversationRef Console(string name) => new(ChatPlatformKind.Console, name);

    /// <summary>"telegram:-100123", "telegram:-100123/42" (a forum topic), "discord:987654321".</summary>
    public override string ToString() =>
        ThreadId is null ? $"{Platform.Name()}:{ChatId}" : $"{Platform.Name()}:{ChatId}/{ThreadId}";

    private static string Normalise(ChatPlatformKind platform, string id, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, parameter);
        switch (platform)
        {
            case ChatPlatformKind.Telegram when long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed):
                return signed.ToString(CultureInfo.InvariantCulture);
            case ChatPlatformKind.Discord when ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake) && snowflake > 0:
                return snowflake.ToString(CultureInfo.InvariantCulture);
            case ChatPlatformKind.Console when id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'):
                return id;
            case ChatPlatformKind.Telegram or ChatPlatformKind.Discord or ChatPlatformKind.Console:
                throw new ArgumentException($"'{id}' is not a {platform.Name()} id.", parameter);
            default:
                throw new ArgumentOutOfRangeException(nameof(platform), platform, "Not a chat platform.");
        }
    }
}
