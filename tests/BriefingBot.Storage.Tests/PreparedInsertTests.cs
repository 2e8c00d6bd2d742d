using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage.Tests;

public sealed class PreparedInsertTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public PreparedInsertTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE rows (text TEXT NOT NULL, note TEXT, number INTEGER NOT NULL);";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Run_TextNullAndNumbers_AreStoredAsGiven()
    {
        using var insert = new PreparedInsert(_connection, "INSERT INTO rows (text, note, number) VALUES (?1, ?2, ?3);");

        insert.Run("Lavrov’s “reset” — 2026", null, 42);
        insert.Run(string.Empty, "note", 7L);

        Assert.Equal(
            [("Lavrov’s “reset” — 2026", "(null)", 42L), (string.Empty, "note", 7L)],
            Rows());
    }

    [Fact]
    public void Run_TooFewValues_IsRefusedRatherThanReusingThePreviousRow()
    {
        using var insert = new PreparedInsert(_connection, "INSERT INTO rows (text, note, number) VALUES (?1, ?2, ?3);");
        insert.Run("first", "note", 1);

        Assert.Throws<ArgumentException>(() => insert.Run("second", "note"));
        Assert.Single(Rows());
    }

    [Fact]
    public void Run_AConstraintFails_ThrowsSqliteExceptionAndTheStatementStaysUsable()
    {
        using var insert = new PreparedInsert(_connection, "INSERT INTO rows (text, note, number) VALUES (?1, ?2, ?3);");

        Assert.Throws<SqliteException>(() => insert.Run(null, "note", 1));
        insert.Run("after", null, 2);

        Assert.Equal([("after", "(null)", 2L)], Rows());
    }

    private List<(string Text, string Note, long Number)> Rows()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT text, coalesce(note, '(null)'), number FROM rows ORDER BY rowid;";
        using var reader = select.ExecuteReader();
        var rows = new List<(string, string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }
}
