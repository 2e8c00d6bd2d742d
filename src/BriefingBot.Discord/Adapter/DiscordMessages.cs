using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Adapter;

/// <summary>Our rendered messages onto the REST client's message model (which always sends <c>allowed_mentions: {"parse": []}</c>).</summary>
internal static class DiscordMessages
{
    public static OutgoingMessage ToOutgoing(RenderedMessage message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds.Count == 0 ? null : [.. message.Embeds.Select(ToEmbed)],
        Components = message.Components.Count == 0
            ? null
            : [.. message.Components.Select(row => new ActionRow([.. row.Buttons.Select(b => DiscordButton.Action(b.CustomId, b.Label, (ButtonStyle)(int)b.Style))]))],
    };

    /// <summary>A plain message for answers that are not a rendered reply ("this button no longer works").</summary>
    public static OutgoingMessage Text(string content) => new() { Content = content };

    private static DiscordEmbed ToEmbed(RenderedEmbed embed) => new()
    {
        Title = embed.Title,
        Description = embed.Description,
        Url = embed.Url,
        Fields = embed.Fields.Count == 0 ? null : [.. embed.Fields.Select(f => new EmbedField { Name = f.Name, Value = f.Value, Inline = f.Inline ? true : null })],
        Footer = embed.Footer is { } footer ? new EmbedFooter { Text = footer } : null,
    };
}
