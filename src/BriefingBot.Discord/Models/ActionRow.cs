namespace BriefingBot.Discord.Models;

/// <summary>A row of up to five buttons under a message.</summary>
public sealed class ActionRow
{
    public ActionRow(params IReadOnlyList<DiscordButton> buttons)
    {
        if (buttons.Count is < 1 or > MaxButtons)
        {
            throw new ArgumentException($"An action row holds 1 to {MaxButtons} buttons, not {buttons.Count}.", nameof(buttons));
        }

        Components = buttons;
    }

    public const int MaxButtons = 5;

    /// <summary>Component type 1 (action row).</summary>
    public int Type => 1;

    public IReadOnlyList<DiscordButton> Components { get; }
}
