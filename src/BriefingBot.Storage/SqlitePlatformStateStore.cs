using BriefingBot.Core.Ports;

namespace BriefingBot.Storage;

/// <summary>Platform state in the <c>state</c> table, under keys prefixed <c>platform:</c> so they never meet the store's own.</summary>
public sealed class SqlitePlatformStateStore(SqliteDatabase database) : IPlatformStateStore
{
    private const string Prefix = "platform:";

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", Prefix + key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO state (key, value) VALUES ($key, $value)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value;
            """;
        command.Parameters.AddWithValue("$key", Prefix + key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
