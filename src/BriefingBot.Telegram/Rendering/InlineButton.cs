namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// A callback button: <see cref="Text"/> is its label (at most 64 characters), <see cref="CallbackData"/> the chat
/// text of the command it runs (1 to 64 bytes of UTF-8, the Bot API's limit).
/// </summary>
internal sealed record InlineButton(string Text, string CallbackData);
