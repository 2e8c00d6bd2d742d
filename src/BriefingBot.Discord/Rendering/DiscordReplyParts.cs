namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A reply laid out for embeds, before packing into messages: the first embed's <see cref="Title"/> and
/// <see cref="Url"/>, the <see cref="Blocks"/> in reading order, and the last embed's <see cref="Footer"/>
/// (plain text). Every part is already within its own limit.
/// </summary>
internal sealed record DiscordReplyParts(string? Title, string? Url, IReadOnlyList<DiscordBlock> Blocks, string? Footer);
