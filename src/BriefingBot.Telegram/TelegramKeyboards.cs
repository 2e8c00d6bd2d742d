using BriefingBot.Telegram.Rendering;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram;

/// <summary>Our keyboard model onto Telegram.Bot's: every button is a callback button carrying a command's chat text.</summary>
internal static class TelegramKeyboards
{
    public static InlineKeyboardMarkup? ToMarkup(InlineKeyboard? keyboard) => keyboard is null || keyboard.Rows.Count == 0
        ? null
        : new InlineKeyboardMarkup(keyboard.Rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData))));
}
