using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A line that holds a date and nothing else, as in a page header ("Monday, April 21, 2025").</summary>
internal sealed partial class DatelineRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.Dateline;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => DateOnlyLine().IsMatch(line);

    [GeneratedRegex($"^{DatePatterns.Date}$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();
}
