namespace BriefingBot.Core.Text;

/// <summary>Character classes shared by the parser and the sentence splitter.</summary>
internal static class TextChars
{
    public static bool IsClosingQuoteOrBracket(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    public static bool IsOpeningQuoteOrBracket(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[';

    /// <summary>Compares two lines ignoring case, runs of whitespace and the style of quotes and apostrophes.</summary>
    public static bool LooselyEqual(string a, string b) =>
        NonWhiteSpaceCount(a) == NonWhiteSpaceCount(b) // what Fold keeps, one for one: a cheap no for most pairs
        && string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    private static int NonWhiteSpaceCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }

    public static string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '’' or '‘' => '\'',
                '“' or '”' => '"',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
