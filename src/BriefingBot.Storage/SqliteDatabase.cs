using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// The SQLite file behind every store. Each connection gets the same settings on open: WAL journal,
/// <c>synchronous=NORMAL</c> (durable at checkpoints, safe against corruption), foreign keys, and a busy timeout
/// so the scheduler and a command can write at the same time without failing.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>
    /// Opens a connection with the settings above, creating the file's folder first. A database that cannot be used
    /// throws <see cref="StoreUnavailableException"/> with a message for the operator.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            EnsureFolder();
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = """
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                PRAGMA foreign_keys = ON;
                PRAGMA busy_timeout = 5000;
                """;
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (StoreUnavailableException.From(Path, ex) is { } unavailable)
        {
            await connection.DisposeAsync();
            throw unavailable;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void EnsureFolder()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory) && !Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>Brings the schema up to date (see <see cref="SchemaMigrations"/>). Safe to call on every start.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await ThrowIfNewerAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await SchemaMigrations.ApplyAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Reads the schema version before anything is set on the connection (switching to WAL writes the file's header),
    /// so a database from a newer BriefingBot is refused without a single byte changed.
    /// </summary>
    private async Task ThrowIfNewerAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return;
        }

        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            var version = await SchemaMigrations.GetVersionAsync(connection, cancellationToken);
            if (version > SchemaMigrations.LatestVersion)
            {
                throw new StoreUnavailableException(
                    $"The database {Path} is at schema version {version}, made by a newer BriefingBot than this one (which knows {SchemaMigrations.LatestVersion}). Run the newer version, or restore a backup made by this one; the database was not changed.");
            }
        }
        catch (Exception ex) when (ex is not StoreUnavailableException && StoreUnavailableException.From(Path, ex) is { } unavailable)
        {
            throw unavailable;
        }
    }
}
