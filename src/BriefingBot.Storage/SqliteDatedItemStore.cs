using BriefingBot.Core.Dates;
using BriefingBot.Core.Ports;

namespace BriefingBot.Storage;

/// <summary>Dated items as curated: extracted items with curated corrections applied, suppressed ones left out, curated additions in.</summary>
public sealed class SqliteDatedItemStore(SqliteDatabase database) : IDatedItemStore
{
    public async Task<IReadOnlyList<DatedItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await DatedItemRows.ReadAllAsync(connection, cancellationToken);
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) =>
        ChangeVersions.ReadAsync(database, ChangeVersions.Items, cancellationToken);
}
