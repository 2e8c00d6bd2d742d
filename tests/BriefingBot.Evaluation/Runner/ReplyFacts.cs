using BriefingBot.Core.Replies;

namespace BriefingBot.Evaluation.Runner;

/// <summary>
/// What the checks look at in a reply: its text as the console prints it, followed by the heading and every text
/// span on their own lines (so a phrase split across spans or reworded by the renderer is still found); the articles
/// its summary sentences, quotes and dated items come from; and its dated items.
/// </summary>
public sealed record ReplyFacts(Reply Reply, string Rendered, string SearchText, IReadOnlySet<string> Sources)
{
    /// <summary>A reply "found" something when it has a summary sentence, a quote or a dated item.</summary>
    public bool FoundSomething => Reply.Summary.Count > 0 || Reply.Quotes.Count > 0 || Reply.Items.Count > 0;

    public IReadOnlyList<DatedItemView> Items => Reply.Items;

    public static ReplyFacts Of(Reply reply)
    {
        var rendered = PlainTextReplyRenderer.Render(reply);
        var texts = new[] { reply.Heading, reply.Footer }
            .Concat(reply.Paragraphs)
            .Concat(reply.Entries.Select(e => e.Text))
            .OfType<ReplyText>()
            .SelectMany(t => t.Spans.Select(s => s.Text).Prepend(t.ToString()));
        var search = string.Join('\n', texts.Prepend(rendered));
        var sources = reply.Summary.Select(s => s.Source)
            .Concat(reply.Quotes.Select(q => q.Source))
            .Concat(reply.Items.Select(i => i.Source))
            .Select(s => s.ArticleId)
            .ToHashSet(StringComparer.Ordinal);
        return new ReplyFacts(reply, rendered, search, sources);
    }

    public bool Says(string phrase) => SearchText.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>The start of the rendered reply on one line, for the report.</summary>
    public string Excerpt(int length = 160)
    {
        var flat = string.Join(" | ", Rendered.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= length ? flat : flat[..length] + "\u2026";
    }
}
