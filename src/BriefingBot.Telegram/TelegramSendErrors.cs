using BriefingBot.Core.Chat;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram;

/// <summary>
/// Turns what the Bot API answered into the outbound port's failure kinds: 429 rate limited (with its retry_after);
/// 400 with migrate_to_chat_id migrated; 403 (blocked, kicked, deactivated) and "chat not found" chat unavailable;
/// other 400s (too long, can't parse entities) message rejected; 5xx and network failures transient; a timeout, after
/// which the post may or may not have arrived, is not retried (recorded like a rejection), since Telegram has no nonce.
/// </summary>
internal static class TelegramSendErrors
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public static SendResult Classify(Exception exception, TokenScrubber scrubber) => exception switch
    {
        ApiRequestException { ErrorCode: 429 } limited => SendResult.RateLimited(
            limited.Parameters?.RetryAfter is int seconds ? TimeSpan.FromSeconds(seconds) : DefaultRetryAfter,
            scrubber.Scrub(limited.Message)),
        ApiRequestException { Parameters.MigrateToChatId: long newChat } moved => SendResult.Migrated(
            ConversationRef.Telegram(newChat), scrubber.Scrub(moved.Message)),
        ApiRequestException { ErrorCode: 403 } forbidden => SendResult.Unavailable(scrubber.Scrub(forbidden.Message)),
        ApiRequestException { ErrorCode: 400 } bad when bad.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
            => SendResult.Unavailable(scrubber.Scrub(bad.Message)),
        ApiRequestException { ErrorCode: 400 } bad => SendResult.Rejected(scrubber.Scrub(bad.Message)),
        ApiRequestException other => SendResult.Transient($"Telegram answered {other.ErrorCode}: {scrubber.Scrub(other.Message)}"),
        // Telegram has no idempotency key: a post that timed out may have arrived, and posting again could double it.
        RequestException timedOut when timedOut.Message.Contains("timed out", StringComparison.OrdinalIgnoreCase) || timedOut.InnerException is TaskCanceledException
            => SendResult.Rejected("Telegram did not answer in time; the post may have arrived, so it is not repeated"),
        _ => SendResult.Transient(scrubber.Describe(exception)),
    };
}
