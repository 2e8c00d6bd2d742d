namespace BriefingBot.Discord.Models;

/// <summary>Where a command may be used and where an interaction happened.</summary>
public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}
