namespace BriefingBot.Discord.Models;

/// <summary>A button: one that sends an interaction with its custom_id, or a link.</summary>
public sealed class DiscordButton
{
    public const int MaxCustomIdLength = 100;
    public const int MaxLabelLength = 80;

    private DiscordButton(ButtonStyle style, string label, string? customId, string? url, bool? disabled)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (label.Length > MaxLabelLength)
        {
            throw new ArgumentException($"A button label is at most {MaxLabelLength} characters, not {label.Length}.", nameof(label));
        }

        Style = style;
        Label = label;
        CustomId = customId;
        Url = url;
        Disabled = disabled;
    }

    /// <summary>Component type 2 (button).</summary>
    public int Type => 2;

    public ButtonStyle Style { get; }

    public string Label { get; }

    public string? CustomId { get; }

    public string? Url { get; }

    public bool? Disabled { get; }

    /// <summary>A button that sends a MESSAGE_COMPONENT interaction carrying <paramref name="customId"/> (1-100 characters).</summary>
    public static DiscordButton Action(string customId, string label, ButtonStyle style = ButtonStyle.Primary, bool disabled = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        if (customId.Length > MaxCustomIdLength)
        {
            throw new ArgumentException($"A custom_id is at most {MaxCustomIdLength} characters, not {customId.Length}.", nameof(customId));
        }

        if (style == ButtonStyle.Link)
        {
            throw new ArgumentException("Use DiscordButton.Link for link buttons.", nameof(style));
        }

        return new DiscordButton(style, label, customId, null, disabled ? true : null);
    }

    /// <summary>A button that opens <paramref name="url"/> (http, https or discord, up to 512 characters).</summary>
    public static DiscordButton Link(string url, string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        if (url.Length > 512 || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new ArgumentException("A link button needs an absolute URL of at most 512 characters.", nameof(url));
        }

        return new DiscordButton(ButtonStyle.Link, label, null, url, null);
    }
}
