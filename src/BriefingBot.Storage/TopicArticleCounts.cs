using BriefingBot.Core.Briefing;
using BriefingBot.Core.Topics;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// How many articles mention each topic in a statement, counted after an ingest that changed the corpus, with the
/// same search a brief on the topic runs (<see cref="QueryAnalyzer.TopicClause"/>), so <c>/topics</c> and
/// <c>/brief</c> agree (a topic named only in a reference list is not counted).
/// The corpus version they were counted at is kept, so counts a crash left behind are redone at the next ingest.
/// </summary>
internal static class TopicArticleCounts
{
    private const string CountedAt = "topic_counts_version";

    /// <summary>Whether the counts were made at the corpus version the store is at now.</summary>
    public static async Task<bool> AreCurrentAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT (SELECT value FROM state WHERE key = '{CountedAt}') IS (SELECT value FROM state WHERE key = '{ChangeVersions.Items}');";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public static async Task RefreshAsync(SqliteConnection connection, TopicMatcher topics, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM topic_articles;";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO topic_articles (topic_id, articles)
            SELECT $topic, count(DISTINCT article_id) FROM sentences
            WHERE id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH $query) AND role = 'Statement';
            """;
        var topic = insert.Parameters.Add("$topic", SqliteType.Text);
        var query = insert.Parameters.Add("$query", SqliteType.Text);
        foreach (var each in topics.Topics)
        {
            var clause = QueryAnalyzer.TopicClause(each);
            if (clause.Phrases.Count == 0)
            {
                continue;
            }

            topic.Value = each.Id;
            query.Value = Fts5QueryWriter.Write(new SearchQuery([clause], 1));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Items, cancellationToken);
        await using (var mark = connection.CreateCommand())
        {
            mark.Transaction = transaction;
            mark.CommandText = $"""
                INSERT INTO state (key, value) SELECT '{CountedAt}', value FROM state WHERE key = '{ChangeVersions.Items}'
                ON CONFLICT(key) DO UPDATE SET value = excluded.value;
                """;
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
