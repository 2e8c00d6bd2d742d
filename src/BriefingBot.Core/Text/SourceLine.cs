namespace BriefingBot.Core.Text;

/// <summary>A non-blank line of an article body, trimmed of surrounding whitespace, with its 1-based line in the file.</summary>
internal readonly record struct SourceLine(int LineNumber, string Text);
