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

    /// <summary>
    /// Counts every topic's articles, each search on a connection of its own and as many at once as there are cores
    /// (they only read what the ingest has committed), then replaces the counts in one transaction on
    /// <paramref name="connection"/>. A search reads only the ids of the sentences that match; which article each is
    /// in, and whether it is a statement, comes from the articles' ranges and statement flags, read once.
    /// </summary>
    public static async Task RefreshAsync(SqliteConnection connection, SqliteDatabase database, TopicMatcher topics, CancellationToken cancellationToken)
    {
        var searches = topics.Topics
            .Select(topic => (topic.Id, Clause: QueryAnalyzer.TopicClause(topic)))
            .Where(t => t.Clause.Phrases.Count > 0)
            .Select(t => (t.Id, Query: Fts5QueryWriter.Write(new SearchQuery([t.Clause], 1))))
            .ToArray();
        var statements = await StatementMap.ReadAsync(connection, cancellationToken);
        var counts = new int[searches.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, searches.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                await using var reading = await database.OpenAsync(token);
                await using var search = reading.CreateCommand();
                search.CommandText = "SELECT rowid FROM sentences WHERE sentences MATCH $query;";
                search.Parameters.AddWithValue("$query", searches[i].Query);
                var articles = new bool[statements.ArticleCount];
                await using var reader = await search.ExecuteReaderAsync(token);
                while (await reader.ReadAsync(token))
                {
                    if (statements.ArticleOfStatement(reader.GetInt64(0)) is { } article && !articles[article])
                    {
                        articles[article] = true;
                        counts[i]++;
                    }
                }
            });

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = "DELETE FROM topic_articles;";
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO topic_articles (topic_id, articles) VALUES ($topic, $articles);";
            var topic = insert.Parameters.Add("$topic", SqliteType.Text);
            var articles = insert.Parameters.Add("$articles", SqliteType.Integer);
            for (var i = 0; i < searches.Length; i++)
            {
                topic.Value = searches[i].Id;
                articles.Value = counts[i];
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
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

    /// <summary>Every article's sentence ids and which of them are statements, for finding a sentence's article by its id.</summary>
    private sealed class StatementMap(long[] firstIds, string[] flags)
    {
        public int ArticleCount => firstIds.Length;

        public static async Task<StatementMap> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT first_sentence, statement_flags FROM articles WHERE sentence_count > 0 ORDER BY first_sentence;";
            List<long> firstIds = [];
            List<string> flags = [];
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                firstIds.Add(reader.GetInt64(0));
                flags.Add(reader.GetString(1));
            }

            return new StatementMap([.. firstIds], [.. flags]);
        }

        /// <summary>The index of the article whose statement <paramref name="sentenceId"/> is, or null if it is not a statement.</summary>
        public int? ArticleOfStatement(long sentenceId)
        {
            var at = Array.BinarySearch(firstIds, sentenceId);
            var article = at >= 0 ? at : ~at - 1;
            if (article < 0)
            {
                return null;
            }

            var offset = sentenceId - firstIds[article];
            return offset < flags[article].Length && flags[article][(int)offset] == '1' ? article : null;
        }
    }
}
