using BriefingBot.Core.Reminders;
using BriefingBot.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

/// <summary>
/// Picks up articles added, changed or removed in <c>Content:Path</c> while the bot runs: a file watcher with a
/// debounce (<see cref="ContentOptions.ReloadDelay"/>), and a periodic rescan as a fallback for bind mounts that send no
/// events (<see cref="ContentOptions.RescanInterval"/>). Each reload is the usual ingest: unchanged files skipped, a
/// changed one re-indexed in one transaction, a broken one logged with its path and line and its last good version kept;
/// then the reminder plan is refreshed.
/// </summary>
public sealed partial class ContentReloadService(
    ContentIngester ingester,
    ReminderChangeSignal reminders,
    IOptions<ContentOptions> options,
    TimeProvider time,
    ILogger<ContentReloadService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var folder = ConfiguredPaths.Content(settings);
        using var watcher = settings.ReloadDelay > TimeSpan.Zero ? Watch(folder) : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitForChangeAsync(settings, stoppingToken);
                await ReloadAsync(folder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.ReloadFailed(logger, ex.GetType().Name, ex.Message);
            }
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>Returns after a burst of file events has been quiet for the reload delay, or when the rescan is due.</summary>
    private async Task WaitForChangeAsync(ContentOptions settings, CancellationToken stoppingToken)
    {
        using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            // Whichever loses is cancelled: a semaphore wait left behind would swallow the next file event.
            var rescan = settings.RescanInterval > TimeSpan.Zero ? Task.Delay(settings.RescanInterval, time, waiting.Token) : Task.Delay(Timeout.Infinite, waiting.Token);
            var change = _changed.WaitAsync(waiting.Token);
            var first = await Task.WhenAny(change, rescan);
            await waiting.CancelAsync();
            stoppingToken.ThrowIfCancellationRequested();
            if (first == rescan || !change.IsCompletedSuccessfully)
            {
                return;
            }
        }

        while (await WaitQuietlyAsync(settings.ReloadDelay, stoppingToken))
        {
            // Another event within the delay: wait for the burst to end.
        }
    }

    /// <summary>True when another change came within <paramref name="delay"/>.</summary>
    private async Task<bool> WaitQuietlyAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delayTask = Task.Delay(delay, time, quiet.Token);
        var changeTask = _changed.WaitAsync(quiet.Token);
        var first = await Task.WhenAny(delayTask, changeTask);
        await quiet.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return first == changeTask && changeTask.IsCompletedSuccessfully;
    }

    private async Task ReloadAsync(string folder, CancellationToken stoppingToken)
    {
        var report = await ingester.IngestAsync(folder, stoppingToken);
        if (report.Added.Count + report.Updated.Count + report.Removed.Count > 0 || report.TopicsChanged || report.CurationApplied)
        {
            reminders.Notify();
            Log.Reloaded(logger, report.Added.Count, report.Updated.Count, report.Removed.Count);
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder))
        {
            Log.CannotWatch(logger, folder);
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) => Log.WatchError(logger, e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            // The inotify limit reached, or a file system without events: the rescan still works.
            Log.WatchError(logger, ex.Message);
            return null;
        }
    }

    private void Signal()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A reload is already pending.
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Content reloaded: {Added} added, {Updated} updated, {Removed} removed")]
        public static partial void Reloaded(ILogger logger, int added, int updated, int removed);

        [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "The content folder {Folder} does not exist, so it is not watched; it is still rescanned")]
        public static partial void CannotWatch(ILogger logger, string folder);

        [LoggerMessage(EventId = 72, Level = LogLevel.Warning, Message = "Watching the content folder failed ({Reason}); the periodic rescan still picks up changes")]
        public static partial void WatchError(ILogger logger, string reason);

        [LoggerMessage(EventId = 73, Level = LogLevel.Error, Message = "Reloading the content failed ({Exception}: {Reason}); the articles already served stay; trying again at the next change")]
        public static partial void ReloadFailed(ILogger logger, string exception, string reason);
    }
}
