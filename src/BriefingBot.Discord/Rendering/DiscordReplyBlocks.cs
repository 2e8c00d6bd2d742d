using BriefingBot.Core.Replies;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// The layout of a reply in embeds, in reading order (the same order as the Telegram renderer's):
/// <list type="number">
/// <item>Heading: the first embed's title (the bot's words escaped, echoed user text made inert), linked to the article
/// when everything the reply quotes comes from one article with a linkable URL. A heading too long for a title (256)
/// opens the description in bold instead.</item>
/// <item>Paragraphs: the description, one line each.</item>
/// <item>Entries: "• entry", the entry's source linked where its text names the title, else " — [Title](url)" after it.</item>
/// <item>Summary: "• sentence — [Title](url)", or "— *Title*" when the URL is not absolute http(s).</item>
/// <item>Quotes: each a section of the description, "&gt; passage" (outer quotation marks taken off by
/// <see cref="ReplyFormat.Unquoted"/>, since the block quote marks it) and "— [Title](url), Publisher, date".</item>
/// <item>Dated items: a field each, named "date: label"; the value is the note in italics, the quote as
/// "&gt; passage" and its attribution as above. A value over 1,024 characters goes on in fields named with a zero width
/// space.</item>
/// <item>Hints for commands that cannot be buttons (<see cref="DiscordButtonLayout"/>).</item>
/// <item>Footer: the last embed's footer, plain text (Discord shows footers without markdown), user text made inert;
/// one too long for a footer (2,048) becomes the last description line instead.</item>
/// </list>
/// Sections of the description are parted by a blank line. A line too long for a description is cut by
/// <see cref="MarkdownLineSplitter"/>; blank text is left out.
/// </summary>
internal static class DiscordReplyBlocks
{
    /// <summary>The name of a field that goes on with the value of the field before it.</summary>
    public const string ContinuedFieldName = "\u200B";

    public static DiscordReplyParts Build(Reply reply, IReadOnlyList<MarkdownLine> hints)
    {
        var blocks = new List<DiscordBlock>();
        var opening = new List<MarkdownLine>();
        string? title = null;
        if (reply.Heading is { } heading && !string.IsNullOrWhiteSpace(heading.ToString()))
        {
            var line = OnOneLine(MarkdownLine.Of(heading));
            var markdown = line.Render();
            if (markdown.Length <= DiscordLimits.TitleLength)
            {
                title = markdown;
            }
            else
            {
                opening.Add(line with { Emphasis = LineEmphasis.Bold });
            }
        }

        opening.AddRange(reply.Paragraphs.Select(p => MarkdownLine.Of(p)));
        AddSection(blocks, opening);
        AddSection(blocks, reply.Entries.Select(Entry));
        AddSection(blocks, reply.Summary.Select(Summary));
        foreach (var quote in reply.Quotes)
        {
            AddSection(blocks, Quote(quote.Text, quote.Source));
        }

        blocks.AddRange(reply.Items.SelectMany(Item));
        AddSection(blocks, hints);

        string? footer = null;
        if (reply.Footer is { } replyFooter && !string.IsNullOrWhiteSpace(replyFooter.ToString()))
        {
            footer = DiscordMarkdown.Plain(replyFooter).Trim();
            if (footer.Length > DiscordLimits.FooterLength)
            {
                footer = null;
                AddSection(blocks, [MarkdownLine.Of(replyFooter)]);
            }
        }

        return new DiscordReplyParts(title, title is null ? null : SingleSourceUrl(reply), blocks, footer);
    }

    /// <summary>Lines as description blocks, cut to fit a description; a blank line before the first.</summary>
    public static void AddSection(List<DiscordBlock> blocks, IEnumerable<MarkdownLine> lines)
    {
        var first = true;
        foreach (var piece in lines.SelectMany(l => MarkdownLineSplitter.Split(l, DiscordLimits.DescriptionLength)))
        {
            blocks.Add(DiscordBlock.Description(piece, startsSection: first));
            first = false;
        }
    }

    /// <summary>
    /// The URL every source of the reply shares, when there is exactly one article and its URL is linkable: the title
    /// then links to it. Only the first embed gets it, since Discord merges embeds that share a URL.
    /// </summary>
    public static string? SingleSourceUrl(Reply reply)
    {
        var sources = reply.Summary.Select(s => s.Source)
            .Concat(reply.Quotes.Select(q => q.Source))
            .Concat(reply.Items.Select(i => i.Source))
            .Concat(reply.Entries.Where(e => e.Source is not null).Select(e => e.Source!))
            .DistinctBy(s => s.ArticleId)
            .Take(2)
            .ToList();
        return sources.Count == 1 ? DiscordMarkdown.LinkTarget(sources[0].Url) : null;
    }

