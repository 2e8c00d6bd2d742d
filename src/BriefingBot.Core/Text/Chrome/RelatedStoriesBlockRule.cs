using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>
/// A story-list widget: a header such as "Related stories" or "Latest stories", then any number of
/// headline lines each followed by a teaser cut off with "..." or "…".
/// </summary>
internal sealed partial class RelatedStoriesBlockRule : IChromeRule
{
    public string Name => ChromeRuleNames.RelatedStoriesBlock;

    public int Match(IReadOnlyList<SourceLine> lines, int index, ArticleMetadata metadata)
    {
        if (!Header().IsMatch(lines[index].Text))
        {
            return 0;
        }

        var end = index + 1;
        while (end + 1 < lines.Count && IsHeadline(lines[end].Text) && IsTeaser(lines[end + 1].Text))
        {
            end += 2;
        }

        return end - index;
    }

    private static bool IsHeadline(string line) => !IsTeaser(line) && ParagraphClassifier.IsHeading(line);

    private static bool IsTeaser(string line) => line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…');

    [GeneratedRegex(
        @"^(?:(?:related|latest|more|popular|recent|trending|top|similar)\s+(?:stories|posts|articles|news|reads)|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+next|most\s+read)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Header();
}
