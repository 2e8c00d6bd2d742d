using BriefingBot.Storage;
using BriefingBot.Tests.Telegram;

namespace BriefingBot.Tests;

/// <summary>Articles added, changed, broken and removed while the bot runs, picked up without a restart.</summary>
public sealed class ContentReloadTests : IDisposable
{
    private const string Article = """
        ---
        id: reload-note
        title: "Reload note"
        publisher: "Test Desk"
        published: "2026-01-20"
        ---
        The talks on the Arctic shipping lanes resume on March 3, 2026, officials said.
        """;

    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task ArticleAddedChangedBrokenAndRemoved_WhileRunning_IsPickedUpAndTheLastGoodVersionKept()
    {
        var content = _run.CopyBundledContent();
        var file = Path.Combine(content, "articles", "reload-note.md");
        await using var bot = new TelegramBotUnderTest(run: _run);
        await bot.StartAsync("--Content:Path", content, "--Content:ReloadDelay", "00:00:00.300");

        await File.WriteAllTextAsync(file, Article);
        await Eventually.TrueAsync(async () => (await TitlesAsync()).Contains("Reload note"));

        await File.WriteAllTextAsync(file, Article.Replace("Reload note", "Reload note, revised", StringComparison.Ordinal));
        await Eventually.TrueAsync(async () => (await TitlesAsync()).Contains("Reload note, revised"));

        await File.WriteAllTextAsync(file, "---\nid: reload-note\ntitle: [unclosed\n---\nText.");
        await Eventually.TrueAsync(() => Task.FromResult(bot.Logs.Lines.Any(l => l.Message.Contains("reload-note.md", StringComparison.Ordinal))));
        Assert.Contains("Reload note, revised", await TitlesAsync());

        File.Delete(file);
        await Eventually.TrueAsync(async () => !(await TitlesAsync()).Contains("Reload note, revised"));
        Assert.Equal(5, (await TitlesAsync()).Count);
    }

    private async Task<IReadOnlyList<string>> TitlesAsync() =>
        [.. (await new SqliteArticleStore(new SqliteDatabase(_run.DatabasePath)).ListArticlesAsync(CancellationToken.None)).Select(a => a.Metadata.Title)];
}
