using BriefingBot.Core.Replies;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// The text of a reply as blocks of Telegram HTML, in reading order: heading (bold) and paragraphs, entries, summary
/// lines, quotes, dated items, footer. Corpus text is escaped and shown verbatim; the bot's and the user's words go
/// through <see cref="TelegramHtml.Text"/>. Buttons and hints are <see cref="TelegramKeyboardLayout"/>'s.
/// </summary>
internal static class TelegramReplyBlocks
{
    /// <summary>Quotes longer than this (in characters) are sent collapsed, as an expandable blockquote.</summary>
    public const int ExpandableQuoteLength = 300;

    public static IReadOnlyList<TelegramBlock> Build(Reply reply)
    {
        var blocks = new List<TelegramBlock>();
        var opening = new List<string>();
        if (reply.Heading is { } heading && heading.ToString().Length > 0)
        {
            opening.Add($"<b>{TelegramHtml.Text(heading)}</b>");
        }

        opening.AddRange(reply.Paragraphs.Select(TelegramHtml.Text));
        if (opening.Count > 0)
        {
            blocks.Add(new TelegramBlock(string.Join('\n', opening), StartsSection: true));
        }

        AddLines(blocks, reply.Entries.Select(Entry));
        AddLines(blocks, reply.Summary.Select(Summary));
        blocks.AddRange(reply.Quotes.Select(q => new TelegramBlock(Quote(q.Text, q.Source), StartsSection: true)));
        blocks.AddRange(reply.Items.Select(i => new TelegramBlock(Item(i), StartsSection: true)));
        if (reply.Footer is { } footer && footer.ToString().Length > 0)
        {
            blocks.Add(new TelegramBlock(TelegramHtml.Text(footer), StartsSection: true));
        }

        return blocks;
    }

    /// <summary>Lines of one list: a blank line before the first, line breaks between the rest.</summary>
    public static void AddLines(List<TelegramBlock> blocks, IEnumerable<string> lines)
    {
        var first = true;
        foreach (var line in lines)
        {
            blocks.Add(new TelegramBlock(line, StartsSection: first));
            first = false;
        }
    }

    /// <summary>
    /// "• entry". An entry whose source has a linkable URL links the first place its title appears in the bot's words,
    /// or, when the text does not name it, gets the linked title after it in parentheses.
    /// </summary>
    private static string Entry(ReplyEntry entry)
    {
        if (entry.Source is not { } source || !TelegramHtml.IsLinkable(source.Url) || source.Title.Length == 0)
        {
            return "\u2022 " + TelegramHtml.Text(entry.Text);
        }

        var linked = false;
        var html = string.Concat(entry.Text.Spans.Select(span =>
        {
            var at = span.Kind == TextKind.Bot && !linked ? span.Text.IndexOf(source.Title, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                return span.Kind == TextKind.User ? TelegramHtml.UserText(span.Text) : TelegramHtml.Escape(span.Text);
            }

            linked = true;
            return TelegramHtml.Escape(span.Text[..at])
                + TelegramHtml.SourceTitle(source)
                + TelegramHtml.Escape(span.Text[(at + source.Title.Length)..]);
        }));
        return "\u2022 " + html + (linked ? string.Empty : $" ({TelegramHtml.SourceTitle(source)})");
    }

    /// <summary>"• sentence (Title)": the title linked when its URL is known, else in italics.</summary>
    private static string Summary(SummarySentence sentence) =>
        $"\u2022 {TelegramHtml.Escape(sentence.Text)} ({TelegramHtml.SourceTitle(sentence.Source)})";

    /// <summary>
    /// The passage in a blockquote (expandable when long) without outer quotation marks of its own, since the
    /// blockquote already marks it as quoted; then "— Title, Publisher, date" on the next line.
    /// </summary>
    private static string Quote(string passage, SourceRef source)
    {
        var text = ReplyFormat.Unquoted(passage).Trim();
        var open = text.Length > ExpandableQuoteLength ? "<blockquote expandable>" : "<blockquote>";
        return $"{open}{TelegramHtml.Escape(text)}</blockquote>\n\u2014 {Attribution(source)}";
    }

    /// <summary>"<b>date</b>: label", the note in italics, then the quote and its attribution.</summary>
    private static string Item(DatedItemView item)
    {
        var heading = $"<b>{TelegramHtml.Escape(item.When.ToDisplayString())}</b>: {TelegramHtml.Escape(item.Label)}";
        var note = item.Note is { Length: > 0 } text ? $"\n<i>{TelegramHtml.Escape(text)}</i>" : string.Empty;
        var also = item.AlsoIn.Count > 0 ? "\n<i>Also in:</i> " + string.Join("; ", item.AlsoIn.Select(Attribution)) : string.Empty;
        return $"{heading}{note}\n{Quote(item.Quote, item.Source)}{also}";
    }

    /// <summary>
    /// <see cref="ReplyFormat.Attribution"/>'s parts in its order, with the title linked instead of the URL spelled out.
    /// </summary>
    private static string Attribution(SourceRef source)
    {
        var parts = new List<string> { TelegramHtml.SourceTitle(source) };
        if (source.Publisher is { Length: > 0 } publisher)
        {
            parts.Add(TelegramHtml.Escape(publisher));
        }

        parts.Add(TelegramHtml.Escape(source.Published.ToDisplayString()));
        return string.Join(", ", parts);
    }
}
