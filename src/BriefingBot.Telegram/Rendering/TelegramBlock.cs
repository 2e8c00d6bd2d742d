namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// A piece of a message that is kept whole when a long reply is split: a heading with its paragraphs, one entry, one
/// summary line, one quote with its attribution, one dated item, the footer. <see cref="StartsSection"/> puts a blank
/// line before it rather than a line break.
/// </summary>
internal sealed record TelegramBlock(string Html, bool StartsSection);
