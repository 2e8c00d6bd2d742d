using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Articles written in one transaction, committed once they hold <see cref="MaxCharacters"/> of text. Sentences go
/// straight into the FTS5 table, which keeps what a transaction adds in memory and writes it as one index segment at
/// the commit, as long as no statement in between makes it flush (see <see cref="ArticleRows"/>). A crash still loses
/// at most one batch, which the next ingest re-reads (its hashes were not committed).
/// </summary>
internal sealed class ArticleBatch : IAsyncDisposable
{
    public const int MaxCharacters = 8 * 1024 * 1024;

    private readonly SqliteConnection _connection;
    private long? _nextSentenceId;
    private long _characters;

    private ArticleBatch(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        Transaction = transaction;
    }

    public SqliteTransaction Transaction { get; }

    /// <summary>
    /// Begins with the write lock taken (IMMEDIATE), so what the batch reads is what it writes over: another process
    /// ingesting the same store (`ask` beside a running bot) waits for this batch, then sees its articles as stored.
    /// </summary>
    public static ArticleBatch Begin(SqliteConnection connection) =>
        new(connection, connection.BeginTransaction(deferred: false));

    /// <summary>
    /// The first of <paramref name="count"/> consecutive sentence ids for one article. The first call reads the largest
    /// id stored (FTS5 walks its rows backwards for that; <c>max(rowid)</c> would read them all); every later id is
    /// larger, so no id of the batch is in use, whatever deletes of older articles free.
    /// </summary>
    public async Task<long> ReserveSentenceIdsAsync(int count, CancellationToken cancellationToken)
    {
        if (_nextSentenceId is null)
        {
            await using var command = _connection.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = "SELECT coalesce((SELECT rowid FROM sentences ORDER BY rowid DESC LIMIT 1), 0) + 1;";
            _nextSentenceId = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var first = _nextSentenceId.Value;
        _nextSentenceId = first + count;
        return first;
    }

    /// <summary>Counts an article in; true when the batch is full and should be committed.</summary>
    public bool Add(int characters)
    {
        _characters += characters;
        return _characters >= MaxCharacters;
    }

    /// <summary>Bumps the items version (readers re-read what changed) and commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await ChangeVersions.BumpAsync(_connection, Transaction, ChangeVersions.Items, cancellationToken);
        await Transaction.CommitAsync(cancellationToken);
        await Transaction.DisposeAsync();
    }

    public ValueTask DisposeAsync() => Transaction.DisposeAsync();
}
