namespace BriefingBot.Testing.Telegram;

/// <summary>A method or a type of api.json: its fields, or for an abstract type (BotCommandScope, ChatMember, …) its subtypes.</summary>
internal sealed record SpecEntry(string Name, IReadOnlyDictionary<string, SpecField> Fields, IReadOnlyList<string> Subtypes)
{
    /// <summary>The field whose fixed value tells this subtype apart ("type", "status" or "source"), if any.</summary>
    public SpecField? Discriminator => Fields.Values.FirstOrDefault(f => f.Constant is not null);
}
