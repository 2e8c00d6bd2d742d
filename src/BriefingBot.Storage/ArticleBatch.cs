using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Articles written in one transaction, committed once they hold <see cref="MaxCharacters"/> of text, with their
/// sentences added to the full-text index in one statement just before the commit. FTS5 writes an index segment per
/// statement that adds to it and merges small segments as they pile up, so indexing row by row (or one transaction
/// per article) made a large ingest spend most of its time merging. A crash still loses at most one batch, which the
/// next ingest re-reads (its hashes were not committed).
/// </summary>
internal sealed class ArticleBatch : IAsyncDisposable
{
    public const int MaxCharacters = 8 * 1024 * 1024;

    private readonly SqliteConnection _connection;
    private long? _lastIndexedId;
    private long _characters;

    private ArticleBatch(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        Transaction = transaction;
    }

    public SqliteTransaction Transaction { get; }

    public static async Task<ArticleBatch> BeginAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        new(connection, (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken));

    /// <summary>
    /// Called right before each sentence row is inserted. The first time, notes the largest sentence id: the row about
    /// to be inserted gets it plus one, and since this batch's rows are never deleted within it, every later row gets a
    /// larger id too, whatever later deletes of older articles free. So every sentence above the noted id is this
    /// batch's.
    /// </summary>
    public async Task BeforeInsertingSentencesAsync(CancellationToken cancellationToken)
    {
        if (_lastIndexedId is not null)
        {
            return;
        }

        await using var command = _connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = "SELECT coalesce(max(id), 0) FROM sentences;";
        _lastIndexedId = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Counts an article in; true when the batch is full and should be committed.</summary>
    public bool Add(int characters)
    {
        _characters += characters;
        return _characters >= MaxCharacters;
    }

    /// <summary>Indexes the batch's sentences, bumps the items version (readers re-read what changed) and commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await using (var index = _connection.CreateCommand())
        {
            index.Transaction = Transaction;
            index.CommandText = "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > $last;";
            index.Parameters.AddWithValue("$last", _lastIndexedId ?? long.MaxValue);
            await index.ExecuteNonQueryAsync(cancellationToken);
        }

        await ChangeVersions.BumpAsync(_connection, Transaction, ChangeVersions.Items, cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
        await Transaction.DisposeAsync();
    }

    public ValueTask DisposeAsync() => Transaction.DisposeAsync();
}
