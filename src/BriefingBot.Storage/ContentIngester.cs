using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Briefing;
using BriefingBot.Core.Content;
using BriefingBot.Core.Dates;
using BriefingBot.Core.Text;
using BriefingBot.Core.Text.Roles;
using BriefingBot.Core.Topics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Storage;

/// <summary>What an ingest changed, and the files it had to skip.</summary>
public sealed record IngestReport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Removed,
    int Unchanged,
    bool TopicsChanged,
    IReadOnlyList<ContentFileException> Problems)
{
    /// <summary>Whether dated-items.yaml was (re-)applied, because it or the corpus changed.</summary>
    public bool CurationApplied { get; init; }

    public bool ChangedAnything => Added.Count + Updated.Count + Removed.Count > 0 || TopicsChanged || CurationApplied;
}

/// <summary>
/// Builds the store from a content folder (<c>articles/*.md</c> and <c>topics.yaml</c>). Idempotent: each article's
/// content hash is kept, unchanged files are skipped, a changed file replaces its rows in one transaction, a file
/// that is gone has its article dropped. A file that cannot be parsed is reported with its path and line and
/// skipped, keeping whatever the store had for it: a bad edit never empties the store.
/// </summary>
public sealed partial class ContentIngester(SqliteDatabase database, TimeProvider time, ILogger<ContentIngester> logger)
{
    public const string ArticlesFolder = "articles";
    public const string TopicsFile = "topics.yaml";
    public const string CuratedItemsFile = "dated-items.yaml";

    /// <summary>
    /// The version of what ingest works out from an article's text (paragraphs, sentences, their roles, dated items).
    /// Bump it when those rules change: a store made by another version re-reads every article at its next ingest,
    /// so an upgrade never leaves roles or dates worked out by the old rules.
    /// </summary>
    public const string TextRulesVersion = "2026-11-27.1";

    public Task<IngestReport> IngestAsync(string contentPath, CancellationToken cancellationToken) =>
        IngestAsync(contentPath, progress: null, cancellationToken);

