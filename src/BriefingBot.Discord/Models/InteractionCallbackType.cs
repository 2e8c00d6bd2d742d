namespace BriefingBot.Discord.Models;

/// <summary>The kind of initial response to an interaction.</summary>
public enum InteractionCallbackType
{
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
}
