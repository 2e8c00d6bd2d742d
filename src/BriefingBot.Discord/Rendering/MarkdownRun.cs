namespace BriefingBot.Discord.Rendering;

/// <summary>
/// A run of a <see cref="MarkdownLine"/>: raw text of one kind, escaped only when the line is rendered, so that a line
/// can be cut anywhere in its text and each piece escaped on its own (see <see cref="MarkdownLineSplitter"/>).
/// </summary>
internal sealed record MarkdownRun(string Text, MarkdownRunKind Kind)
{
    public static MarkdownRun Markdown(string markdown) => new(markdown, MarkdownRunKind.Markdown);

    public static MarkdownRun Corpus(string text) => new(text, MarkdownRunKind.Corpus);

    public static MarkdownRun Bot(string text) => new(text, MarkdownRunKind.Bot);
}
