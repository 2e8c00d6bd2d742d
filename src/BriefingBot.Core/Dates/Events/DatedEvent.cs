namespace BriefingBot.Core.Dates.Events;

/// <summary>
/// One thing that happens on a date, however many sentences and articles mention it: the New START expiry, told
/// by three sentences in two articles, is one event. <see cref="When"/> is the date most of its items give (the most
/// precise, then the earliest on a tie); <see cref="Lead"/> is the item that says it best, shown first.
/// </summary>
public sealed record DatedEvent(string Key, DateSpan When, DatedItem Lead, IReadOnlyList<DatedItem> Items)
{
    /// <summary>Every topic any of its items is about.</summary>
    public IReadOnlyList<string> Topics { get; } = [.. Items.SelectMany(i => i.Topics).Distinct(StringComparer.Ordinal)];

    /// <summary>Two of its items give dates that cannot both be right (February 4 and February 5, not February and February 4).</summary>
    public bool SourcesDiffer => Items.Any(a => Items.Any(b => a.When.End < b.When.Start));

    public bool CanRemind => When.Precision == DatePrecision.Day;

    /// <summary>The event as one item, for what plans reminders: the lead's words, the event's key, date and topics.</summary>
    public DatedItem AsItem() => Lead with { Key = Key, When = When, Topics = Topics };
}
