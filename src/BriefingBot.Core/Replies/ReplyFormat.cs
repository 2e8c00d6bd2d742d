namespace BriefingBot.Core.Replies;

/// <summary>Shared wording for attributions, so every platform credits sources the same way.</summary>
public static class ReplyFormat
{
    /// <summary>"Title, Publisher, January 17, 2026, https://..." (parts that are unknown are left out).</summary>
    public static string Attribution(SourceRef source)
    {
        var parts = new List<string> { source.Title };
        if (source.Publisher is { Length: > 0 } publisher)
        {
            parts.Add(publisher);
        }

        parts.Add(source.Published.ToDisplayString());
        if (source.Url is { Length: > 0 } url)
        {
            parts.Add(url);
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// A passage without the outer quotation marks it may already carry, so a renderer that wraps quotes in marks
    /// never shows them doubled. Only a pair that encloses the whole passage is taken off.
    /// </summary>
    public static string Unquoted(string passage)
    {
        var trimmed = passage.Trim();
        if (trimmed.Length >= 2
            && ((trimmed[0] == '\u201C' && trimmed[^1] == '\u201D') || (trimmed[0] == '"' && trimmed[^1] == '"'))
            && trimmed.AsSpan(1, trimmed.Length - 2).IndexOfAny('\u201C', '\u201D', '"') < 0)
        {
            return trimmed[1..^1];
        }

        return passage;
    }
}
