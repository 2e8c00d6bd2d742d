namespace BriefingBot.Discord.Models;

/// <summary>How a button looks; <see cref="Link"/> buttons open a URL and send no interaction.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}
