namespace BriefingBot.Core.Replies;

/// <summary>User text repeated back: kept short and on one line. Platforms escape markup and mentions on render.</summary>
public static class Echo
{
    public static string Short(string text, int max = 60)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= max ? oneLine : string.Concat(oneLine.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
