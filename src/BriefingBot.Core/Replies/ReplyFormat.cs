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
}
