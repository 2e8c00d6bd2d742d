using System.Text;

namespace BriefingBot.Core.Replies;

/// <summary>Renders a reply as plain text: for the console, logs and the JSON "text" field.</summary>
public static class PlainTextReplyRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (reply.Heading is { Length: > 0 } heading)
        {
            text.AppendLine(heading);
        }

        foreach (var line in reply.Lines)
        {
            text.AppendLine(line);
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
                text.Append('\u201C').Append(quote.Text).AppendLine("\u201D");
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

            text.Append("  \u201C").Append(item.Quote).AppendLine("\u201D");
            text.Append("  \u2014 ").AppendLine(ReplyFormat.Attribution(item.Source));
        }

        if (reply.Suggestions.Count > 0)
        {
            foreach (var suggestion in reply.Suggestions)
            {
                text.Append("\u2022 ").AppendLine(suggestion);
            }
        }

        if (reply.Footer is { Length: > 0 } footer)
        {
            text.AppendLine(footer);
        }

        return text.ToString().TrimEnd();
    }
}
