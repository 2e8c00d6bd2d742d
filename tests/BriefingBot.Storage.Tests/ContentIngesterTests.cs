using BriefingBot.Core.Briefing;

namespace BriefingBot.Storage.Tests;

public sealed class ContentIngesterTests
{
    private const string NewStartArticle = "trump-putin-news-what-people-get-wrong";

    [Fact]
    public async Task Ingest_FreshStore_IndexesEveryArticleAndTopic()
    {
        await using var store = await TestStore.CreateAsync(ingest: false);

        var report = await store.IngestAsync();

        Assert.Equal(5, report.Added.Count);
        Assert.Empty(report.Problems);
        Assert.Equal(5, await store.ScalarAsync("SELECT count(*) FROM articles"));
        Assert.True(await store.ScalarAsync("SELECT count(*) FROM topics") >= 15);
        Assert.True(await store.ScalarAsync("SELECT count(*) FROM sentences") > 300);
    }

    [Fact]
    public async Task Ingest_Twice_SecondRunChangesNothing()
    {
        await using var store = await TestStore.CreateAsync();
        var maxSentenceId = await store.ScalarAsync("SELECT max(rowid) FROM sentences");

        var report = await store.IngestAsync();

        Assert.False(report.ChangedAnything);
        Assert.Equal(5, report.Unchanged);
        Assert.Equal(maxSentenceId, await store.ScalarAsync("SELECT max(rowid) FROM sentences"));
    }

    [Fact]
    public async Task Ingest_ChangedFile_ReplacesOnlyThatArticle()
    {
        await using var store = await TestStore.CreateAsync();
        var otherSentences = await store.ScalarAsync($"SELECT sum(rowid) FROM sentences WHERE article_id <> '{NewStartArticle}'");
        var path = store.ArticlePath(NewStartArticle);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("February 4, 2026", "February 5, 2026", StringComparison.Ordinal));

        var report = await store.IngestAsync();

