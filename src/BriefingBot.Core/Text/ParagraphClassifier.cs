using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text;

/// <summary>Decides what kind of paragraph a kept line is and strips its list marker, never rewriting the text.</summary>
internal static partial class ParagraphClassifier
{
    private const int MaxHeadingLength = 120;
    private const int MaxHeadingWords = 16;

    public static (ParagraphKind Kind, string Text) Classify(string line)
    {
        if (IsTableRow(line))
        {
            return (ParagraphKind.TableRow, line);
        }

        var marker = ListMarker().Match(line);
        if (marker.Success)
        {
            return (ParagraphKind.ListItem, line[marker.Length..].Trim());
        }

        return (IsHeading(line) ? ParagraphKind.Heading : ParagraphKind.Body, line);
    }

    public static bool IsTableRow(string line) => line.Length > 1 && line[0] == '|' && line[^1] == '|';

    /// <summary>
    /// Short, with no closing sentence punctuation. Two kinds of line count only in title case: one ending in a colon
    /// ("Possible Explanations:", but not the lead-in "Lavrov confirmed:") and a question ("The NATO Divorce?",
    /// but not the FAQ question "Does Trump support NATO?").
    /// </summary>
    public static bool IsHeading(string line)
    {
        if (line.Length > MaxHeadingLength || WordCount(line) > MaxHeadingWords)
        {
            return false;
        }

        return LastMeaningfulChar(line) switch
        {
            '.' or '!' or '…' or ';' or ',' => false,
            ':' or '?' => IsTitleCase(line),
            _ => true,
        };
    }

    private static char LastMeaningfulChar(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (!TextChars.IsClosingQuoteOrBracket(line[i]))
            {
                return line[i];
            }
        }

        return '\0';
    }

    private static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsTitleCase(string line)
    {
        var words = line.TrimEnd(':', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var significant = words.Where(w => w.Length > 3).ToList();
        return significant.Count > 0 && significant.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]));
    }

    /// <summary>"- ", "* ", "• ", "▪ ", "◦ " bullets, or "1. " / "1) " numbers.</summary>
    [GeneratedRegex(@"^(?:[-*•▪◦●■]|\d{1,3}[.)])\s+(?=\S)")]
    private static partial Regex ListMarker();
}
