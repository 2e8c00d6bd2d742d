namespace BriefingBot.Discord.Rendering;

/// <summary>Discord's button styles that send an interaction, with their wire values (link and premium buttons are not used).</summary>
internal enum DiscordButtonStyle
{
    /// <summary>Blurple: the reply's own follow-ups, such as "Next page".</summary>
    Primary = 1,

    /// <summary>Grey: suggestions and list entries.</summary>
    Secondary = 2,

    Success = 3,

    Danger = 4,
}
