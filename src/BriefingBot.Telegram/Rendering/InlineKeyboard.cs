namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Rows of callback buttons under a message: our own model of the Bot API's InlineKeyboardMarkup, so rendering and
/// its tests need no client library. Each button's data is the chat text of a command, which the adapter runs as if
/// it had been typed.
/// </summary>
internal sealed record InlineKeyboard(IReadOnlyList<IReadOnlyList<InlineButton>> Rows);
