using BriefingBot.Core.Dates;

namespace BriefingBot.Core.Ports;

/// <summary>The dated items found in (or curated for) the corpus.</summary>
public interface IDatedItemStore
{
    /// <summary>Every item, in date order.</summary>
    Task<IReadOnlyList<DatedItem>> GetItemsAsync(CancellationToken cancellationToken);

    /// <summary>A number that changes whenever an ingest changes the items, in any process.</summary>
    Task<long> GetVersionAsync(CancellationToken cancellationToken);
}
