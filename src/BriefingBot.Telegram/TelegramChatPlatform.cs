using System.Globalization;
using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types;
using Telegram.Bot;

namespace BriefingBot.Telegram;

/// <summary>
/// Telegram's outbound port: a reply rendered as HTML messages (split at 4,096 characters, inline keyboard on the
/// last), link previews off, in the conversation's forum topic when it has one, answering the user's message when
/// there is one; an attachment goes as a document. Failures come back classified, never thrown.
/// </summary>
internal sealed partial class TelegramChatPlatform(
    TelegramClientFactory clients, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramChatPlatform> logger) : IChatPlatform
{
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private readonly TokenScrubber _scrubber = new(options.Value.Token ?? string.Empty);

    public ChatPlatformKind Platform => ChatPlatformKind.Telegram;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(message.Conversation.ChatId, CultureInfo.InvariantCulture);
        int? topic = message.Conversation.ThreadId is { } thread ? int.Parse(thread, CultureInfo.InvariantCulture) : null;
        var replyTo = message.InReplyTo is { } id ? new ReplyParameters { MessageId = int.Parse(id, CultureInfo.InvariantCulture), AllowSendingWithoutReply = true } : null;
        string? firstId = null;
        try
        {
            foreach (var part in TelegramReplyRenderer.Render(message.Reply))
            {
                var sent = await SendPartAsync(
                    firstId is not null,
                    ct => clients.Client.SendMessage(
                        chatId,
                        part.Html,
                        ParseMode.Html,
                        replyParameters: firstId is null ? replyTo : null,
                        replyMarkup: TelegramKeyboards.ToMarkup(part.Keyboard),
                        linkPreviewOptions: NoPreview,
                        messageThreadId: topic,
                        cancellationToken: ct),
                    cancellationToken);
                firstId ??= sent.MessageId.ToString(CultureInfo.InvariantCulture);
            }

            if (message.Reply.Attachment is { } attachment)
            {
                await using var content = new MemoryStream(Encoding.UTF8.GetBytes(attachment.Content));
                var sent = await clients.Client.SendDocument(
                    chatId, InputFile.FromStream(content, attachment.FileName), messageThreadId: topic, cancellationToken: cancellationToken);
                firstId ??= sent.MessageId.ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failure = TelegramSendErrors.Classify(ex, _scrubber);
            if (firstId is not null)
            {
                // Part of the reply is already in the chat: a retry would post that part twice, so it counts as sent.
                Log.PartlySent(logger, failure.Failure!.Kind, failure.Failure.Reason);
                return SendResult.Sent(firstId);
            }

            Log.SendFailed(logger, failure.Failure!.Kind, failure.Failure.Reason);
            return failure;
        }

        return SendResult.Sent(firstId ?? "0");
    }

    /// <summary>
    /// Sends one part. Once an earlier part of the reply is in the chat, a 429 on a later one is waited out (up to
    /// <see cref="LongestWait"/>, a few times) rather than ending the reply half-posted.
    /// </summary>
    private async Task<Message> SendPartAsync(bool continuing, Func<CancellationToken, Task<Message>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send(cancellationToken);
            }
            catch (ApiRequestException limited)
                when (continuing && limited.ErrorCode == 429 && attempt < 4 && limited.Parameters?.RetryAfter is int seconds && TimeSpan.FromSeconds(seconds) <= LongestWait)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), time, cancellationToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 210, Level = LogLevel.Warning, Message = "A Telegram send failed ({Kind}): {Reason}")]
        public static partial void SendFailed(ILogger logger, SendFailureKind kind, string reason);

        [LoggerMessage(EventId = 211, Level = LogLevel.Warning, Message = "Only the first part of a long Telegram reply was posted ({Kind}: {Reason}); it is not posted again")]
        public static partial void PartlySent(ILogger logger, SendFailureKind kind, string reason);
    }
}
