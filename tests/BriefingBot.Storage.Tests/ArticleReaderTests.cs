using BriefingBot.Core.Topics;

namespace BriefingBot.Storage.Tests;

public sealed class ArticleReaderTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(ingest: false);
        _store.UseArticles([.. Enumerable.Range(1, 5).Select(n => ($"note-{n}", $"""
            ---
            id: note-{n}
            title: "Note {n}"
            published: "2026-01-17"
            ---
            Note {n} says the New START Treaty is set to expire on February 4, 2026.
            """))]);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task ReadAll_CallerStopsEarlyWithItsOwnToken_EndsOnlyOnceTheReadingThreadHasStopped()
    {
        // Room for one article only: the thread waits for the caller, who never asks for a second.
        var reader = new ArticleReader(_store.ContentPath, new Dictionary<string, (string, string)>(), new TopicMatcher([]), aheadCharacters: 1);
        using var caller = new CancellationTokenSource();

        await foreach (var outcome in reader.ReadAllAsync(Files(), progress: null, CancellationToken.None).WithCancellation(caller.Token))
        {
            Assert.NotNull(outcome.Article);
            break;
        }

        Assert.True(reader.ReadingStopped.IsCompleted);
    }

    [Fact]
    public async Task ReadAll_ToTheEnd_GivesEveryArticleInFileOrder()
    {
        var reader = new ArticleReader(_store.ContentPath, new Dictionary<string, (string, string)>(), new TopicMatcher([]), aheadCharacters: 1);
        var ids = new List<string>();

        await foreach (var outcome in reader.ReadAllAsync(Files(), progress: null, CancellationToken.None))
        {
            ids.Add(outcome.Id!);
        }

        Assert.Equal(["note-1", "note-2", "note-3", "note-4", "note-5"], ids);
        Assert.True(reader.ReadingStopped.IsCompleted);
    }

    private string[] Files() =>
        [.. Directory.EnumerateFiles(Path.Combine(_store.ContentPath, ContentIngester.ArticlesFolder), "*.md").Order(StringComparer.Ordinal)];
}
