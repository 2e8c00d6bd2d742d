using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>What <c>BriefingBot check</c> found: SQLite's quick check, the schema version against this build's, the article count.</summary>
public sealed record StoreCheck(string Path, bool Exists, string Integrity, int SchemaVersion, int LatestSchemaVersion, long Articles)
{
    public bool Healthy => Exists && Integrity == "ok" && SchemaVersion <= LatestSchemaVersion;
}

/// <summary>Read-only checks and online backups of the database, safe beside a running bot.</summary>
public sealed class StoreMaintenance(SqliteDatabase database)
{
    /// <summary>Checks the database without changing a byte of it (a read-only connection, no pragmas written).</summary>
    public async Task<StoreCheck> CheckAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(database.Path))
        {
            return new StoreCheck(database.Path, false, "missing", 0, SchemaMigrations.LatestVersion, 0);
        }

        try
        {
            await using var connection = new SqliteConnection(ReadOnly(database.Path));
            await connection.OpenAsync(cancellationToken);
            var version = await SchemaMigrations.GetVersionAsync(connection, cancellationToken);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            var integrity = string.Join("; ", await ReadStringsAsync(check, cancellationToken));
            long articles = 0;
            if (version >= 1 && integrity == "ok")
            {
                await using var count = connection.CreateCommand();
                count.CommandText = "SELECT count(*) FROM articles;";
                articles = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            }

            return new StoreCheck(database.Path, true, integrity, version, SchemaMigrations.LatestVersion, articles);
        }
        catch (Exception ex) when (StoreUnavailableException.From(database.Path, ex) is { } unavailable)
        {
            return new StoreCheck(database.Path, true, unavailable.Message, 0, SchemaMigrations.LatestVersion, 0);
        }
    }

    /// <summary>
    /// A consistent copy of the live database through SQLite's online backup, while the bot keeps running.
    /// Refuses to overwrite an existing file.
    /// </summary>
    public async Task BackupAsync(string destination, CancellationToken cancellationToken)
    {
        var target = System.IO.Path.GetFullPath(destination);
        if (!File.Exists(database.Path))
        {
            throw new IOException($"there is no database at {database.Path} to back up (check Storage:Path).");
        }

        if (File.Exists(target))
        {
            throw new IOException($"{target} already exists; choose a new file name for the backup.");
        }

        await using var source = await database.OpenAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
            await copy.OpenAsync(cancellationToken);
            source.BackupDatabase(copy);
        }
        catch (Exception ex) when (ex is SqliteException or UnauthorizedAccessException)
        {
            throw new IOException($"{target} could not be written ({ex.Message}); choose a writable folder.", ex);
        }
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static async Task<List<string>> ReadStringsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
