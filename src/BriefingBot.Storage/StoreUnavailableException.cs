using Microsoft.Data.Sqlite;

namespace BriefingBot.Storage;

/// <summary>
/// The database cannot be used: its path cannot be opened or created, it is read-only, the disk is full, the file is
/// not a SQLite database or is damaged, or a newer BriefingBot made it. The message is one line for an operator:
/// the path, what is wrong, and what to do. Nothing was changed in the file.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The operator's message for a failure while opening or using the database at <paramref name="path"/>, or null if it is not a store problem.</summary>
    public static StoreUnavailableException? From(string path, Exception exception) => exception switch
    {
        StoreUnavailableException known => known,
        SqliteException { SqliteErrorCode: 26 } e => new($"The database {path} is not a SQLite database (or is encrypted). Point Storage:Path at the right file, or restore it from a backup; it was not changed.", e),
        SqliteException { SqliteErrorCode: 11 } e => new($"The database {path} is damaged. Restore it from a backup (BriefingBot backup makes one), or run BriefingBot check for details; it was not changed.", e),
        SqliteException { SqliteErrorCode: 8 } e => new($"The database {path} is read-only. Give the bot's user write permission on the file and its folder.", e),
        SqliteException { SqliteErrorCode: 13 } e => new($"The disk holding {path} is full. Free some space; the database was not changed.", e),
        SqliteException { SqliteErrorCode: 14 or 3 or 23 } e => new($"The database {path} cannot be opened. Check that its folder exists and the bot's user may read and write there.", e),
        SqliteException { SqliteErrorCode: 10 } e => new($"Reading or writing the database {path} failed (I/O error). Check the disk and the file's permissions.", e),
        UnauthorizedAccessException e => new($"The bot's user may not create or open {path}. Fix the folder's permissions or choose another Storage:Path.", e),
        DirectoryNotFoundException or FileNotFoundException or PathTooLongException or NotSupportedException or IOException
            => new($"The database folder for {path} cannot be created. Choose a Storage:Path in a writable folder.", exception),
        _ => null,
    };
}
