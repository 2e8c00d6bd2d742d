using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text.Chrome;

/// <summary>A named rule that recognises page chrome starting at a line of an article body.</summary>
internal interface IChromeRule
{
    string Name { get; }

    /// <summary>How many lines from <paramref name="index"/> on are chrome of this kind; 0 when the rule does not apply.</summary>
    int Match(IReadOnlyList<SourceLine> lines, int index, ArticleMetadata metadata);
}
