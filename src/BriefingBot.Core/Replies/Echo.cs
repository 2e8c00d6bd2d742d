namespace BriefingBot.Core.Replies;

/// <summary>
/// Text the user typed, repeated back in a reply. Renderers escape it and never let it mention anyone, so it is
/// kept apart from the bot's own words: build messages holding it with <see cref="ReplyText.Of"/>.
/// </summary>
public readonly record struct UserText(string Value)
{
    public override string ToString() => Value;
}

/// <summary>User text repeated back: kept short and on one line.</summary>
public static class Echo
{
    public static UserText Short(string text, int max = 60)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new UserText(oneLine.Length <= max ? oneLine : string.Concat(oneLine.AsSpan(0, max - 1).TrimEnd(), "…"));
    }
}
