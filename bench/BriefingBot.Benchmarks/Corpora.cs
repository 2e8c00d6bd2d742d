using System.Collections.Concurrent;
using System.Text;
using BriefingBot.Core.Content;
using BriefingBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Benchmarks;

/// <summary>The corpora the benchmarks run on, by the name used in <c>[Params]</c>.</summary>
public static class Corpora
{
    /// <summary>The five articles in the repository's <c>content/</c> folder.</summary>
    public const string Bundled = "Bundled";

    /// <summary><see cref="SyntheticCorpus.DefaultArticleCount"/> generated articles (see <see cref="SyntheticCorpus"/>).</summary>
    public const string Synthetic10k = "Synthetic10k";

    private static readonly ConcurrentDictionary<string, long> BodyBytesByPath = new(StringComparer.Ordinal);

    /// <summary>Where benchmark files live: generated corpora, cached databases, scratch databases.</summary>
    public static string WorkRoot { get; } = Path.Combine(Path.GetTempPath(), "briefingbot-bench");

    /// <summary>The content folder for a corpus name, generating the synthetic one on first use.</summary>
    public static string ContentPath(string corpus) => corpus switch
    {
        Bundled => RepositoryContentPath(),
        Synthetic10k => SyntheticCorpus.Ensure(RepositoryContentPath(), SyntheticCorpus.DefaultArticleCount),
        _ => throw new ArgumentOutOfRangeException(nameof(corpus), corpus, "unknown corpus"),
    };

    /// <summary>
    /// The repository's <c>content/</c> folder, found by walking up from the binaries (BenchmarkDotNet runs each
    /// benchmark from a generated project below <c>bin/</c>). <c>BRIEFINGBOT_CONTENT</c> overrides it.
    /// </summary>
    public static string RepositoryContentPath()
    {
        var overridden = Environment.GetEnvironmentVariable("BRIEFINGBOT_CONTENT");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return Path.GetFullPath(overridden);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "content");
                if (File.Exists(Path.Combine(candidate, ContentIngester.TopicsFile))
                    && File.Exists(Path.Combine(directory.FullName, "BriefingBot.sln")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "Could not find the repository's content/ folder above " + AppContext.BaseDirectory + "; set BRIEFINGBOT_CONTENT.");
    }

    /// <summary>
    /// The UTF-8 size of every article body (what the ingester records as <c>byte_length</c>): the bytes a
    /// throughput figure is counted in. Computed once per folder.
    /// </summary>
    public static long BodyBytes(string contentPath) => BodyBytesByPath.GetOrAdd(contentPath, static path =>
    {
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(path, ContentIngester.ArticlesFolder), "*.md"))
        {
            var article = ArticleFileParser.Parse(file, File.ReadAllText(file, Encoding.UTF8));
            total += Encoding.UTF8.GetByteCount(article.Body);
        }

        return total;
    });

    /// <summary>A fresh, unused database path under the scratch folder.</summary>
    public static string ScratchDatabasePath(string name)
    {
        var folder = Path.Combine(WorkRoot, "scratch");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{name}-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
    }

    /// <summary>Deletes a database and its WAL files, after closing the pooled connections that still hold it.</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Ingests a content folder into a new database at <paramref name="path"/> and checkpoints the WAL.</summary>
    public static async Task<SqliteDatabase> IngestAsync(string contentPath, string path)
    {
        var database = new SqliteDatabase(path);
        var report = await new ContentIngester(database, TimeProvider.System, NullLogger<ContentIngester>.Instance)
            .IngestAsync(contentPath, CancellationToken.None);
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Ingest of {contentPath} reported {report.Problems.Count} problems, the first: {report.Problems[0].Message}");
        }

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await checkpoint.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>
    /// A database holding the whole corpus, for read-only benchmarks. The bundled corpus is ingested into a scratch
    /// file each time (milliseconds); the synthetic one is ingested once next to its content folder and reused while
    /// its schema version and article count still match.
    /// </summary>
    public static async Task<SqliteDatabase> ReadOnlyDatabaseAsync(string corpus)
    {
        var contentPath = ContentPath(corpus);
        if (corpus == Bundled)
        {
            return await IngestAsync(contentPath, ScratchDatabasePath("bundled-read"));
        }

        var cached = contentPath + ".db";
        var expectedArticles = Directory.GetFiles(Path.Combine(contentPath, ContentIngester.ArticlesFolder), "*.md").Length;
        if (File.Exists(cached) && await IsCompleteAsync(cached, expectedArticles))
        {
            return new SqliteDatabase(cached);
        }

        var building = ScratchDatabasePath("synthetic-build");
        await IngestAsync(contentPath, building);
        SqliteConnection.ClearAllPools();
        File.Move(building, cached, overwrite: true);
        foreach (var leftover in new[] { building + "-wal", building + "-shm", cached + "-wal", cached + "-shm" })
        {
            File.Delete(leftover);
        }

        return new SqliteDatabase(cached);
    }

    private static async Task<bool> IsCompleteAsync(string path, int expectedArticles)
    {
        var database = new SqliteDatabase(path);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM articles),
                   (SELECT value FROM state WHERE key = 'text_rules_version');
            """;
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync()
                && reader.GetInt32(0) == SchemaMigrations.LatestVersion
                && reader.GetInt32(1) == expectedArticles
                && !reader.IsDBNull(2) && reader.GetString(2) == ContentIngester.TextRulesVersion;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
