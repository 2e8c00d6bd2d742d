using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Replies;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Answers commands on Telegram: a new message through the paced outbound port, or, for a page of the timeline asked
/// with a button, the same message edited in place. A reply Telegram rate-limits is sent again after the wait it
/// names (a few times, for waits up to <see cref="LongestWait"/>), so a burst of 429s delays an answer but loses none.
/// </summary>
internal sealed partial class TelegramReplies(
    IEnumerable<IChatPlatform> platforms,
    TelegramClientFactory clients,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramReplies> logger)
{
    public const int MaxTries = 5;
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly IChatPlatform _outbound = platforms.First(p => p.Platform == ChatPlatformKind.Telegram);
    private readonly TokenScrubber _scrubber = new(options.Value.Token ?? string.Empty);

    public async Task SendAsync(ConversationRef conversation, Reply reply, string? replyTo, CancellationToken cancellationToken)
    {
        var message = new OutboundMessage(conversation, reply, DeliveryKey.New(), replyTo);
        for (var attempt = 1; ; attempt++)
        {
            var result = await _outbound.SendAsync(message, cancellationToken);
            if (result.Failure is not { } failure)
            {
                return;
            }

            if (failure is { Kind: SendFailureKind.RateLimited, RetryAfter: { } wait } && wait <= LongestWait && attempt < MaxTries)
            {
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            Log.NotDelivered(logger, reply.Command, failure.Kind, failure.Reason);
            return;
        }
    }

    /// <summary>Replaces the message's text and buttons with the reply's first part (a page fits one message).</summary>
    public async Task EditAsync(Message message, Reply reply, CancellationToken cancellationToken)
    {
        var first = TelegramReplyRenderer.Render(reply)[0];
        try
        {
            await clients.Client.EditMessageText(
                message.Chat.Id,
                message.MessageId,
                first.Html,
                ParseMode.Html,
                replyMarkup: TelegramKeyboards.ToMarkup(first.Keyboard),
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The same page pressed twice: nothing to change.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.EditFailed(logger, _scrubber.Describe(ex));
            await SendAsync(TelegramUpdateRouter.ConversationOf(message), reply, message.MessageId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 240, Level = LogLevel.Warning, Message = "The reply to {Command} was not delivered to Telegram ({Kind}): {Reason}")]
        public static partial void NotDelivered(ILogger logger, string command, SendFailureKind kind, string reason);

        [LoggerMessage(EventId = 241, Level = LogLevel.Warning, Message = "Could not edit a Telegram message; sent the page as a new one: {Reason}")]
        public static partial void EditFailed(ILogger logger, string reason);
    }
}
