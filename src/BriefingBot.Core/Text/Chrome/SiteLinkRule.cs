using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A bare link to a site's home page ("Read More on kentdaily.co.uk", "Visit example.com").</summary>
internal sealed partial class SiteLinkRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.SiteLink;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => ReadMoreOnDomain().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:read|see|find|discover)\s+more\s+(?:on|at)|more\s+(?:on|at)|visit)\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadMoreOnDomain();
}
