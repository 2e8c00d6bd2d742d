using BriefingBot.Core.Content;

namespace BriefingBot.Core.Text;

/// <summary>An article body split into verbatim paragraphs, with every line of page chrome that was dropped.</summary>
public sealed record ParsedArticleText(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<RemovedLine> Removed)
{
    /// <summary>Each paragraph with its sentences (<see cref="SentenceSplitter"/>): what roles and dated items are worked out from.</summary>
    public (Paragraph Paragraph, IReadOnlyList<string> Sentences)[] WithSentences() =>
        [.. Paragraphs.Select(p => (p, SentenceSplitter.Split(p.Text)))];
}

/// <summary>A line of page chrome left out of the article: its 1-based line in the file, its text and the rule that matched it.</summary>
public sealed record RemovedLine(int LineNumber, string Text, string Rule);
