using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A cookie consent panel: its title ("Privacy Overview", "Cookie Settings") or its "this website uses cookies" text.</summary>
internal sealed partial class CookieNoticeRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.CookieNotice;

    protected override bool IsChrome(string line, ArticleMetadata metadata) =>
        PanelTitle().IsMatch(line) || ConsentText().IsMatch(line);

    [GeneratedRegex(@"^(?:privacy\s+overview|cookie\s+(?:settings|policy|preferences|consent)|manage\s+(?:cookie\s+)?consent)$", RegexOptions.IgnoreCase)]
    private static partial Regex PanelTitle();

    [GeneratedRegex(@"\b(?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b|\bcookie\s+information\s+is\s+stored\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentText();
}
