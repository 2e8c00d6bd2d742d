using BriefingBot.Core.Replies;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram messages for the HTML parse mode: the text of
/// <see cref="TelegramReplyBlocks"/>, then hint lines for commands too long to be buttons, split between blocks into
/// messages of at most <see cref="MaxVisibleLength"/> visible characters; the inline keyboard of
/// <see cref="TelegramKeyboardLayout"/> goes on the last message. The attachment is not rendered: the adapter sends it
/// as a document, after these messages. Blank blocks are left out, since the Bot API refuses a message with no text, so
/// a reply with nothing to write (an attachment alone) gives no message.
/// </summary>
internal static class TelegramReplyRenderer
{
    /// <summary>The Bot API's limit for a message's text, counted after entity parsing.</summary>
    public const int MaxVisibleLength = 4096;

    /// <summary>
    /// The text of a message that would otherwise have only buttons, since the Bot API sends no message without text.
    /// No command replies like that today.
    /// </summary>
    public const string ButtonsOnlyText = "Choose one:";

    public static IReadOnlyList<TelegramMessage> Render(Reply reply)
    {
        var layout = TelegramKeyboardLayout.For(reply);
        var blocks = new List<TelegramBlock>(TelegramReplyBlocks.Build(reply));
        TelegramReplyBlocks.AddLines(blocks, layout.Hints);
        blocks.RemoveAll(b => HtmlTokenizer.Read(b.Html).All(t => t.Kind != HtmlTokenKind.Text || string.IsNullOrWhiteSpace(t.Html)));
        if (blocks.Count == 0 && layout.Keyboard is not null)
        {
            blocks.Add(new TelegramBlock(ButtonsOnlyText, StartsSection: true));
        }

        var texts = TelegramMessageSplitter.Pack(blocks, MaxVisibleLength);
        return [.. texts.Select((html, i) => new TelegramMessage(html, i == texts.Count - 1 ? layout.Keyboard : null))];
    }
}
