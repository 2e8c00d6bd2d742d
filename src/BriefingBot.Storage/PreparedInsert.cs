using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BriefingBot.Storage;

/// <summary>
/// One INSERT prepared once on the connection and run row after row with its values bound by position: what a bulk
/// ingest needs, without the driver's per-command work (binding every parameter by name, every time), which was most
/// of the writer's time at 780,000 rows. It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameters;

    public PreparedInsert(SqliteConnection connection, string sql)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_database, sql, out _statement), _database);
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>Inserts one row: strings as text (passed to SQLite as UTF-16, which it stores as UTF-8), whole numbers as integers, null as NULL, in the order of the SQL's parameters.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        // A value left out would otherwise keep the previous row's: bindings outlive a reset.
        if (values.Length != _parameters)
        {
            throw new ArgumentException($"The statement takes {_parameters} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, i + 1),
                string text => raw.sqlite3_bind_text16(_statement, i + 1, text),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                var other => throw new ArgumentException($"A {other.GetType().Name} cannot be bound here.", nameof(values)),
            };
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, _database);
        }
    }

    public void Dispose() => _statement.Dispose();
}
