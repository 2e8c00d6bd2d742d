namespace BriefingBot.Discord.Models;

/// <summary>How the app is installed for a command to be available.</summary>
public enum ApplicationIntegrationType
{
    GuildInstall = 0,
    UserInstall = 1,
}
