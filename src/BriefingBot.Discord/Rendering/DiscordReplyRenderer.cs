using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Discord messages: embeds laid out by <see cref="DiscordReplyBlocks"/> and packed
/// within every limit by <see cref="DiscordMessagePacker"/>, split across as many messages as needed; the buttons of
/// <see cref="DiscordButtonLayout"/> go on the last message only. Content stays null, except:
/// <list type="bullet">
/// <item>a reply with an attachment and nothing else to show but its heading (a calendar) gets the heading as content
/// and no embed; the adapter sends the file with that message (with any reply that has an attachment, it adds the file
/// to the last message). With no heading either, the one message is empty but for the file to come.</item>
/// <item>a reply with buttons and no text gets <see cref="ButtonsOnlyText"/>, so the message never rests on
/// components alone. No command replies like that today.</item>
/// </list>
/// A reply with nothing to show renders as no message. Every message is to be sent with
/// <c>allowed_mentions: {"parse": []}</c>: the escaping here keeps text inert as well, not instead.
/// </summary>
internal static class DiscordReplyRenderer
{
    public const string ButtonsOnlyText = "Choose one:";

    public static IReadOnlyList<RenderedMessage> Render(Reply reply)
    {
        var buttons = DiscordButtonLayout.For(reply);
        var parts = DiscordReplyBlocks.Build(reply, buttons.Hints);
        IReadOnlyList<RenderedMessage> messages = reply.Attachment is not null && parts.Blocks.Count == 0 && parts.Footer is null
            ? [new RenderedMessage(parts.Title, [], [])]
            : DiscordMessagePacker.Pack(parts);

        if (buttons.Rows.Count == 0)
        {
            return messages;
        }

        if (messages.Count == 0)
        {
            return [new RenderedMessage(ButtonsOnlyText, [], buttons.Rows)];
        }

        return [.. messages.Take(messages.Count - 1), messages[^1] with { Components = buttons.Rows }];
    }
}
