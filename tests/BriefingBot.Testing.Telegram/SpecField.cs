namespace BriefingBot.Testing.Telegram;

/// <summary>A parameter of a method or a field of a type, as api.json describes it.</summary>
/// <param name="Name">The wire name, e.g. "chat_id".</param>
/// <param name="Types">Alternatives such as "Integer", "String", "Array of MessageEntity", "InlineKeyboardMarkup".</param>
/// <param name="Required">False for "Optional." fields.</param>
/// <param name="Constant">The one value a discriminator allows ("Scope type, must be chat", "always \"creator\"").</param>
internal sealed record SpecField(string Name, IReadOnlyList<string> Types, bool Required, string? Constant);
