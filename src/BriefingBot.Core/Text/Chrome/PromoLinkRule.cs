using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>"🔗 Read more: ...", "✨ Don't miss: ...", "💡 You might also like: ...", "📖 Related: ...", "👉 See also: ..." and kin.</summary>
internal sealed partial class PromoLinkRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.PromoLink;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => SymbolLedPromo().IsMatch(line);

    /// <summary>One to eight symbol characters (emoji are surrogate pairs, maybe with variation selectors), a known promo label, a colon, a headline.</summary>
    [GeneratedRegex(
        @"^[^\p{L}\p{N}\s""“‘'(\[]{1,8}\s*(?:read\s+more|read\s+also|also\s+read|read\s+next|must\s+read|don['’]?t\s+miss|(?:you\s+(?:might|may)\s+)?also\s+like|related(?:\s+(?:story|article|reading))?|see\s+also|recommended|trending(?:\s+now)?|more(?:\s+from\s+us)?|watch)\s*:\s*\S",
        RegexOptions.IgnoreCase)]
    private static partial Regex SymbolLedPromo();
}
