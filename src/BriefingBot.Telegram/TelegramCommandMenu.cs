using BriefingBot.Core.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>
/// The "/" menu Telegram shows, from the command catalogue: everyone sees the read-only commands; chat administrators
/// and private chats (where the user is admin of their own reminders) see the reminder commands too.
/// </summary>
internal static class TelegramCommandMenu
{
    public static async Task PublishAsync(ITelegramBotClient client, CancellationToken cancellationToken)
    {
        var everyone = CommandCatalogue.All.Where(c => !c.AdminOnly).Select(ToBotCommand).ToArray();
        var all = CommandCatalogue.All.Select(ToBotCommand).ToArray();
        await client.SetMyCommands(everyone, new BotCommandScopeDefault(), cancellationToken: cancellationToken);
        await client.SetMyCommands(all, new BotCommandScopeAllPrivateChats(), cancellationToken: cancellationToken);
        await client.SetMyCommands(all, new BotCommandScopeAllChatAdministrators(), cancellationToken: cancellationToken);
    }

    private static BotCommand ToBotCommand(CommandDefinition command) => new() { Command = command.Name, Description = command.Description };
}
