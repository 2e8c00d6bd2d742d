namespace BriefingBot.Core.Dates;

/// <summary>Where a dated item comes from: found in the text at ingest, or written by a curator.</summary>
public enum DatedItemOrigin
{
    Extracted,
    Curated,
}

/// <summary>
/// A dated thing an article mentions: "The New START Treaty is set to expire on February 4, 2026."
/// <see cref="Key"/> is stable across re-ingests of unchanged text, so deliveries can refer to it.
/// <see cref="Quote"/> is the verbatim sentence it was found in.
/// </summary>
public sealed record DatedItem(
    string Key,
    string ArticleId,
    DateSpan When,
    string Label,
    string Quote,
    IReadOnlyList<string> Topics,
    DatedItemOrigin Origin)
{
    /// <summary>A curated name for the event the item is about; items sharing one whose dates differ are shown as disagreeing.</summary>
    public string? Event { get; init; }

    /// <summary>The words of <see cref="Quote"/> that give the date ("this Friday", "February 4, 2026"); empty if unknown.</summary>
    public string Expression { get; init; } = string.Empty;

    /// <summary>Only items known to the day can fall due; a month or a year is too vague to remind on.</summary>
    public bool CanRemind => When.Precision == DatePrecision.Day;
}
