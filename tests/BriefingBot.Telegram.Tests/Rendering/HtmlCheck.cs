using System.Text.RegularExpressions;

namespace BriefingBot.Telegram.Tests.Rendering;

/// <summary>
/// An oracle for message HTML written apart from the renderer's own tokenizer: which tags are open, what text a reader
/// sees, and whether anything would be read as markup that should not be.
/// </summary>
internal static partial class HtmlCheck
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.Ordinal) { "b", "i", "a", "blockquote" };

    /// <summary>Every tag is one the renderer may write, and each closes the last one opened, with none left open.</summary>
    public static bool TagsBalanced(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (!AllowedTags.Contains(name))
            {
                return false;
            }

            if (tag.Groups["close"].Success)
            {
                if (open.Count == 0 || open.Pop() != name)
                {
                    return false;
                }
            }
            else
            {
                open.Push(name);
            }
        }

        return open.Count == 0;
    }

    /// <summary>Outside tags, no '&lt;' or '&gt;', and every '&amp;' begins one of the four entities the Bot API names.</summary>
    public static bool NoStrayMarkup(string html)
    {
        var text = Tag().Replace(html, string.Empty);
        return !text.Contains('<') && !text.Contains('>') && !StrayAmpersand().IsMatch(text);
    }

    /// <summary>The text a reader sees: tags removed, entities decoded.</summary>
    public static string VisibleText(string html) => Tag().Replace(html, string.Empty)
        .Replace("&lt;", "<", StringComparison.Ordinal)
        .Replace("&gt;", ">", StringComparison.Ordinal)
        .Replace("&quot;", "\"", StringComparison.Ordinal)
        .Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)(?:\\s[^>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex("&(?!(?:lt|gt|amp|quot);)")]
    private static partial Regex StrayAmpersand();
}
