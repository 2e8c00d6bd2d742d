namespace BriefingBot.Discord.Rendering;

/// <summary>An embed field: a name of 1 to 256 characters and a value of 1 to 1,024, both markdown.</summary>
internal sealed record RenderedField(string Name, string Value, bool Inline);
