using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// A real SQLite store in a temporary folder, fed from a private copy of the repository's content folder
/// (so tests can edit, break or remove files without touching the bundled corpus).
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(string root)
    {
        Root = root;
        ContentPath = Path.Combine(root, "content");
        Database = new SqliteDatabase(Path.Combine(root, "data", "test.db"));
        Articles = new SqliteArticleStore(Database);
        Ingester = new ContentIngester(Database, TimeProvider.System, NullLogger<ContentIngester>.Instance);
    }

    public string Root { get; }

    public string ContentPath { get; }

    public SqliteDatabase Database { get; }

    public SqliteArticleStore Articles { get; }

    public ContentIngester Ingester { get; }

    public static async Task<TestStore> CreateAsync(bool ingest = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        CopyFolder(RepositoryContent(), Path.Combine(root, "content"));
        var store = new TestStore(root);
        if (ingest)
        {
            await store.IngestAsync();
        }

        return store;
    }

    /// <summary>Replaces the bundled articles with the given files (name without extension, full text).</summary>
    public void UseArticles(params (string Id, string Text)[] articles)
    {
        var folder = Path.Combine(ContentPath, "articles");
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Delete(file);
        }

        foreach (var (id, text) in articles)
        {
            File.WriteAllText(Path.Combine(folder, id + ".md"), text);
        }

        File.Delete(Path.Combine(ContentPath, ContentIngester.CuratedItemsFile));
    }

    /// <summary>An article file: front matter with the id as title, then the body.</summary>
    public static string ArticleText(string id, string body, string published = "2026-01-17") => $"""
        ---
        id: {id}
        title: "{id}"
        published: "{published}"
        ---
        {body}
        """;

    public Task<IngestReport> IngestAsync() => Ingester.IngestAsync(ContentPath, CancellationToken.None);

    public string ArticlePath(string id) => Path.Combine(ContentPath, "articles", id + ".md");

    public static string RepositoryContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var content = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(content, "topics.yaml")))
            {
                return content;
            }
        }

        throw new DirectoryNotFoundException("No content folder above " + AppContext.BaseDirectory);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
