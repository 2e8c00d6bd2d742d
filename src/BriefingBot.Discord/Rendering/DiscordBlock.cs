namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A piece of a reply that is packed whole into an embed: a line of description markdown (at most 4,096 characters;
/// <see cref="StartsSection"/> puts a blank line before it rather than a line break) or a field (name at most 256,
/// value at most 1,024). Exactly one of <see cref="Line"/> and <see cref="Field"/> is set.
/// </summary>
internal sealed record DiscordBlock(string? Line, bool StartsSection, RenderedField? Field)
{
    public static DiscordBlock Description(string line, bool startsSection) => new(line, startsSection, null);

    public static DiscordBlock Of(RenderedField field) => new(null, false, field);
}
