using System.Globalization;
using BriefingBot.Core.Text.Roles;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Writes prepared articles: each one's row, paragraphs, sentences with their roles, and dated items, with statements
/// prepared once per ingest (see <see cref="PreparedInsert"/>).
/// <para>
/// Every statement here is a single-row write that cannot stop half way, except the deletes, which run only for an
/// article already stored. That matters: a statement that may need undoing mid-way opens a savepoint, and FTS5 writes
/// the index data it holds in memory to disk at every savepoint. Measured on 10,000 articles, dated items written with
/// <c>INSERT OR REPLACE</c> (which may delete) made the writer 70% slower.
/// </para>
/// </summary>
internal sealed class ArticleRows : IDisposable
{
    private readonly PreparedInsert _deleteById;
    private readonly PreparedInsert _deleteByPath;
    private readonly PreparedInsert _article;
    private readonly PreparedInsert _paragraph;
    private readonly PreparedInsert _sentence;
    private readonly PreparedInsert _item;
    private readonly List<PreparedInsert> _prepared = [];
    private readonly SqliteCommand _stored;

    public ArticleRows(SqliteConnection connection)
    {
        try
        {
            // Two statements rather than "id = $id OR path = $path", which SQLite answers with a scan of every article.
            _deleteById = Prepare(connection, "DELETE FROM articles WHERE id = ?1;");
            _deleteByPath = Prepare(connection, "DELETE FROM articles WHERE path = ?1;");
            _article = Prepare(connection, """
                INSERT INTO articles (id, path, content_hash, title, publisher, site, author, published_start, published_end,
                                      published_precision, url, byte_length, ingested_at, first_sentence, sentence_count,
                                      statement_flags)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16);
                """);
            _paragraph = Prepare(connection, "INSERT INTO paragraphs (article_id, idx, kind, text, line) VALUES (?1, ?2, ?3, ?4, ?5);");
            _sentence = Prepare(connection, "INSERT INTO sentences (rowid, article_id, paragraph_idx, idx, kind, role, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
            _item = Prepare(connection, DatedItemRows.InsertNewSql);
            _stored = connection.CreateCommand();
            _stored.CommandText = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = $id) OR EXISTS (SELECT 1 FROM articles WHERE path = $path);";
            _stored.Parameters.Add("$id", SqliteType.Text);
            _stored.Parameters.Add("$path", SqliteType.Text);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replaces one article's rows (in the batch's transaction: a batch commits whole or not at all). Old rows are
    /// deleted only when the article's id or path is stored (see above), checked inside the batch, which holds the
    /// write lock, so another process that stored the article meanwhile is seen.
    /// </summary>
    public async Task ReplaceAsync(ArticleBatch batch, PreparedArticle prepared, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var (metadata, split, roles) = (prepared.Metadata, prepared.Split, prepared.Roles);
        if (await IsStoredAsync(batch, metadata.Id, prepared.Path, cancellationToken))
        {
            _deleteById.Run(metadata.Id);
            _deleteByPath.Run(prepared.Path);
        }

        var sentenceCount = split.Sum(p => p.Sentences.Count);
        var firstSentence = await batch.ReserveSentenceIdsAsync(sentenceCount, cancellationToken);
        _article.Run(
            metadata.Id,
            prepared.Path,
            prepared.ContentHash,
            metadata.Title,
            metadata.Publisher,
            metadata.Site,
            metadata.Author,
            metadata.Published.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata.Published.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata.Published.Precision.ToString(),
            metadata.Url,
            prepared.BodyBytes,
            ingestedAt.ToString("O", CultureInfo.InvariantCulture),
            firstSentence,
            sentenceCount,
            StatementFlags(roles, sentenceCount));

        var id = firstSentence;
        for (var n = 0; n < split.Count; n++)
        {
            var (p, sentences) = split[n];
            var kind = p.Kind.ToString();
            _paragraph.Run(metadata.Id, p.Index, kind, p.Text, p.LineNumber);
            for (var i = 0; i < sentences.Count; i++)
            {
                _sentence.Run(id++, metadata.Id, p.Index, i, kind, roles[n][i].ToString(), sentences[i]);
            }
        }

        foreach (var item in prepared.Items)
        {
            DatedItemRows.Insert(_item, item);
        }
    }

    /// <summary>One character per sentence, in id order: '1' for a statement, '0' for anything else (see <see cref="TopicArticleCounts"/>).</summary>
    private static string StatementFlags(IReadOnlyList<SentenceRole[]> roles, int sentenceCount) =>
        string.Create(sentenceCount, roles, static (flags, roles) =>
        {
            var i = 0;
            foreach (var paragraph in roles)
            {
                foreach (var role in paragraph)
                {
                    flags[i++] = role == SentenceRole.Statement ? '1' : '0';
                }
            }
        });

    private async Task<bool> IsStoredAsync(ArticleBatch batch, string id, string path, CancellationToken cancellationToken)
    {
        _stored.Transaction = batch.Transaction;
        _stored.Parameters["$id"].Value = id;
        _stored.Parameters["$path"].Value = path;
        return Convert.ToInt64(await _stored.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public void Dispose()
    {
        _stored?.Dispose();
        foreach (var statement in _prepared)
        {
            statement.Dispose();
        }
    }

    private PreparedInsert Prepare(SqliteConnection connection, string sql)
    {
        var statement = new PreparedInsert(connection, sql);
        _prepared.Add(statement);
        return statement;
    }
}
