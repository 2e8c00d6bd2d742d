namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// One Telegram message as the renderer writes it: text for the HTML parse mode and, on the last message of a reply
/// only, its inline keyboard. The adapter sends it with <c>parse_mode</c> HTML and maps the keyboard onto the library.
/// </summary>
internal sealed record TelegramMessage(string Html, InlineKeyboard? Keyboard);
