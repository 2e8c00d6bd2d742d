namespace BriefingBot.Discord.Rest;

/// <summary>The value of a call that succeeds with 204 No Content.</summary>
public sealed class DiscordNoContent
{
    public static readonly DiscordNoContent Instance = new();

    private DiscordNoContent()
    {
    }

    public override string ToString() => "No Content";
}
