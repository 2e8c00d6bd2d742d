using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>
/// The author box: the front-matter author's name on a line of its own (often repeated, maybe as "By Name"),
/// and the bio paragraph right after it that opens with the name.
/// </summary>
internal sealed class AuthorBoxRule : IChromeRule
{
    public string Name => ChromeRuleNames.AuthorBox;

    public int Match(IReadOnlyList<SourceLine> lines, int index, ArticleMetadata metadata)
    {
        var author = metadata.Author;
        if (string.IsNullOrWhiteSpace(author))
        {
            return 0;
        }

        var end = index;
        while (end < lines.Count && IsNameLine(lines[end].Text, author))
        {
            end++;
        }

        if (end == index)
        {
            return 0;
        }

        if (end < lines.Count && IsBio(lines[end].Text, author))
        {
            end++;
        }

        return end - index;
    }

    private static bool IsNameLine(string line, string author) =>
        TextChars.LooselyEqual(line, author)
        || (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && TextChars.LooselyEqual(line[3..], author));

    private static bool IsBio(string line, string author) =>
        line.Length > author.Length
        && line.StartsWith(author.Trim(), StringComparison.OrdinalIgnoreCase)
        && !char.IsLetterOrDigit(line[author.Trim().Length]);
}
