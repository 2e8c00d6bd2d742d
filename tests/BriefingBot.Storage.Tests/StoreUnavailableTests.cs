using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Tests;

/// <summary>
/// The operator's message for each way a database can be unusable. Read-only folders and full disks cannot be made
/// for real here (the tests may run as root, which ignores permissions), so SQLite's own error codes stand in for them.
/// </summary>
public sealed class StoreUnavailableTests
{
    private const string Path = "/data/briefingbot.db";

    [Theory]
    [InlineData(8, "is read-only", "write permission")]
    [InlineData(13, "is full", "Free some space")]
    [InlineData(26, "is not a SQLite database", "restore it from a backup")]
    [InlineData(11, "is damaged", "Restore it from a backup")]
    [InlineData(14, "cannot be opened", "may read and write")]
    public void SqliteError_BecomesOneLineNamingThePathAndWhatToDo(int code, string problem, string remedy)
    {
        var message = StoreUnavailableException.From(Path, new SqliteException("SQLite Error", code))!.Message;

        Assert.Contains(Path, message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Contains(remedy, message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void FolderTheBotMayNotWrite_IsNamedWithTheFix()
    {
        var message = StoreUnavailableException.From(Path, new UnauthorizedAccessException("Access to the path is denied."))!.Message;

        Assert.Contains("may not create or open /data/briefingbot.db", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemThatIsNotTheStores_IsLeftAlone()
    {
        Assert.Null(StoreUnavailableException.From(Path, new InvalidOperationException("something else")));
    }
}
