using BriefingBot.Storage;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Tests;

public sealed class StoreVerbTests : IDisposable
{
    private readonly CommandLineRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Check_OnAHealthyDatabase_ReportsItAndExitsZero()
    {
        await _run.InProcessAsync("ingest");

        var result = await _run.InProcessAsync("check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Integrity: ok", result.Output, StringComparison.Ordinal);
        Assert.Contains("Articles: 5", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OnAFileThatIsNotADatabase_ExitsThreeAndChangesNothing()
    {
        var path = Path.Combine(_run.Folder, "junk.db");
        await File.WriteAllTextAsync(path, "this is not a database, but a text file of some length to look like one");
        var before = await File.ReadAllBytesAsync(path);

        var result = await _run.InProcessWithStoreAsync(path, ["check"]);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not a SQLite database", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Backup_WhileTheBotRuns_WritesAConsistentCopy()
    {
        await _run.InProcessAsync("ingest");
        using var instance = InstanceLock.TryAcquire(_run.DatabasePath, out _);
        var copy = Path.Combine(_run.Folder, "backups", "copy.db");

        var result = await _run.InProcessAsync("backup", copy);
        var again = await _run.InProcessAsync("backup", copy);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles";
        Assert.Equal(5L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Run_WhileAnotherInstanceHoldsTheDatabase_RefusesAndSaysSo_ButAskStillWorks()
    {
        await _run.InProcessAsync("ingest");
        using var other = InstanceLock.TryAcquire(_run.DatabasePath, out _);
        Assert.NotNull(other);

        var run = await _run.InProcessAsync(["run", .. RunVerbTests.UnreachableTelegram]);
        var ask = await _run.InProcessAsync("ask", "/topics");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Another BriefingBot is already running", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, ask.ExitCode);
    }

    [Fact]
    public void InstanceLock_IsFreeAgainOnceItsHolderLetsGo()
    {
        var first = InstanceLock.TryAcquire(_run.DatabasePath, out _);
        Assert.NotNull(first);
        Assert.Null(InstanceLock.TryAcquire(_run.DatabasePath, out _));

        first.Dispose();
        using var second = InstanceLock.TryAcquire(_run.DatabasePath, out _);

        Assert.NotNull(second);
    }
}
