using System.Text;

namespace BriefingBot.Core.Replies;

/// <summary>
/// Renders a reply as plain text: the first renderer, for the console, logs and the JSON "text" field. Actions
/// become command hints ("Next page: /timeline New START page 2"). User text is printed as typed: a terminal
/// has no markup to escape and nobody to ping.
/// </summary>
public static class PlainTextReplyRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (reply.Heading is { } heading)
        {
            text.AppendLine(heading.ToString());
        }

        foreach (var paragraph in reply.Paragraphs)
        {
            text.AppendLine(paragraph.ToString());
        }

        foreach (var entry in reply.Entries)
        {
            text.Append("\u2022 ").AppendLine(entry.Text.ToString());
        }

        foreach (var sentence in reply.Summary)
        {
            text.Append("\u2022 ").Append(sentence.Text).Append(" [").Append(sentence.ArticleId).AppendLine("]");
        }

        if (reply.Quotes.Count > 0)
        {
            if (reply.Summary.Count > 0)
            {
                text.AppendLine().AppendLine("Quotes:");
            }

            foreach (var quote in reply.Quotes)
            {
                text.Append('\u201C').Append(ReplyFormat.Unquoted(quote.Text)).AppendLine("\u201D");
                text.Append("  \u2014 ").AppendLine(ReplyFormat.Attribution(quote.Source));
            }
        }

        foreach (var item in reply.Items)
        {
            text.Append(item.When.ToDisplayString()).Append(": ").AppendLine(item.Label);
            if (item.Note is { Length: > 0 } note)
            {
                text.Append("  (").Append(note).AppendLine(")");
            }

            text.Append("  \u201C").Append(ReplyFormat.Unquoted(item.Quote)).AppendLine("\u201D");
            text.Append("  \u2014 ").AppendLine(ReplyFormat.Attribution(item.Source));
            if (item.AlsoIn.Count > 0)
            {
                text.Append("  Also in: ").AppendLine(string.Join("; ", item.AlsoIn.Select(ReplyFormat.Attribution)));
            }
        }

        foreach (var suggestion in reply.Suggestions)
        {
            text.Append("\u2022 ").AppendLine(suggestion.Label);
        }

        if (reply.Footer is { } footer)
        {
            text.AppendLine(footer.ToString());
        }

        foreach (var action in reply.Actions)
        {
            text.Append(action.Label).Append(": ").AppendLine(action.Invocation.Text);
        }

        return text.ToString().TrimEnd();
    }
}
