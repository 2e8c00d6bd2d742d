namespace BriefingBot.Discord.Models;

/// <summary>
/// A message the bot sends: to a channel, as an interaction response, a follow-up or an edit.
/// <see cref="AllowedMentions"/> is always <c>{"parse":[]}</c>, so quoted text can never ping anyone.
/// </summary>
public sealed class OutgoingMessage
{
    /// <summary>Up to 2,000 characters.</summary>
    public string? Content { get; init; }

    /// <summary>Up to 10 embeds, 6,000 characters across all of them.</summary>
    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    /// <summary>Up to 5 action rows of buttons.</summary>
    public IReadOnlyList<ActionRow>? Components { get; init; }

    public MessageFlags? Flags { get; init; }

    /// <summary>Always "parse nothing": no user, role or @everyone pings.</summary>
    public AllowedMentions AllowedMentions => AllowedMentions.None;
}
