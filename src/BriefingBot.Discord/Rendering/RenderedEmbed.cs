namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A rich embed. <see cref="Title"/> (up to 256 characters), <see cref="Description"/> (4,096) and field names and
/// values are Discord markdown, escaped by <see cref="DiscordMarkdown"/>; <see cref="Footer"/> (2,048) is plain text,
/// since Discord shows footers without markdown. <see cref="Url"/> makes the title a link.
/// </summary>
internal sealed record RenderedEmbed(string? Title, string? Description, string? Url, IReadOnlyList<RenderedField> Fields, string? Footer);
