using System.Text.RegularExpressions;

namespace BriefingBot.Core.Topics;

/// <summary>Splits text into lowercase word tokens the way the full-text index does (letters and digits).</summary>
public static partial class WordTokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "brief", "briefing", "but", "by", "can", "could", "did", "do", "does",
        "for", "from", "give", "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "just", "know", "latest", "me", "more", "my", "news", "now", "of", "on",
        "or", "our", "out", "over", "please", "quote", "quotes", "say", "says", "she", "should", "show", "so",
        "some", "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "to", "up", "update", "us", "was", "we", "were", "what", "whats", "when", "where", "which",
        "who", "why", "will", "with", "would", "you", "your", "s", "t",
    };

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            tokens.Add(string.Create(match.Length, (text, match.Index), static (lower, word) =>
                word.text.AsSpan(word.Index, lower.Length).ToLowerInvariant(lower)));
        }

        return tokens;
    }

    /// <summary>Where the words of <see cref="Tokenize"/> stand in the text, without copying them.</summary>
    public static IReadOnlyList<Range> Ranges(string text)
    {
        var ranges = new List<Range>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            ranges.Add(new Range(match.Index, match.Index + match.Length));
        }

        return ranges;
    }

    /// <summary>The same words as <see cref="Tokenize"/>, in the case they were written ("US" stays "US").</summary>
    public static IReadOnlyList<string> TokenizeKeepingCase(string text)
    {
        var tokens = new List<string>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            tokens.Add(text.Substring(match.Index, match.Length));
        }

        return tokens;
    }

    public static bool IsStopWord(string token) => StopWords.Contains(token);

    /// <summary>Lowercase words joined by single spaces: "New  START!" and "new start" compare equal.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
