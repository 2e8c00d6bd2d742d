using System.Globalization;
using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Adapter;

/// <summary>
/// Discord's outbound port, for reminders to channels: the reply rendered as embeds, posted with the delivery key as
/// <c>nonce</c> and <c>enforce_nonce</c>, so a post retried after a timeout appears once, and with
/// <c>allowed_mentions: {"parse": []}</c>, so nothing in it can ping anyone. Failures come back classified:
/// 429 rate limited; 5xx and network transient; 50035 and other rejections message rejected; 10003, 50001, 50013
/// (unknown channel, missing access or permissions) chat unavailable.
/// </summary>
internal sealed partial class DiscordChatPlatform(DiscordRestClient rest, ILogger<DiscordChatPlatform> logger) : IChatPlatform
{
    public ChatPlatformKind Platform => ChatPlatformKind.Discord;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var channel = ulong.Parse(message.Conversation.ThreadId ?? message.Conversation.ChatId, CultureInfo.InvariantCulture);
        var parts = DiscordReplyRenderer.Render(message.Reply);
        string? firstId = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var last = i == parts.Count - 1;
            IReadOnlyList<MessageFile>? files = last && message.Reply.Attachment is { } attachment
                ? [new MessageFile(attachment.FileName, Encoding.UTF8.GetBytes(attachment.Content), attachment.MediaType)]
                : null;
            var nonce = i == 0 ? message.Key.Value : DeliveryKey.From("p", message.Key.Value, i.ToString(CultureInfo.InvariantCulture)).Value;
            var result = await rest.CreateMessageAsync(channel, DiscordMessages.ToOutgoing(parts[i]), nonce, files, cancellationToken);
            if (!result.IsSuccess)
            {
                var failure = Classify(result.Failure);
                if (firstId is not null)
                {
                    // Part of the reply is already in the channel: a retry would post that part twice.
                    Log.PartlySent(logger, failure.Failure!.Kind, failure.Failure.Reason);
                    return SendResult.Sent(firstId);
                }

                Log.SendFailed(logger, failure.Failure!.Kind, failure.Failure.Reason);
                return failure;
            }

            firstId ??= result.Value.Id.ToString(CultureInfo.InvariantCulture);
        }

        return SendResult.Sent(firstId ?? "0");
    }

    public static SendResult Classify(DiscordRestFailure failure) => failure switch
    {
        DiscordRestFailure.RateLimited limited => SendResult.RateLimited(limited.RetryAfter, $"Discord rate limit{(limited.Global ? " (global)" : "")}"),
        DiscordRestFailure.Unavailable unavailable => SendResult.Unavailable($"Discord {unavailable.Code}: {unavailable.Message}"),
        DiscordRestFailure.Forbidden forbidden => SendResult.Unavailable($"Discord {forbidden.Code}: {forbidden.Message}"),
        DiscordRestFailure.NotFound notFound => SendResult.Unavailable($"Discord {notFound.Code}: {notFound.Message}"),
        DiscordRestFailure.Rejected rejected => SendResult.Rejected(rejected.ToString()),
        DiscordRestFailure.Unauthorized => SendResult.Transient("Discord refused the bot token (check Discord__Token)"),
        _ => SendResult.Transient(failure.ToString()),
    };

    private static partial class Log
    {
        [LoggerMessage(EventId = 330, Level = LogLevel.Warning, Message = "A Discord post failed ({Kind}): {Reason}")]
        public static partial void SendFailed(ILogger logger, SendFailureKind kind, string reason);

        [LoggerMessage(EventId = 331, Level = LogLevel.Warning, Message = "Only the first part of a long Discord post went out ({Kind}: {Reason}); it is not posted again")]
        public static partial void PartlySent(ILogger logger, SendFailureKind kind, string reason);
    }
}
