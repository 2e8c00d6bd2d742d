using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A line that is the title from the front matter again (pages print it in the header and above the body).</summary>
internal sealed class RepeatedTitleRule : SingleLineRule
{
    public override string Name => ChromeRuleNames.RepeatedTitle;

    protected override bool IsChrome(string line, ArticleMetadata metadata) =>
        !string.IsNullOrWhiteSpace(metadata.Title) && TextChars.LooselyEqual(line, metadata.Title);
}
