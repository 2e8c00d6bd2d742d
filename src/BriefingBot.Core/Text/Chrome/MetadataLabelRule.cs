using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>
/// A page metadata field printed without its value, or with only a date ("Date:", "Publication:", "Updated: April 2, 2025").
/// Lead-ins that end in a colon ("Lavrov confirmed:") are content and do not match: only known field labels do.
/// </summary>
internal sealed partial class MetadataLabelRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.MetadataLabel;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => EmptyOrDatedLabel().IsMatch(line);

    [GeneratedRegex(
        $@"^(?:Date|Publication|Published(?:\s+on)?|Updated|Last\s+updated|Posted(?:\s+on)?|Author|Category|Categories|Tags|Share(?:\s+this)?)\s*:\s*(?:{DatePatterns.Date})?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EmptyOrDatedLabel();
}