    /// <summary>As above; <paramref name="progress"/> hears how many article files of how many have been read.</summary>
    public async Task<IngestReport> IngestAsync(string contentPath, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        var problems = new List<ContentFileException>();
        var root = Path.GetFullPath(contentPath);
        if (!Directory.Exists(root))
        {
            problems.Add(new ContentFileException(root, 0, "the content folder does not exist; the store was left as it was"));
            LogProblems(problems);
            return new IngestReport([], [], [], 0, false, problems);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await ForgetHashesIfTextRulesChangedAsync(connection, cancellationToken);
        var topicsChanged = await IngestTopicsAsync(connection, Path.Combine(root, TopicsFile), problems, cancellationToken);
        var topics = new TopicMatcher(await new SqliteArticleStore(database).GetTopicsAsync(cancellationToken));
        if (topicsChanged)
        {
            // Before the articles: what is re-ingested below is tagged with the new topics anyway.
            await RetagDatedItemsAsync(connection, topics, cancellationToken);
        }

        var known = await LoadKnownArticlesAsync(connection, cancellationToken);
        var added = new List<string>();
        var updated = new List<string>();
        var unchanged = 0;

        var folder = Path.Combine(root, ArticlesFolder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToArray()
            : [];
        var reader = new ArticleReader(root, known, topics);
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var rows = new ArticleRows(connection);
        ArticleBatch? batch = null;
        try
        {
            await foreach (var outcome in reader.ReadAllAsync(files, progress, stopReading.Token).WithCancellation(cancellationToken))
            {
                if (outcome.Problem is not null)
                {
                    problems.Add(outcome.Problem);
                    continue;
                }

                if (outcome.Article is not { } article)
                {
                    unchanged++;
                    continue;
                }

                batch ??= ArticleBatch.Begin(connection);
                await rows.ReplaceAsync(batch, article, time.GetUtcNow(), cancellationToken);
                (known.ContainsKey(outcome.Id!) ? updated : added).Add(outcome.Id!);
                if (batch.Add(article.BodyCharacters))
                {
                    await batch.CommitAsync(cancellationToken);
                    batch = null;
                }
            }

            if (batch is not null)
            {
                await batch.CommitAsync(cancellationToken);
                batch = null;
            }
        }
        finally
        {
            // If writing failed, the reader must not wait forever for room in the channel.
            await stopReading.CancelAsync();

            // An exception or a cancellation mid-batch rolls the batch back; the next ingest reads those files again.
            if (batch is not null)
            {
                await batch.DisposeAsync();
            }
        }

        var seenIds = reader.SeenIds;
        var seenPaths = reader.SeenPaths;
        var removed = known
            .Where(k => !seenIds.Contains(k.Key) && !seenPaths.Contains(k.Value.Path))
            .Select(k => k.Key)
            .ToList();
        if (files.Length == 0 && removed.Count > 0)
        {
            // An empty or missing articles folder is far more likely a failed mount than a wish to forget everything.
            problems.Add(new ContentFileException(
                Path.Combine(root, ArticlesFolder),
                0,
                $"no article files were found, so the {removed.Count} stored articles were kept; to remove articles, delete "
                    + "their files while others remain, or start from a new Storage:Path"));
            removed.Clear();
        }

        foreach (var id in removed)
        {
            await DeleteArticleAsync(connection, id, cancellationToken);
        }

        var corpusChanged = topicsChanged || added.Count + updated.Count + removed.Count > 0;
        var curationChanged = await ApplyCurationAsync(connection, Path.Combine(root, CuratedItemsFile), corpusChanged, topics, problems, cancellationToken);
        if (corpusChanged || curationChanged || !await TopicArticleCounts.AreCurrentAsync(connection, cancellationToken))
        {
            await TopicArticleCounts.RefreshAsync(connection, database, topics, cancellationToken);
        }

        var report = new IngestReport(added, updated, removed, unchanged, topicsChanged, problems) { CurationApplied = curationChanged };

        LogProblems(problems);
        Log.Ingested(logger, added.Count, updated.Count, removed.Count, unchanged, problems.Count);
        return report;
    }

    private static async Task ForgetHashesIfTextRulesChangedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (await GetStateAsync(connection, "text_rules_version", cancellationToken) == TextRulesVersion)
        {
            return;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE articles SET content_hash = '';", cancellationToken);
        await SetStateAsync(connection, transaction, "text_rules_version", TextRulesVersion, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<bool> IngestTopicsAsync(SqliteConnection connection, string path, List<ContentFileException> problems, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            problems.Add(new ContentFileException(TopicsFile, 0, "not found; topics were left as they were"));
            return false;
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (await GetStateAsync(connection, "topics_hash", cancellationToken) == hash)
        {
            return false;
        }

        IReadOnlyList<Topic> topics;
        try
        {
            topics = TopicCatalogParser.Parse(TopicsFile, text);
        }
        catch (ContentFileException ex)
        {
            problems.Add(ex);
            return false;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM topics;", cancellationToken);
        for (var i = 0; i < topics.Count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO topics (id, position, name, aliases) VALUES ($id, $position, $name, $aliases);";
            insert.Parameters.AddWithValue("$id", topics[i].Id);
            insert.Parameters.AddWithValue("$position", i);
            insert.Parameters.AddWithValue("$name", topics[i].Name);
            insert.Parameters.AddWithValue("$aliases", System.Text.Json.JsonSerializer.Serialize(topics[i].Aliases.ToArray(), StorageJson.Default.StringArray));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await SetStateAsync(connection, transaction, "topics_hash", hash, cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Items, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task DeleteArticleAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM articles WHERE id = $id;";
        delete.Parameters.AddWithValue("$id", id);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Items, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Re-applies <c>dated-items.yaml</c> when it or the corpus changed: clears every curated overlay and added item,
    /// then applies each entry again, so removing an entry restores what extraction found. Returns whether it ran.
    /// </summary>
    private static async Task<bool> ApplyCurationAsync(
        SqliteConnection connection, string path, bool corpusChanged, TopicMatcher topics, List<ContentFileException> problems, CancellationToken cancellationToken)
    {
        var text = File.Exists(path) ? await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken) : string.Empty;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (!corpusChanged && await GetStateAsync(connection, "curated_hash", cancellationToken) == hash)
        {
            return false;
        }

        IReadOnlyList<CuratedItem> curated;
        try
        {
            curated = text.Length == 0 ? [] : CuratedItemsParser.Parse(CuratedItemsFile, text);
        }
        catch (ContentFileException ex)
        {
            // Forget the hash: once the file is mended it must be applied again, even if it is back to what it was.
            problems.Add(ex);
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM state WHERE key = 'curated_hash';";
            await forget.ExecuteNonQueryAsync(cancellationToken);
            return false;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var unmatched = await DatedItemRows.ApplyCurationAsync(connection, transaction, curated, topics, cancellationToken);
        foreach (var index in unmatched)
        {
            problems.Add(new ContentFileException(CuratedItemsFile, 0,
                $"item #{index + 1} ({curated[index].Action} in '{curated[index].ArticleId}') matches no sentence: \"{curated[index].Match}\""));
        }

        await SetStateAsync(connection, transaction, "curated_hash", hash, cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Items, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task RetagDatedItemsAsync(SqliteConnection connection, TopicMatcher topics, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await DatedItemRows.RetagAsync(connection, transaction, topics, cancellationToken);
        await ChangeVersions.BumpAsync(connection, transaction, ChangeVersions.Items, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, (string Path, string Hash)>> LoadKnownArticlesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, path, content_hash FROM articles;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return known;
    }

    private static async Task<string?> GetStateAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task SetStateAsync(SqliteConnection connection, SqliteTransaction transaction, string key, string value, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO state (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void LogProblems(IEnumerable<ContentFileException> problems)
    {
        foreach (var problem in problems)
        {
            Log.ContentProblem(logger, problem.Path, problem.Line, problem.Problem);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Skipped content file {Path} (line {Line}): {Problem}")]
        public static partial void ContentProblem(ILogger logger, string path, int line, string problem);

        [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Ingest: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Problems} problems")]
        public static partial void Ingested(ILogger logger, int added, int updated, int removed, int unchanged, int problems);
    }
}
