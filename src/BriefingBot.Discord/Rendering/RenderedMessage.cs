namespace BriefingBot.Discord.Rendering;

/// <summary>
/// One Discord message as the renderer writes it: our own model of the create-message body, so rendering and its tests
/// need no client library. <see cref="Content"/> is null unless a message has nothing else to show (up to 2,000
/// characters); <see cref="Embeds"/> holds up to 10 embeds of 6,000 characters in all; <see cref="Components"/> holds
/// up to 5 rows of buttons, on the last message of a reply only. The adapter sends every message with
/// <c>allowed_mentions: {"parse": []}</c> and, for a reply with an attachment, adds the file to the last message.
/// </summary>
internal sealed record RenderedMessage(string? Content, IReadOnlyList<RenderedEmbed> Embeds, IReadOnlyList<RenderedActionRow> Components);