        Assert.Equal([NewStartArticle], report.Updated);
        Assert.Equal(4, report.Unchanged);
        Assert.Equal(otherSentences, await store.ScalarAsync($"SELECT sum(rowid) FROM sentences WHERE article_id <> '{NewStartArticle}'"));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH '\"expire on february 4\"'"));
        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH '\"expire on february 5\"'"));
    }

    [Fact]
    public async Task Ingest_ChangedFileHoldingTheNewestSentences_IndexesItsNewText()
    {
        // The last file in name order holds the highest sentence ids; its new rows may reuse ids its old rows had.
        await using var store = await TestStore.CreateAsync();
        const string Last = "why-trump-has-a-soft-spot-for-russia";
        await File.AppendAllTextAsync(store.ArticlePath(Last), "\nThe zeppelin summit was postponed again.\n");

        await store.IngestAsync();

        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH 'zeppelin'"));

        // FTS5's own check that the index holds exactly the stored sentences (it throws when not).
        await store.ScalarAsync("INSERT INTO sentences (sentences, rank) VALUES ('integrity-check', 1);");
    }

    [Fact]
    public async Task Ingest_EmptyArticleBeforeAChangedNewestOne_IndexesEverySentence()
    {
        // The empty file comes first in the batch and inserts no sentence; the changed last file frees the top ids.
        await using var store = await TestStore.CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "articles", "a-stub.md"), "---\nid: a-stub\ntitle: \"Stub\"\npublished: \"2026-01\"\n---\n");
        await File.AppendAllTextAsync(store.ArticlePath("why-trump-has-a-soft-spot-for-russia"), "\nThe zeppelin summit was postponed again.\n");

        await store.IngestAsync();

        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH 'zeppelin'"));
        await store.ScalarAsync("INSERT INTO sentences (sentences, rank) VALUES ('integrity-check', 1);");
    }

    [Fact]
    public async Task Ingest_ChangedAndAddedFiles_EachArticleKeepsTheRangeOfItsOwnSentences()
    {
        await using var store = await TestStore.CreateAsync();
        var path = store.ArticlePath(NewStartArticle);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)) + "\nOne more sentence. And another one.\n");
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "articles", "a-stub.md"), "---\nid: a-stub\ntitle: \"Stub\"\npublished: \"2026-01\"\n---\n");
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "articles", "b-new.md"), "---\nid: b-new\ntitle: \"New\"\npublished: \"2026-01\"\n---\nA first line. A second one.\n\nA third.\n");

        await store.IngestAsync();

        // Every sentence lies in its own article's range, and the ranges hold nothing else.
        Assert.Equal(0, await store.ScalarAsync("""
            SELECT count(*) FROM sentences s
            WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id
                              AND s.rowid BETWEEN a.first_sentence AND a.first_sentence + a.sentence_count - 1)
            """));
        Assert.Equal(await store.ScalarAsync("SELECT count(*) FROM sentences"), await store.ScalarAsync("SELECT sum(sentence_count) FROM articles"));
        Assert.Equal(3, await store.ScalarAsync("SELECT sentence_count FROM articles WHERE id = 'b-new'"));
        Assert.Equal(0, await store.ScalarAsync("SELECT sentence_count FROM articles WHERE id = 'a-stub'"));
    }

    [Fact]
    public async Task Search_SentencesAfterCharactersOutsideTheBasicPlane_ReadBackVerbatim()
    {
        // Characters outside the Basic Multilingual Plane are two UTF-16 halves in .NET and one character in SQLite.
        await using var store = await TestStore.CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "articles", "b-emoji.md"),
            "---\nid: b-emoji\ntitle: \"Emoji\"\npublished: \"2026-01\"\n---\nThe 🚀 launch 𝕏 slipped again. The zeppelin summit was postponed. Talks \u00E9voqu\u00E9es 🎉 fizzled.\n");
        await store.IngestAsync();

        var hits = await store.Articles.SearchAsync(new SearchQuery([new SearchClause([["zeppelin"]])], 1), 10, CancellationToken.None);
        var fizzled = await store.Articles.SearchAsync(new SearchQuery([new SearchClause([["fizzled"]])], 1), 10, CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal("The zeppelin summit was postponed.", hit.Text);
        Assert.Equal("The 🚀 launch 𝕏 slipped again. The zeppelin summit was postponed. Talks \u00E9voqu\u00E9es 🎉 fizzled.", hit.ParagraphText);
        Assert.Equal("Talks \u00E9voqu\u00E9es 🎉 fizzled.", Assert.Single(fizzled).Text);
    }

    [Fact]
    public async Task Ingest_TwoAtOnceOnOneStore_BothSucceedAndEachArticleIsStoredOnce()
    {
        // `ask` ingests the bundled content on its way in, even beside a running bot on the same database.
        await using var store = await TestStore.CreateAsync(ingest: false);
        var other = new ContentIngester(store.Database, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentIngester>.Instance);

        var reports = await Task.WhenAll(store.IngestAsync(), other.IngestAsync(store.ContentPath, CancellationToken.None));

        Assert.All(reports, r => Assert.Empty(r.Problems));
        Assert.Equal(5, await store.ScalarAsync("SELECT count(*) FROM articles"));
        Assert.Equal(await store.ScalarAsync("SELECT sum(sentence_count) FROM articles"), await store.ScalarAsync("SELECT count(*) FROM sentences"));
        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH '\"expire on february 4\"'"));
        await store.ScalarAsync("INSERT INTO sentences (sentences, rank) VALUES ('integrity-check', 1);");
    }

    [Fact]
    public async Task Ingest_RemovedFile_DropsItsArticleAndIndexRows()
    {
        await using var store = await TestStore.CreateAsync();
        File.Delete(store.ArticlePath(NewStartArticle));

        var report = await store.IngestAsync();

        Assert.Equal([NewStartArticle], report.Removed);
        Assert.Equal(0, await store.ScalarAsync($"SELECT count(*) FROM sentences WHERE article_id = '{NewStartArticle}'"));
        Assert.Equal(0, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH '\"expire on february 4\"'"));
    }

    [Fact]
    public async Task Ingest_CorruptFrontMatter_ReportsPathAndLineAndKeepsTheArticle()
    {
        await using var store = await TestStore.CreateAsync();
        var path = store.ArticlePath(NewStartArticle);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("published: \"2026-01-17\"", "published: [unclosed", StringComparison.Ordinal));

        var report = await store.IngestAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal($"articles/{NewStartArticle}.md", problem.Path);
        Assert.True(problem.Line > 1, $"line {problem.Line}");
        Assert.Empty(report.Removed);
        Assert.Equal(5, await store.ScalarAsync("SELECT count(*) FROM articles"));
        Assert.Equal(1, await store.ScalarAsync("SELECT count(*) FROM sentences WHERE sentences MATCH '\"expire on february 4\"'"));
    }

    [Fact]
    public async Task Ingest_MissingFrontMatterField_NamesTheField()
    {
        await using var store = await TestStore.CreateAsync(ingest: false);
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "articles", "broken.md"), "---\nid: broken\ntitle: Broken\n---\nText.");

        var report = await store.IngestAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Contains("'published'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(5, report.Added.Count);
    }

    [Fact]
    public async Task Ingest_MissingContentFolder_LeavesTheStoreAsItWas()
    {
        await using var store = await TestStore.CreateAsync();
        Directory.Delete(store.ContentPath, recursive: true);

        var report = await store.IngestAsync();

        Assert.Single(report.Problems);
        Assert.Equal(5, await store.ScalarAsync("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task Ingest_CorruptTopicsFile_KeepsThePreviousTopics()
    {
        await using var store = await TestStore.CreateAsync();
        var topics = await store.ScalarAsync("SELECT count(*) FROM topics");
        await File.WriteAllTextAsync(Path.Combine(store.ContentPath, "topics.yaml"), "topics: [ {id: x, name: ");

        var report = await store.IngestAsync();

        Assert.Contains(report.Problems, p => p.Path == "topics.yaml");
        Assert.Equal(topics, await store.ScalarAsync("SELECT count(*) FROM topics"));
    }

    [Fact]
    public async Task Migrate_NewDatabase_UsesWalAndLatestSchemaVersion()
    {
        await using var store = await TestStore.CreateAsync(ingest: false);

        await store.Database.MigrateAsync(CancellationToken.None);

        await using var connection = await store.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
        Assert.Equal(SchemaMigrations.LatestVersion, await store.ScalarAsync("PRAGMA user_version"));
    }
}
