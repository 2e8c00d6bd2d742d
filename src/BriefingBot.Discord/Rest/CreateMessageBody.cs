using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rest;

/// <summary>The body of POST /channels/{channel_id}/messages: the message, its idempotency nonce and its attachments.</summary>
internal sealed class CreateMessageBody(OutgoingMessage message, string nonce, IReadOnlyList<AttachmentReference>? attachments)
{
    public string? Content => message.Content;

    public IReadOnlyList<DiscordEmbed>? Embeds => message.Embeds;

    public IReadOnlyList<ActionRow>? Components => message.Components;

    public MessageFlags? Flags => message.Flags;

    public AllowedMentions AllowedMentions => message.AllowedMentions;

    /// <summary>Up to 25 characters; with <see cref="EnforceNonce"/>, a repeat within a few minutes returns the first message.</summary>
    public string Nonce => nonce;

    public bool EnforceNonce => true;

    public IReadOnlyList<AttachmentReference>? Attachments => attachments;
}
