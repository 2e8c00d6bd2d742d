namespace BriefingBot.Core.Dates;

/// <summary>What a curator does to the extracted items.</summary>
public enum CurationAction
{
    /// <summary>Add an item the extractor did not find, quoting a sentence of the article.</summary>
    Add,

    /// <summary>Give the items of a sentence another date, label or event, e.g. a day for a month-only date.</summary>
    Correct,

    /// <summary>Drop the items of a sentence that are not real events.</summary>
    Suppress,
}

/// <summary>
/// One entry of <c>content/dated-items.yaml</c>. <see cref="Match"/> is verbatim text of the article that picks the
/// sentence (for Add, the whole sentence containing it becomes the quote). Curated entries win over extraction.
/// </summary>
public sealed record CuratedItem(
    CurationAction Action,
    string ArticleId,
    string Match,
    DateSpan? When,
    string? Label,
    string? Expression,
    string? Note,
    string? Event = null);
