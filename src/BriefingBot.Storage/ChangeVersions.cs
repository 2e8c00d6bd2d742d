using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Counters in the <c>state</c> table that a writer bumps inside the transaction of its change (so the change and
/// the bump commit together or not at all), letting another process (the worker, when the console subscribes) tell
/// cheaply that its cached plan is out of date.
/// </summary>
internal static class ChangeVersions
{
    public const string Subscriptions = "subscriptions_version";
    public const string Items = "items_version";

    public static async Task BumpAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO state (key, value) VALUES ($key, '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
            """;
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> ReadAsync(SqliteDatabase database, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) is string value
            ? long.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
    }
}
