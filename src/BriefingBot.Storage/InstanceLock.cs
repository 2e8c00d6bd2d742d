namespace BriefingBot.Storage;

/// <summary>
/// One running bot per database: a lock file beside it (<c>briefingbot.db.lock</c>), held open with an exclusive OS
/// lock for the life of the process. The OS releases it when the process ends, crash included, so a stale file never
/// blocks a restart. The holder's process id is written into it for the message a second process shows.
/// </summary>
public sealed class InstanceLock : IDisposable
{
    private readonly FileStream _file;

    private InstanceLock(FileStream file) => _file = file;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>Takes the lock, or returns null; <paramref name="lockFile"/> names the file that holds the holder's process id.</summary>
    public static InstanceLock? TryAcquire(string databasePath, out string lockFile)
    {
        var path = PathFor(System.IO.Path.GetFullPath(databasePath));
        lockFile = path;
        try
        {
            var folder = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            file.Flush(flushToDisk: true);
            return new InstanceLock(file);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        catch (Exception ex) when (StoreUnavailableException.From(databasePath, ex) is { } unavailable)
        {
            // The folder cannot be created or written (a root-owned bind mount): the same one-line answer as the store's.
            throw unavailable;
        }
    }

    public void Dispose() => _file.Dispose();
}
