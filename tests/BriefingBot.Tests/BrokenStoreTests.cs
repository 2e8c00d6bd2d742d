using Microsoft.Data.Sqlite;

namespace BriefingBot.Tests;

/// <summary>A database the bot cannot use gets a one-line answer naming the path, exit code 3, and is left untouched.</summary>
public sealed class BrokenStoreTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("ask", "/topics")]
    [InlineData("ingest", null)]
    public async Task PathThatCannotBeCreated_ExitsThreeNamingThePath(string verb, string? text)
    {
        var result = await _run.InProcessWithStoreAsync("/proc/briefingbot-nowhere/bot.db", [verb, .. text is null ? Array.Empty<string>() : [text]]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("/proc/briefingbot-nowhere/bot.db", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "/topics")]
    [InlineData("ingest", null)]
    public async Task FileThatIsNotADatabase_ExitsThreeAndIsNotChanged(string verb, string? text)
    {
        var path = Path.Combine(_run.Folder, "random.db");
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);

        var result = await _run.InProcessWithStoreAsync(path, [verb, .. text is null ? Array.Empty<string>() : [text]]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is not a SQLite database", result.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task DatabaseFromANewerBriefingBot_ExitsThreeAndIsNotChanged()
    {
        var path = Path.Combine(_run.Folder, "newer.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE future (x); PRAGMA user_version = 99;";
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(path);

        var result = await _run.InProcessWithStoreAsync(path, ["ask", "/topics"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("newer BriefingBot", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task EmptyContentFolder_KeepsTheStoredArticlesAndSaysHowToRemoveThem()
    {
        await _run.InProcessAsync("ingest");
        var empty = Path.Combine(_run.Folder, "empty-content");
        Directory.CreateDirectory(Path.Combine(empty, "articles"));

        var result = await _run.InProcessAsync("ingest", "--Content:Path", empty);
        var sources = await _run.InProcessAsync("ask", "/sources");

        Assert.Contains("stored articles were kept", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("I know 5 articles", sources.Output, StringComparison.Ordinal);
    }
}
