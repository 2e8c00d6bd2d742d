using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>
/// Button presses. Each button's callback data is the chat text of a command ("/timeline New START page 2"), run as
/// if the presser had typed it, with the presser's own role. Every press is answered at once (Telegram shows a
/// spinner until then); a timeline page replaces the message it was pressed on, anything else is a new message.
/// </summary>
internal sealed partial class TelegramCallbacks(
    ICommandRunner runner,
    TelegramReplies replies,
    TelegramChatRoles roles,
    TelegramClientFactory clients,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramCallbacks> logger)
{
    public const string StaleButton = "This button no longer works. Send the command again.";

    private readonly TokenScrubber _scrubber = new(options.Value.Token ?? string.Empty);

    public async Task OnCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var parsed = ChatCommandParser.Parse(query.Data);
        await AnswerAsync(query, parsed is null || query.Message is null ? StaleButton : null, cancellationToken);
        if (parsed is null || query.Message is not { } message)
        {
            return;
        }

        var sender = await roles.SenderAsync(parsed.Name, message.Chat, query.From, null, cancellationToken);
        var conversation = TelegramUpdateRouter.ConversationOf(message);
        var inbound = new InboundCommand(parsed.Name, CommandInput.FromText(parsed.Arguments), conversation, sender, time.GetUtcNow());
        var pages = parsed.Name == CommandCatalogue.Timeline.Name;
        await runner.SubmitAsync(
            inbound,
            (reply, ct) => pages && reply.Ok ? replies.EditAsync(message, reply, ct) : replies.SendAsync(conversation, reply, null, ct),
            cancellationToken);
    }

    private async Task AnswerAsync(CallbackQuery query, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await clients.Client.AnswerCallbackQuery(query.Id, text, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.AnswerFailed(logger, _scrubber.Describe(ex));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 250, Level = LogLevel.Warning, Message = "Could not answer a Telegram button press: {Reason}")]
        public static partial void AnswerFailed(ILogger logger, string reason);
    }
}
