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
        var folder = System.IO.Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            using (var writer = new StreamWriter(file, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            file.Flush(flushToDisk: true);
            return new InstanceLock(file);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
