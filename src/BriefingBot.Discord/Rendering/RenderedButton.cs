namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A button that sends a component interaction: <see cref="Label"/> is plain text of 1 to 80 characters,
/// <see cref="CustomId"/> names the command it runs (<see cref="DiscordCustomId"/>, 1 to 100 characters, unique in
/// its message).
/// </summary>
internal sealed record RenderedButton(string Label, string CustomId, DiscordButtonStyle Style);
