using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A chrome rule that looks at one line on its own.</summary>
internal abstract class SingleLineRule : IChromeRule
{
    public abstract string Name { get; }

    public int Match(IReadOnlyList<SourceLine> lines, int index, ArticleMetadata metadata) =>
        IsChrome(lines[index].Text, metadata) ? 1 : 0;

    protected abstract bool IsChrome(string line, ArticleMetadata metadata);
}
