using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Ports;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Turns each Telegram update into what the bot does about it. Commands and button presses go to the shared
/// <see cref="ICommandRunner"/> and return at once, so one slow command never holds up the next update; membership
/// changes and group migrations are stored here. Ignored: commands for another bot, and plain chatter in groups
/// (in a private chat, plain text is a /brief).
/// </summary>
internal sealed partial class TelegramUpdateRouter(
    ICommandRunner runner,
    TelegramReplies replies,
    TelegramCallbacks callbacks,
    TelegramChatRoles roles,
    TelegramBotIdentity identity,
    ISubscriptionStore subscriptions,
    TimeProvider time,
    ILogger<TelegramUpdateRouter> logger)
{
    public async Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { Message: { } message }:
                await OnMessageAsync(message, cancellationToken);
                break;
            case { ChannelPost: { } post }:
                await OnMessageAsync(post, cancellationToken);
                break;
            case { CallbackQuery: { } query }:
                await callbacks.OnCallbackAsync(query, cancellationToken);
                break;
            case { MyChatMember: { } membership }:
                await OnMembershipAsync(membership, cancellationToken);
                break;
        }
    }

    /// <summary>The conversation of a message: the chat, and its forum topic when the message is in one.</summary>
    public static ConversationRef ConversationOf(Message message) =>
        ConversationRef.Telegram(message.Chat.Id, message.IsTopicMessage ? message.MessageThreadId : null);

    private async Task OnMessageAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is long supergroup)
        {
            var moved = await subscriptions.MoveConversationAsync(ConversationRef.Telegram(message.Chat.Id), ConversationRef.Telegram(supergroup), cancellationToken);
            Log.Migrated(logger, moved);
            return;
        }

        var text = message.Text ?? message.Caption;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var parsed = ChatCommandParser.Parse(text, identity.Username);
        if (parsed is null)
        {
            if (message.Chat.Type != ChatType.Private || text.TrimStart().StartsWith('/'))
            {
                return;
            }

            parsed = new ParsedCommand(CommandCatalogue.Brief.Name, ChatCommandParser.CleanArguments(text));
        }

        var name = parsed.Name == "start" ? CommandCatalogue.Help.Name : parsed.Name;
        var sender = await roles.SenderAsync(name, message.Chat, message.From, message.SenderChat, cancellationToken);
        var conversation = ConversationOf(message);
        var inbound = new InboundCommand(name, CommandInput.FromText(parsed.Arguments), conversation, sender, time.GetUtcNow());
        var replyTo = message.Chat.Type == ChatType.Private ? null : message.MessageId.ToString(CultureInfo.InvariantCulture);
        await runner.SubmitAsync(inbound, (reply, ct) => replies.SendAsync(conversation, reply, replyTo, ct), cancellationToken);
    }

    private async Task OnMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        if (membership.NewChatMember.Status is ChatMemberStatus.Left or ChatMemberStatus.Kicked)
        {
            var reason = membership.NewChatMember.Status == ChatMemberStatus.Kicked
                ? "the bot was removed from this chat"
                : "the bot left this chat";
            var disabled = await subscriptions.DisableAsync(ConversationRef.Telegram(membership.Chat.Id), reason, time.GetUtcNow(), cancellationToken);
            Log.RemovedFromChat(logger, disabled);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 230, Level = LogLevel.Information, Message = "A Telegram group became a supergroup; {Count} subscriptions moved to its new id")]
        public static partial void Migrated(ILogger logger, int count);

        [LoggerMessage(EventId = 231, Level = LogLevel.Information, Message = "The bot was removed from a Telegram chat; {Count} subscriptions turned off")]
        public static partial void RemovedFromChat(ILogger logger, int count);
    }
}
