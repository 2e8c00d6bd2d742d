namespace BriefingBot.Discord.Models;

/// <summary>The kind of application command.</summary>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}
