using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Ports;
using BriefingBot.Core.Text.Roles;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>The corpus in SQLite: BM25-ranked sentence search through FTS5, articles and topics.</summary>
public sealed class SqliteArticleStore(SqliteDatabase database) : IArticleStore
{
    private TopicCache? _topics;
    private CountCache? _counts;

    /// <summary>
    /// The best-ranked matches, each text once: a sentence that many articles repeat word for word (a wire story
    /// republished) is returned as its best-ranked copy, so its copies never crowd other sentences out of the
    /// <paramref name="limit"/>. Matches are read in rank order until enough texts are found. The query has no LIMIT:
    /// FTS5 ranks every match either way (measured on 10,000 articles, reading the best 60 of "new start" took the same
    /// 12 ms under LIMIT 60, 120, 960 or none), so copies cost only the rows read past them.
    /// </summary>
    public async Task<IReadOnlyList<SentenceHit>> SearchAsync(SearchQuery query, int limit, CancellationToken cancellationToken)
    {
        if (query.IsEmpty || limit <= 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var ranked = new List<RankedSentence>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = query.StatementsOnly ? StatementHitsSql : AnyHitsSql;
            command.Parameters.AddWithValue("$query", Fts5QueryWriter.Write(query));
            var texts = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (ranked.Count < limit && await reader.ReadAsync(cancellationToken))
            {
                var text = reader.GetString(1);
                if (texts.Add(text))
                {
                    ranked.Add(new RankedSentence(
                        reader.GetInt64(0), text, reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetString(5), reader.GetString(6), reader.GetDouble(7)));
                }
            }
        }

        // An article replaced by an ingest between the two reads has no paragraph left to show: its hits are skipped.
        var paragraphs = await ReadParagraphsAsync(connection, ranked, cancellationToken);
        return [.. ranked.Where(r => paragraphs.ContainsKey((r.ArticleId, r.ParagraphIndex))).Select(r => new SentenceHit(
            r.Id,
            r.ArticleId,
            r.ParagraphIndex,
            r.SentenceIndex,
            Enum.Parse<ParagraphKind>(r.Kind),
            r.Text,
            paragraphs[(r.ArticleId, r.ParagraphIndex)],
            -r.Rank)
        {
            Role = Enum.Parse<SentenceRole>(r.Role),
        })];
    }

    /// <summary>The paragraph of each hit, for context and quotes, in one query.</summary>
    private static async Task<Dictionary<(string ArticleId, int Index), string>> ReadParagraphsAsync(
        SqliteConnection connection, List<RankedSentence> ranked, CancellationToken cancellationToken)
    {
        var paragraphs = new Dictionary<(string, int), string>();
        if (ranked.Count == 0)
        {
            return paragraphs;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.article_id, p.idx, p.text
            FROM json_each($keys) AS k
            JOIN paragraphs p ON p.article_id = k.value ->> '$.ArticleId' AND p.idx = k.value ->> '$.Index';
            """;
        var keys = ranked.Select(r => new ParagraphKey(r.ArticleId, r.ParagraphIndex)).Distinct().ToArray();
        command.Parameters.AddWithValue("$keys", System.Text.Json.JsonSerializer.Serialize(keys, StorageJson.Default.ParagraphKeyArray));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            paragraphs[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        }

        return paragraphs;
    }

    internal sealed record ParagraphKey(string ArticleId, int Index);

    private sealed record RankedSentence(long Id, string Text, string ArticleId, int ParagraphIndex, int SentenceIndex, string Kind, string Role, double Rank);

    public async Task<IReadOnlyDictionary<string, ArticleMetadata>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return articles;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"{ArticleColumns} WHERE id IN (SELECT value FROM json_each($ids));";
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(ids, StorageJson.Default.IReadOnlyCollectionString));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var article = ReadArticle(reader);
            articles[article.Id] = article;
        }

        return articles;
    }

    public async Task<IReadOnlyList<ArticleListing>> ListArticlesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, title, publisher, site, author, published_start, published_end, published_precision, url,
                   sentence_count
            FROM articles
            ORDER BY published_start DESC, title;
            """;
        var listings = new List<ArticleListing>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            listings.Add(new ArticleListing(ReadArticle(reader), reader.GetInt32(9)));
        }

        return listings;
    }

    /// <summary>The curated topics. Cached until an ingest changes topics.yaml (its hash is kept in the state table),
    /// and the same list instance is returned while it is current, so callers can cache what they derive from it.</summary>
    public async Task<IReadOnlyList<Topic>> GetTopicsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var hashCommand = connection.CreateCommand();
        hashCommand.CommandText = "SELECT value FROM state WHERE key = 'topics_hash';";
        var hash = await hashCommand.ExecuteScalarAsync(cancellationToken) as string ?? string.Empty;
        if (_topics is { } cached && cached.Hash == hash)
        {
            return cached.Topics;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, aliases FROM topics ORDER BY position;";
        var topics = new List<Topic>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var aliases = System.Text.Json.JsonSerializer.Deserialize(reader.GetString(2), StorageJson.Default.StringArray) ?? [];
            topics.Add(new Topic(reader.GetString(0), reader.GetString(1), aliases));
        }

        _topics = new TopicCache(hash, topics);
        return topics;
    }

    public async Task<IReadOnlyDictionary<string, int>> GetTopicArticleCountsAsync(CancellationToken cancellationToken)
    {
        var version = await GetCorpusVersionAsync(cancellationToken);
        if (_counts is { } cached && cached.Version == version)
        {
            return cached.Counts;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT topic_id, articles FROM topic_articles;";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        _counts = new CountCache(version, counts);
        return counts;
    }

    public Task<long> GetCorpusVersionAsync(CancellationToken cancellationToken) =>
        ChangeVersions.ReadAsync(database, ChangeVersions.Items, cancellationToken);

    private sealed record CountCache(long Version, IReadOnlyDictionary<string, int> Counts);

    /// <summary>A class, so that swapping the cache is one atomic reference write when commands run in parallel.</summary>
    private sealed record TopicCache(string Hash, IReadOnlyList<Topic> Topics);

    private const string AnyHitsSql = """
        SELECT rowid, text, article_id, paragraph_idx, idx, kind, role, rank
        FROM sentences WHERE sentences MATCH $query ORDER BY rank;
        """;

    /// <summary>The role is checked for each match as it is read: a corpus that repeats a non-statement cannot crowd
    /// statements out of the top, for little more than the bare search (measured 1.0-1.2x on 10,000 articles).</summary>
    private const string StatementHitsSql = """
        SELECT rowid, text, article_id, paragraph_idx, idx, kind, role, rank
        FROM sentences WHERE sentences MATCH $query AND role = 'Statement' ORDER BY rank;
        """;

    private const string ArticleColumns =
        "SELECT id, title, publisher, site, author, published_start, published_end, published_precision, url FROM articles";

    private static ArticleMetadata ReadArticle(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        new DateSpan(DateOnly.Parse(reader.GetString(5), System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<DatePrecision>(reader.GetString(7))),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
