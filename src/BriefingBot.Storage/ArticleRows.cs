using System.Text;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>Writes one prepared article: its row, paragraphs, sentences with their roles, and dated items.</summary>
internal static class ArticleRows
{
    /// <summary>Replaces one article's rows (in the batch's transaction: a batch commits whole or not at all).</summary>
    public static async Task ReplaceAsync(
        SqliteConnection connection, ArticleBatch batch, PreparedArticle prepared, DateTimeOffset ingestedAt, CancellationToken cancellationToken)
    {
        var transaction = batch.Transaction;
        var (path, article, split, roles) = (prepared.Path, prepared.File, prepared.Split, prepared.Roles);
        var metadata = article.Metadata;

        await using (var delete = connection.CreateCommand())
        {
            // Two statements rather than "id = $id OR path = $path", which SQLite answers with a scan of every article.
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM articles WHERE id = $id; DELETE FROM articles WHERE path = $path;";
            delete.Parameters.AddWithValue("$id", metadata.Id);
            delete.Parameters.AddWithValue("$path", path);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO articles (id, path, content_hash, title, publisher, site, author,
                                      published_start, published_end, published_precision, url, byte_length, ingested_at)
                VALUES ($id, $path, $hash, $title, $publisher, $site, $author, $start, $end, $precision, $url, $bytes, $at);
                """;
            insert.Parameters.AddWithValue("$id", metadata.Id);
            insert.Parameters.AddWithValue("$path", path);
            insert.Parameters.AddWithValue("$hash", article.ContentHash);
            insert.Parameters.AddWithValue("$title", metadata.Title);
            insert.Parameters.AddWithValue("$publisher", (object?)metadata.Publisher ?? DBNull.Value);
            insert.Parameters.AddWithValue("$site", (object?)metadata.Site ?? DBNull.Value);
            insert.Parameters.AddWithValue("$author", (object?)metadata.Author ?? DBNull.Value);
            insert.Parameters.AddWithValue("$start", metadata.Published.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$end", metadata.Published.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$precision", metadata.Published.Precision.ToString());
            insert.Parameters.AddWithValue("$url", (object?)metadata.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$bytes", Encoding.UTF8.GetByteCount(article.Body));
            insert.Parameters.AddWithValue("$at", ingestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var paragraph = connection.CreateCommand();
        paragraph.Transaction = transaction;
        paragraph.CommandText = "INSERT INTO paragraphs (article_id, idx, kind, text, line) VALUES ($article, $idx, $kind, $text, $line);";
        var pArticle = paragraph.Parameters.Add("$article", SqliteType.Text);
        var pIdx = paragraph.Parameters.Add("$idx", SqliteType.Integer);
        var pKind = paragraph.Parameters.Add("$kind", SqliteType.Text);
        var pText = paragraph.Parameters.Add("$text", SqliteType.Text);
        var pLine = paragraph.Parameters.Add("$line", SqliteType.Integer);

        await using var sentence = connection.CreateCommand();
        sentence.Transaction = transaction;
        sentence.CommandText = "INSERT INTO sentences (article_id, paragraph_idx, idx, kind, role, text) VALUES ($article, $paragraph, $idx, $kind, $role, $text);";
        var sArticle = sentence.Parameters.Add("$article", SqliteType.Text);
        var sParagraph = sentence.Parameters.Add("$paragraph", SqliteType.Integer);
        var sIdx = sentence.Parameters.Add("$idx", SqliteType.Integer);
        var sKind = sentence.Parameters.Add("$kind", SqliteType.Text);
        var sRole = sentence.Parameters.Add("$role", SqliteType.Text);
        var sText = sentence.Parameters.Add("$text", SqliteType.Text);

        for (var n = 0; n < split.Count; n++)
        {
            var (p, sentences) = split[n];
            pArticle.Value = metadata.Id;
            pIdx.Value = p.Index;
            pKind.Value = p.Kind.ToString();
            pText.Value = p.Text;
            pLine.Value = p.LineNumber;
            await paragraph.ExecuteNonQueryAsync(cancellationToken);

            for (var i = 0; i < sentences.Count; i++)
            {
                // Right before the first sentence row (not earlier: an article with none must not note the largest id
                // before a later article's delete frees it for reuse).
                await batch.BeforeInsertingSentencesAsync(cancellationToken);
                sArticle.Value = metadata.Id;
                sParagraph.Value = p.Index;
                sIdx.Value = i;
                sKind.Value = p.Kind.ToString();
                sRole.Value = roles[n][i].ToString();
                sText.Value = sentences[i];
                await sentence.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await DatedItemRows.InsertAsync(connection, transaction, prepared.Items, cancellationToken);
    }
}
