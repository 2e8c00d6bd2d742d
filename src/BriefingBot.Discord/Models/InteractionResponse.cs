namespace BriefingBot.Discord.Models;

/// <summary>The initial response to an interaction (due within 3 s of receiving it).</summary>
public sealed class InteractionResponse
{
    public const int MaxAutocompleteChoices = 25;

    private InteractionResponse(InteractionCallbackType type, OutgoingMessage? message, IReadOnlyList<ApplicationCommandOptionChoice>? choices)
    {
        Type = type;
        Message = message;
        Choices = choices;
    }

    public InteractionCallbackType Type { get; }

    public OutgoingMessage? Message { get; }

    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; }

    /// <summary>Type 4: reply with a message now.</summary>
    public static InteractionResponse Reply(OutgoingMessage message) =>
        new(InteractionCallbackType.ChannelMessageWithSource, message ?? throw new ArgumentNullException(nameof(message)), null);

    /// <summary>Type 5: show "thinking…" now and edit the original response later (within 15 minutes).</summary>
    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new OutgoingMessage { Flags = MessageFlags.Ephemeral } : null, null);

    /// <summary>Type 6 (components): acknowledge now, edit the message later.</summary>
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage, null, null);

    /// <summary>Type 7 (components): replace the message the component is on.</summary>
    public static InteractionResponse UpdateMessage(OutgoingMessage message) =>
        new(InteractionCallbackType.UpdateMessage, message ?? throw new ArgumentNullException(nameof(message)), null);

    /// <summary>Type 8: up to 25 autocomplete suggestions.</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Count > MaxAutocompleteChoices
            ? throw new ArgumentException($"At most {MaxAutocompleteChoices} autocomplete choices, not {choices.Count}.", nameof(choices))
            : new(InteractionCallbackType.ApplicationCommandAutocompleteResult, null, choices);
    }
}
