namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Packs a reply's parts into messages within Discord's limits, in reading order. Description lines fill an embed's
/// description (a line break between lines, a blank line before a section) up to 4,096 characters; fields follow up to
/// 25 an embed; a line that comes after fields starts a new embed, since Discord shows an embed's description above
/// its fields. A message takes up to 10 embeds and 6,000 characters of embed text in all (the title, descriptions,
/// field names and values, the footer); what does not fit starts the next message. Only the first embed has the title;
/// the footer goes on the last embed. Components are the caller's.
/// </summary>
internal static class DiscordMessagePacker
{
    public static IReadOnlyList<RenderedMessage> Pack(DiscordReplyParts parts)
    {
        var messages = new List<RenderedMessage>();
        var embeds = new List<RenderedEmbed>();
        var draft = new EmbedDraft(parts.Title, parts.Url);
        var total = draft.Length;

        foreach (var block in parts.Blocks)
        {
            if (block.Field is { } field)
            {
                var size = field.Name.Length + field.Value.Length;
                if (draft.FieldCount == DiscordLimits.FieldsPerEmbed)
                {
                    NextEmbed();
                }

                if (total + size > DiscordLimits.EmbedTotalLength)
                {
                    NextMessage();
                }

                draft.AddField(field);
                total += size;
                continue;
            }

            var line = block.Line ?? string.Empty;
            if (draft.FieldCount > 0)
            {
                NextEmbed();
            }

            var separator = draft.DescriptionLength == 0 ? string.Empty : block.StartsSection ? "\n\n" : "\n";
            if (draft.DescriptionLength + separator.Length + line.Length > DiscordLimits.DescriptionLength)
            {
                NextEmbed();
                separator = string.Empty;
            }

            if (total + separator.Length + line.Length > DiscordLimits.EmbedTotalLength)
            {
                NextMessage();
                separator = string.Empty;
            }

            draft.AppendLine(separator, line);
            total += separator.Length + line.Length;
        }

        if (parts.Footer is { } footer)
        {
            if (total + footer.Length > DiscordLimits.EmbedTotalLength)
            {
                NextMessage();
            }

            draft.Footer = footer;
        }

        NextMessage();
        return messages;

        void NextEmbed()
        {
            if (!draft.IsEmpty)
            {
                embeds.Add(draft.Build());
                draft = new EmbedDraft(null, null);
            }

            if (embeds.Count == DiscordLimits.EmbedsPerMessage)
            {
                NextMessage();
            }
        }

        void NextMessage()
        {
            if (!draft.IsEmpty)
            {
                embeds.Add(draft.Build());
                draft = new EmbedDraft(null, null);
            }

            if (embeds.Count > 0)
            {
                messages.Add(new RenderedMessage(null, [.. embeds], []));
                embeds.Clear();
            }

            total = 0;
        }
    }
}
