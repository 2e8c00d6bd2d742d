using System.Text.RegularExpressions;
using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>The markdown row of dashes under a table header ("|---|---|", "| :--- | ---: |"); the other rows are content.</summary>
internal sealed partial class TableSeparatorRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.TableSeparator;

    protected override bool IsChrome(string line, ArticleMetadata metadata) => Separator().IsMatch(line);

    [GeneratedRegex(@"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")]
    private static partial Regex Separator();
}