    private static MarkdownLine Entry(ReplyEntry entry)
    {
        var runs = new List<MarkdownRun> { MarkdownRun.Markdown("\u2022 ") };
        if (entry.Source is not { } source || DiscordMarkdown.LinkTarget(source.Url) is null || source.Title.Trim().Length == 0)
        {
            runs.AddRange(MarkdownLine.Of(entry.Text).Runs);
            return new MarkdownLine(runs);
        }

        var link = DiscordMarkdown.SourceTitle(source);
        var linked = false;
        foreach (var span in entry.Text.Spans)
        {
            var at = span.Kind == TextKind.Bot && !linked ? span.Text.IndexOf(source.Title, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                runs.Add(new MarkdownRun(span.Text, span.Kind == TextKind.User ? MarkdownRunKind.User : MarkdownRunKind.Bot));
                continue;
            }

            linked = true;
            runs.Add(MarkdownRun.Bot(span.Text[..at]));
            runs.Add(MarkdownRun.Markdown(link));
            runs.Add(MarkdownRun.Bot(span.Text[(at + source.Title.Length)..]));
        }

        if (!linked)
        {
            runs.Add(MarkdownRun.Markdown(" \u2014 "));
            runs.Add(MarkdownRun.Markdown(link));
        }

        return new MarkdownLine(runs);
    }

    private static MarkdownLine Summary(SummarySentence sentence) => new(
    [
        MarkdownRun.Markdown("\u2022 "),
        MarkdownRun.Corpus(sentence.Text.Trim()),
        MarkdownRun.Markdown(" \u2014 "),
        MarkdownRun.Markdown(DiscordMarkdown.SourceTitle(sentence.Source)),
    ]);

    /// <summary>"&gt; passage" (left out when blank), then "— [Title](url), Publisher, date".</summary>
    private static IEnumerable<MarkdownLine> Quote(string passage, SourceRef source)
    {
        var text = ReplyFormat.Unquoted(passage).Trim();
        if (text.Length > 0)
        {
            yield return new MarkdownLine([MarkdownRun.Corpus(text)], Prefix: "> ");
        }

        yield return Attribution(source);
    }

    /// <summary><see cref="ReplyFormat.Attribution"/>'s parts in its order, with the title linked instead of the URL spelled out.</summary>
    private static MarkdownLine Attribution(SourceRef source)
    {
        var runs = new List<MarkdownRun> { MarkdownRun.Markdown("\u2014 "), MarkdownRun.Markdown(DiscordMarkdown.SourceTitle(source)) };
        if (source.Publisher is { } publisher && publisher.Trim().Length > 0)
        {
            runs.Add(MarkdownRun.Corpus(", " + DiscordMarkdown.OneLine(publisher.Trim())));
        }

        runs.Add(MarkdownRun.Corpus(", " + source.Published.ToDisplayString()));
        return new MarkdownLine(runs);
    }

    /// <summary>A dated item as a field named "date: label", going on in further fields when its value is too long for one.</summary>
    private static IEnumerable<DiscordBlock> Item(DatedItemView item)
    {
        var label = DiscordMarkdown.OneLine(item.Label).Trim();
        var name = MarkdownLineSplitter.Truncate(
            new MarkdownLine([MarkdownRun.Bot(item.When.ToDisplayString()), .. label.Length > 0 ? [MarkdownRun.Markdown(": "), MarkdownRun.Corpus(label)] : Array.Empty<MarkdownRun>()]),
            DiscordLimits.FieldNameLength);

        var lines = new List<MarkdownLine>();
        if (item.Note is { } note && note.Trim().Length > 0)
        {
            lines.Add(new MarkdownLine([MarkdownRun.Corpus(DiscordMarkdown.OneLine(note).Trim())], LineEmphasis.Italic));
        }

        lines.AddRange(Quote(item.Quote, item.Source));
        lines.AddRange(item.AlsoIn.Select(source => new MarkdownLine([MarkdownRun.Markdown("Also in: "), .. Attribution(source).Runs.Skip(1)])));
        var values = Pack(lines.SelectMany(l => MarkdownLineSplitter.Split(l, DiscordLimits.FieldValueLength)), DiscordLimits.FieldValueLength);
        return values.Select((value, i) => DiscordBlock.Of(new RenderedField(i == 0 ? name : ContinuedFieldName, value, Inline: false)));
    }

    /// <summary>Pieces joined by line breaks into values of at most <paramref name="limit"/> characters.</summary>
    private static List<string> Pack(IEnumerable<string> pieces, int limit)
    {
        var values = new List<string>();
        var current = string.Empty;
        foreach (var piece in pieces)
        {
            if (current.Length > 0 && current.Length + 1 + piece.Length <= limit)
            {
                current += "\n" + piece;
                continue;
            }

            if (current.Length > 0)
            {
                values.Add(current);
            }

            current = piece;
        }

        if (current.Length > 0)
        {
            values.Add(current);
        }

        return values;
    }

    /// <summary>A line with each line break in its text made a space, for a title.</summary>
    private static MarkdownLine OnOneLine(MarkdownLine line) => line.With(
        [.. line.Runs.Select(r => r with { Text = r.Text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') })]);
}
