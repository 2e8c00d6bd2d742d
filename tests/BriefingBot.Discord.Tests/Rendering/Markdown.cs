using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Discord.Tests.Rendering;

/// <summary>
/// An oracle for Discord markdown written apart from the renderer: what a reader sees once escapes are read, and whether
/// a piece of markdown was cut badly (inside an escape or a surrogate pair).
/// </summary>
internal static partial class Markdown
{
    /// <summary>The text a reader sees: each backslash escape read as its character, zero width spaces removed.</summary>
    public static string Visible(string markdown) => Escape().Replace(markdown, "$1").Replace("\u200B", string.Empty, StringComparison.Ordinal);

    /// <summary>True when the text ends in a backslash that escapes nothing, as a cut inside "\*" would leave.</summary>
    public static bool EndsInsideEscape(string markdown)
    {
        var backslashes = 0;
        for (var i = markdown.Length - 1; i >= 0 && markdown[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>True when every surrogate in the text is half of a pair.</summary>
    public static bool SurrogatesPaired(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text with all whitespace removed, to compare what was said across cuts that drop spaces.</summary>
    public static string Squeezed(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                squeezed.Append(c);
            }
        }

        return squeezed.ToString();
    }

    [GeneratedRegex(@"\\([^0-9A-Za-z\s])")]
    private static partial Regex Escape();
}
