namespace BriefingBot.Discord.Rendering;

/// <summary>An action row: 1 to 5 buttons side by side. A message holds at most 5 rows.</summary>
internal sealed record RenderedActionRow(IReadOnlyList<RenderedButton> Buttons);
