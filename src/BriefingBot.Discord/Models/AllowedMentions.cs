namespace BriefingBot.Discord.Models;

/// <summary>Which mentions in a message notify anyone; the bot always sends "none".</summary>
public sealed class AllowedMentions
{
    public static readonly AllowedMentions None = new();

    private AllowedMentions()
    {
    }

    /// <summary>Always empty: mentions are shown but notify nobody.</summary>
    public IReadOnlyList<string> Parse { get; } = [];
}
