namespace BriefingBot.Core.Content;

public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A short line without closing punctuation that introduces a section.</summary>
    Heading,

    /// <summary>A bullet or numbered list entry (its marker removed).</summary>
    ListItem,

    /// <summary>A row of a pipe table.</summary>
    TableRow,
}

/// <summary>
/// One block of an article after page chrome is removed. <see cref="Text"/> is verbatim article text
/// (list markers and surrounding whitespace trimmed), so every sentence cut from it is verbatim too.
/// </summary>
public sealed record Paragraph(int Index, ParagraphKind Kind, string Text, int LineNumber);

/// <summary>A sentence of a paragraph: verbatim text plus where it sits.</summary>
public sealed record Sentence(int ParagraphIndex, int Index, string Text, ParagraphKind Kind);
