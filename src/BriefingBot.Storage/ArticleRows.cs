using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// Writes prepared articles: each one's row, paragraphs, sentences with their roles, and dated items, with statements
/// prepared once per ingest (see <see cref="PreparedInsert"/>).
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

    public ArticleRows(SqliteConnection connection)
    {
        try
        {
            // Two statements rather than "id = $id OR path = $path", which SQLite answers with a scan of every article.
            _deleteById = Prepare(connection, "DELETE FROM articles WHERE id = ?1;");
            _deleteByPath = Prepare(connection, "DELETE FROM articles WHERE path = ?1;");
            _article = Prepare(connection, """
                INSERT INTO articles (id, path, content_hash, title, publisher, site, author,
                                      published_start, published_end, published_precision, url, byte_length, ingested_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13);
                """);
            _paragraph = Prepare(connection, "INSERT INTO paragraphs (article_id, idx, kind, text, line) VALUES (?1, ?2, ?3, ?4, ?5);");
            _sentence = Prepare(connection, "INSERT INTO sentences (article_id, paragraph_idx, idx, kind, role, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
            _item = Prepare(connection, DatedItemRows.InsertSql);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Replaces one article's rows (in the batch's transaction: a batch commits whole or not at all).</summary>
    public async Task ReplaceAsync(ArticleBatch batch, PreparedArticle prepared, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var (article, split, roles) = (prepared.File, prepared.Split, prepared.Roles);
        var metadata = article.Metadata;
        _deleteById.Run(metadata.Id);
        _deleteByPath.Run(prepared.Path);
        _article.Run(
            metadata.Id,
            prepared.Path,
            article.ContentHash,
            metadata.Title,
            metadata.Publisher,
            metadata.Site,
            metadata.Author,
            metadata.Published.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata.Published.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            metadata.Published.Precision.ToString(),
            metadata.Url,
            Encoding.UTF8.GetByteCount(article.Body),
            ingestedAt.ToString("O", CultureInfo.InvariantCulture));

        for (var n = 0; n < split.Count; n++)
        {
            var (p, sentences) = split[n];
            var kind = p.Kind.ToString();
            _paragraph.Run(metadata.Id, p.Index, kind, p.Text, p.LineNumber);
            for (var i = 0; i < sentences.Count; i++)
            {
                // Right before the first sentence row (not earlier: an article with none must not note the largest id
                // before a later article's delete frees it for reuse).
                await batch.BeforeInsertingSentencesAsync(cancellationToken);
                _sentence.Run(metadata.Id, p.Index, i, kind, roles[n][i].ToString(), sentences[i]);
            }
        }

        foreach (var item in prepared.Items)
        {
            DatedItemRows.Insert(_item, item);
        }
    }

    public void Dispose()
    {
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
