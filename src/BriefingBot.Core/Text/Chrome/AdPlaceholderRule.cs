using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>What an ad slot leaves behind in scraped text: "spot_img" (a WordPress theme's image slot), "Advertisement".</summary>
internal sealed partial class AdPlaceholderRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.AdPlaceholder;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => Placeholder().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:spot_img|spot_ad)\s*)+$|^(?:advertisement|sponsored(?:\s+content)?|ad\s*choices)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
